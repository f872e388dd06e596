/** The PDF checks used by the export tests, each shown to fail on a PDF that lacks what it checks. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { drawSlideForm, embedSlideForms } from '../../scripts/export/handout/slideForms'
import { applyDocumentMeta } from '../../scripts/export/pdf/metadata'
import { setBookmarks } from '../../scripts/export/pdf/outline'
import { catalogFacts, formPlacements, loadPdf, pageLinks, placementsOutside, taggedFigures } from './pdfChecks'
import { pdfOutline } from './tools'

const META = { title: '简报', author: '统计局', subject: '说明', keywords: ['产业集群'], lang: 'zh-CN' }

async function roundTrip(doc: PDFDocument): Promise<PDFDocument> {
  return loadPdf(await doc.save())
}

describe('catalogFacts', () => {
  it('should find no language, title bar, XMP or tags in a bare PDF', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    expect(catalogFacts(await roundTrip(doc))).toEqual({ lang: undefined, displayDocTitle: false, xmp: undefined, tagged: false })
  })

  it('should find what applyDocumentMeta writes', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    applyDocumentMeta(doc, META, { creatorTool: 'test' })
    const facts = catalogFacts(await roundTrip(doc))
    expect(facts.lang).toBe('zh-CN')
    expect(facts.displayDocTitle).toBe(true)
    expect(facts.xmp).toContain('<rdf:li xml:lang="x-default">简报</rdf:li>')
  })

  it('should call a PDF tagged only with MarkInfo /Marked true and a structure tree', async () => {
    const doc = await PDFDocument.create()
    doc.addPage()
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: false }))
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(doc.context.obj({ Type: 'StructTreeRoot' })))
    expect(catalogFacts(await roundTrip(doc)).tagged).toBe(false)
    doc.catalog.set(PDFName.of('MarkInfo'), doc.context.obj({ Marked: true }))
    expect(catalogFacts(await roundTrip(doc)).tagged).toBe(true)
    doc.catalog.delete(PDFName.of('StructTreeRoot'))
    expect(catalogFacts(await roundTrip(doc)).tagged).toBe(false)
  })
})

describe('pageLinks', () => {
  it('should resolve every kind of internal destination to its page, and report what it cannot', async () => {
    const doc = await PDFDocument.create()
    const [p1, , p3] = [doc.addPage(), doc.addPage(), doc.addPage()]
    const ctx = doc.context
    const dest = ctx.obj([p3!.ref, PDFName.of('Fit')])
    doc.catalog.set(PDFName.of('Dests'), ctx.obj({ third: dest }))
    doc.catalog.set(PDFName.of('Names'), ctx.obj({ Dests: ctx.obj({ Names: [PDFString.of('tree'), ctx.obj({ D: dest })] }) }))
    const link = (extra: Record<string, unknown>) => ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], ...extra } as never))
    p1!.node.set(PDFName.of('Annots'), ctx.obj([
      link({ Dest: dest }),
      link({ Dest: PDFName.of('third') }),
      link({ Dest: PDFString.of('tree') }),
      link({ A: ctx.obj({ S: 'GoTo', D: PDFName.of('third') }) }),
      link({ Dest: PDFName.of('nowhere') }),
      link({ A: ctx.obj({ S: 'URI', URI: PDFString.of('https://example.org/') }) }),
      ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Text', Rect: [0, 0, 1, 1] })),
    ]))
    const links = pageLinks(await roundTrip(doc), 0)
    expect(links.map(l => l.target)).toEqual([3, 3, 3, 3, undefined, undefined])
    expect(links.at(-1)!.uri).toBe('https://example.org/')
    expect(pageLinks(await roundTrip(doc), 1)).toEqual([])
  })
})

describe('taggedFigures', () => {
  it('should list figures with their alternative text and page, and those without', async () => {
    const doc = await PDFDocument.create()
    const [, p2] = [doc.addPage(), doc.addPage()]
    const ctx = doc.context
    const figure = ctx.obj({ Type: 'StructElem', S: 'Figure', Alt: PDFHexString.fromText('微笑曲线'), Pg: p2!.ref })
    const bare = ctx.obj({ Type: 'StructElem', S: 'Figure' })
    const section = ctx.obj({ Type: 'StructElem', S: 'Sect', Pg: p2!.ref, K: [ctx.register(bare)] })
    doc.catalog.set(PDFName.of('StructTreeRoot'), ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: [ctx.register(figure), ctx.register(section)] })))
    expect(taggedFigures(await roundTrip(doc))).toEqual([{ alt: '微笑曲线', page: 2 }, { alt: undefined, page: 2 }])
    expect(taggedFigures(await roundTrip(await PDFDocument.create()))).toEqual([])
  })
})

describe('formPlacements and placementsOutside', () => {
  it('should find where a page draws each slide, and which ones come too close to the edge', async () => {
    const slides = await PDFDocument.create()
    slides.addPage([980, 552])
    const doc = await PDFDocument.create()
    const [form] = embedSlideForms(doc, await roundTrip(slides))
    const page = doc.addPage([595.28, 841.89])
    drawSlideForm(page, form!, { x: 50, y: 500, width: 490, height: 276 })
    page.drawRectangle({ x: 0, y: 0, width: 595, height: 841 })
    drawSlideForm(page, form!, { x: 300, y: 20, width: 300, height: 169 })
    const reloaded = (await roundTrip(doc)).getPage(0)
    const placed = formPlacements(reloaded)
    expect(placed.map(p => p.box.map(n => Math.round(n)))).toEqual([[50, 500, 540, 776], [300, 20, 600, 189]])
    expect(placementsOutside(reloaded, 28).map(p => Math.round(p.box[0]!))).toEqual([300])
    expect(placementsOutside(reloaded, 0).map(p => Math.round(p.box[0]!))).toEqual([300])
    expect(placementsOutside(reloaded, 60).map(p => Math.round(p.box[0]!))).toEqual([50, 300])
  })
})

describe('pdfOutline on setBookmarks', () => {
  it('should read back nested bookmarks at their pages, and none from a PDF without them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-outline-'))
    try {
      const doc = await PDFDocument.create()
      for (let i = 0; i < 3; i++)
        doc.addPage()
      writeFileSync(join(dir, 'bare.pdf'), await doc.save())
      expect(await pdfOutline(join(dir, 'bare.pdf'))).toEqual([])
      setBookmarks(doc, [{ title: '一', page: 1, children: [{ title: '一.1', page: 2, children: [] }] }, { title: '二', page: 3, children: [] }])
      writeFileSync(join(dir, 'marked.pdf'), await doc.save())
      expect(await pdfOutline(join(dir, 'marked.pdf'))).toEqual([
        { title: '一', page: 1, depth: 0 },
        { title: '一.1', page: 2, depth: 1 },
        { title: '二', page: 3, depth: 0 },
      ])
      expect(() => setBookmarks(doc, [{ title: '四', page: 4, children: [] }])).toThrow(/第 4 页/)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
