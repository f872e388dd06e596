import type { PDFDocument } from 'pdf-lib'
import type { Deck } from '../support/deck'
import type { PdfFont } from './tools'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outline } from '../../content/outline'
import { buildOutlineMap } from '../../logic/traceability'
import { exportOutputPath } from '../../scripts/export/exportArgs'
import { finishSlidesPdf } from '../../scripts/export/pdf'
import { printDeck } from '../../scripts/export/pdf/printDeck'
import { requireChromium } from '../../scripts/shared/chromium'
import { compact } from '../../scripts/shared/deckText'
import { PROJECT_ROOT as ROOT } from '../../scripts/shared/projectRoot'
import { loadDeck } from '../support/deck'
import { catalogFacts, loadPdf, pageLinks, taggedFigures } from './pdfChecks'
import { deckFontFamilies, machineFonts, pdfFonts, pdfInfo, pdfOutline, pdfPageTexts, pdfTextIn, runExport, systemFontFamilies } from './tools'

/** accTitle lines of a slide's Mermaid diagrams. */
function accTitles(content: string): string[] {
  return [...content.matchAll(/^[ \t]*accTitle:(.*)$/gm)].map(m => m[1]!.trim())
}

describe('npm run export (slides PDF)', () => {
  let deck: Deck
  let outDir: string
  let pdf: string
  let pages: string[]
  let rawPages: string[]
  let fonts: PdfFont[]
  let doc: PDFDocument

  beforeAll(async () => {
    deck = await loadDeck()
    outDir = mkdtempSync(join(tmpdir(), 'deck-pdf-'))
    await runExport('pdf', outDir)
    pdf = exportOutputPath('pdf', outDir, deck.basename)
    pages = (await pdfPageTexts(pdf)).map(compact)
    rawPages = (await pdfPageTexts(pdf, true)).map(compact)
    fonts = await pdfFonts(pdf)
    doc = await loadPdf(readFileSync(pdf))
  })

  afterAll(() => {
    if (outDir)
      rmSync(outDir, { recursive: true, force: true })
  })

  it('should have exactly one page per slide', async () => {
    expect(Number((await pdfInfo(pdf)).Pages)).toBe(deck.slides.length)
    expect(pages).toHaveLength(deck.slides.length)
  })

  it('should carry the deck title in its metadata', async () => {
    expect((await pdfInfo(pdf)).Title).toBe(deck.title)
  })

  it('should have a bookmark for every titled slide, pointing at that slide\'s page', async () => {
    const outline = await pdfOutline(pdf)
    const expected = deck.slides.filter(s => s.title).map(s => ({ title: s.title, page: s.no }))
    expect(outline.map(({ title, page }) => ({ title, page }))).toEqual(expected)
  })

  it('should show every slide heading as selectable text on its own page', () => {
    const missing = deck.slides
      .filter(s => !pages[s.no - 1]!.includes(compact(s.heading)) && !rawPages[s.no - 1]!.includes(compact(s.heading)))
      .map(s => `${s.no}: ${s.heading}`)
    expect(missing).toEqual([])
  })

  it('should show every Mermaid label as text on its slide\'s page', () => {
    const withDiagrams = deck.slides.filter(s => s.labels.length > 0)
    expect(withDiagrams.length).toBeGreaterThan(0)
    const missing = withDiagrams.flatMap(s => s.labels
      .filter(label => !rawPages[s.no - 1]!.includes(compact(label)) && !pages[s.no - 1]!.includes(compact(label)))
      .map(label => `${s.no}: ${label}`))
    expect(missing).toEqual([])
  })

  it('should contain no Mermaid syntax error', () => {
    const broken = pages.flatMap((text, i) => /syntaxerror/i.test(text) ? [i + 1] : [])
    expect(broken).toEqual([])
  })

  it('should embed every font it uses', () => {
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(f => !f.embedded).map(f => f.name)).toEqual([])
  })

  it('should draw its text with the deck\'s own fonts and none of this machine\'s fonts', async () => {
    const families = deckFontFamilies()
    expect(fonts.some(f => families.some(family => f.name.includes(family)))).toBe(true)
    expect(machineFonts(fonts, await systemFontFamilies())).toEqual([])
  })

  it('should be tagged, in Chinese, and show its title (not its file name) in the viewer', async () => {
    expect((await pdfInfo(pdf)).Tagged).toBe('yes')
    const facts = catalogFacts(doc)
    expect(facts.tagged).toBe(true)
    expect(facts.lang).toBe('zh-CN')
    expect(facts.displayDocTitle).toBe(true)
  })

  it('should carry title, author, subject and keywords in its XMP metadata', () => {
    const xmp = catalogFacts(doc).xmp ?? ''
    const h = deck.headmatter
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${deck.title}</rdf:li>`)
    expect(xmp).toContain(`<rdf:li>${String(h.author)}</rdf:li>`)
    expect(xmp).toContain('<dc:description>')
    for (const keyword of String(h.keywords).split(/[,，]/))
      expect(xmp).toContain(`<rdf:li>${keyword.trim()}</rdf:li>`)
  })

  it('should give every Mermaid diagram its accTitle/accDescr as alternative text on its page, and no figure without', () => {
    const figures = taggedFigures(doc)
    expect(figures.filter(f => !f.alt?.trim())).toEqual([])
    const expected = deck.slides.flatMap(s => accTitles(s.content).map(title => ({ title, page: s.no })))
    expect(expected.length).toBeGreaterThan(0)
    const missing = expected.filter(e => !figures.some(f => f.page === e.page && f.alt!.startsWith(e.title)))
    expect(missing).toEqual([])
  })

  it('should link each slide number on the outline-map appendix to that slide\'s page', async () => {
    const appendix = deck.slides.find(s => s.content.includes('<OutlineMap'))!
    expect(appendix).toBeDefined()
    const listed = buildOutlineMap(outline, deck.slides.map(s => ({ no: s.no, frontmatter: s.frontmatter }))).flatMap(row => row.slides)
    expect(listed.length).toBeGreaterThan(0)
    const links = pageLinks(doc, appendix.no - 1).filter(l => !l.uri)
    expect(links.map(l => l.target).sort((a, b) => a! - b!)).toEqual([...listed].sort((a, b) => a - b))
    // Each link sits on the number it names.
    const height = doc.getPage(appendix.no - 1).getHeight()
    const under = await Promise.all(links.map(async link => Number(await pdfTextIn(pdf, appendix.no, link.rect, height))))
    expect(under).toEqual(links.map(l => l.target))
  })

  it('should make every web address on a slide a working link', () => {
    const urls = deck.slides.flatMap(s => [...s.content.matchAll(/https?:\/\/[^\s)"'<>]+/g)].map(m => ({ url: m[0], page: s.no })))
    const missing = urls.filter(({ url, page }) => !pageLinks(doc, page - 1).some(l => l.uri === url))
    expect(missing).toEqual([])
  })
})

describe('the one-pass print on a fixture deck with web addresses', () => {
  const entry = 'tests/fixtures/link-deck/slides.md'
  let doc: PDFDocument
  let source: string

  beforeAll(async () => {
    source = readFileSync(join(ROOT, entry), 'utf8')
    const printed = await printDeck({ executablePath: requireChromium(), entry: join(ROOT, entry) })
    doc = await loadPdf(await finishSlidesPdf(printed.pdf, printed.data))
  })

  it('should make each address on a slide, bare or in a Markdown link, a link to it, on its page only', () => {
    const urls = [...source.matchAll(/https?:\/\/[^\s)]+/g)].map(m => m[0])
    expect(urls).toHaveLength(2)
    expect(pageLinks(doc, 0).map(l => l.uri).sort()).toEqual([...urls].sort())
    expect(pageLinks(doc, 1)).toEqual([])
  })
})
