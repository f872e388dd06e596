import type { Deck } from '../support/deck'
import type { PdfFont } from './tools'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportOutputPath } from '../../scripts/export/exportArgs'
import { handoutFileName, PER_PAGE_CHOICES } from '../../scripts/export/handout/args'
import { handoutContent } from '../../scripts/export/handout/content'
import { NO_LINE_END, NO_LINE_START } from '../../scripts/export/handout/lineBreak'
import { buildHandout } from '../../scripts/export/handout/render'
import { compact } from '../../scripts/shared/deckText'
import { loadDeck, loadSlidevData } from '../support/deck'
import { catalogFacts, formPlacements, loadPdf, placementsOutside } from './pdfChecks'
import { deckFontFamilies, machineFonts, pdfFonts, pdfInfo, pdfPageTexts, runExport, systemFontFamilies } from './tools'

/** Printers leave about 5 mm unprinted; a handout keeps its slides at least 10 mm from every edge. */
const MIN_MARGIN = 10 * 72 / 25.4
const A4_POINTS = [595.28, 841.89]

interface Laid {
  file: string
  perPage: number
  notes: boolean
  /** Text of each page, layout order and content-stream order, whitespace removed. */
  pages: string[]
  raw: string[]
  /** Per page: how many slides it draws, and those too close to an edge. */
  slides: number[]
  outside: number
}

async function inspect(file: string, perPage: number, notes: boolean): Promise<Laid> {
  const doc = await loadPdf(readFileSync(file))
  const pages = doc.getPages()
  for (const page of pages)
    expect(Object.values(page.getSize()).map(n => Math.round(n * 100) / 100)).toEqual(A4_POINTS)
  return {
    file,
    perPage,
    notes,
    pages: (await pdfPageTexts(file)).map(compact),
    raw: (await pdfPageTexts(file, true)).map(compact),
    slides: pages.map(p => formPlacements(p).length),
    outside: pages.reduce((n, p) => n + placementsOutside(p, MIN_MARGIN).length, 0),
  }
}

describe('npm run export:handout', () => {
  let deck: Deck
  let outDir: string
  /** The CLI's default handout, and in-process layouts of one slides PDF for every other choice. */
  let laid: Laid[]
  let withHeader: Laid
  /** Notes handouts (1 and 3 a page) laid out over blank slides: every text line on them is the handout's own. */
  let textOnly: string[]
  let fonts: PdfFont[]

  beforeAll(async () => {
    deck = await loadDeck()
    outDir = mkdtempSync(join(tmpdir(), 'deck-handout-'))
    await runExport('handout', outDir)
    const cli = join(outDir, handoutFileName(deck.basename, { perPage: 3, notes: false }))
    fonts = await pdfFonts(cli)
    laid = [await inspect(cli, 3, false)]

    await runExport('pdf', outDir)
    const slidesPdf = readFileSync(exportOutputPath('pdf', outDir, deck.basename))
    const data = await loadSlidevData()
    const content = handoutContent(data)
    const choices = [
      ...PER_PAGE_CHOICES.filter(n => n !== 3).map(perPage => ({ perPage, notes: false })),
      ...PER_PAGE_CHOICES.filter(n => n !== 1).map(perPage => ({ perPage, notes: true })),
    ]
    for (const { perPage, notes } of choices) {
      const file = join(outDir, handoutFileName(deck.basename, { perPage, notes }))
      writeFileSync(file, await buildHandout({ slidesPdf, content, perPage, notes }))
      laid.push(await inspect(file, perPage, notes))
    }
    // A deck whose headmatter sets a classification line and a meeting date.
    const marked = handoutContent({ ...data, headmatter: { ...data.headmatter, handout: { header: '内部资料 注意保存' }, meetingDate: '2025-06-18' } })
    const file = join(outDir, 'marked.pdf')
    writeFileSync(file, await buildHandout({ slidesPdf, content: marked, perPage: 6, notes: false }))
    withHeader = await inspect(file, 6, false)

    const blank = await PDFDocument.create()
    for (const _ of deck.slides)
      blank.addPage([735.12, 414])
    const blankPdf = await blank.save()
    textOnly = []
    for (const perPage of [1, 3] as const) {
      const file = join(outDir, `blank-${perPage}.pdf`)
      writeFileSync(file, await buildHandout({ slidesPdf: blankPdf, content, perPage, notes: true }))
      textOnly.push(file)
    }
  })

  afterAll(() => {
    if (outDir)
      rmSync(outDir, { recursive: true, force: true })
  })

  it('should lay out every slide, per-page slides a page, on A4 (every choice, with and without notes)', () => {
    expect(laid).toHaveLength(2 * PER_PAGE_CHOICES.length - 1)
    const n = deck.slides.length
    for (const l of laid) {
      const slidePages = l.slides.filter(count => count > 0)
      expect(slidePages.length, l.file).toBe(Math.ceil(n / l.perPage))
      expect(slidePages.slice(0, -1).every(count => count === l.perPage), l.file).toBe(true)
      expect(slidePages.reduce((a, b) => a + b), l.file).toBe(n)
    }
  })

  it('should add pages only for notes too long for their box, each marked as continued', () => {
    for (const l of laid) {
      const extra = l.slides.flatMap((count, i) => count === 0 ? [i] : [])
      if (!l.notes)
        expect(extra, l.file).toEqual([])
      for (const i of extra)
        expect(l.raw[i], `${l.file} page ${i + 1}`).toContain('（续）')
    }
  })

  it('should keep every slide at least 10 mm inside the page', () => {
    expect(laid.concat(withHeader).map(l => [l.file, l.outside])).toEqual(laid.concat(withHeader).map(l => [l.file, 0]))
  })

  it('should keep every slide heading selectable on the page that shows the slide', () => {
    for (const l of laid) {
      const slidePages = l.slides.flatMap((count, i) => count > 0 ? [i] : [])
      const missing = deck.slides.filter((s) => {
        const page = slidePages[Math.floor((s.no - 1) / l.perPage)]!
        return !l.pages[page]!.includes(compact(s.heading)) && !l.raw[page]!.includes(compact(s.heading))
      }).map(s => `${s.no}: ${s.heading}`)
      expect(missing, l.file).toEqual([])
    }
  })

  it('should head every page with the deck title and number it 第n页 共m页', () => {
    for (const l of laid) {
      for (const [i, text] of l.raw.entries()) {
        expect(text, `${l.file} page ${i + 1}`).toContain(compact(deck.title))
        expect(text, `${l.file} page ${i + 1}`).toContain(`第${i + 1}页共${l.raw.length}页`)
      }
    }
  })

  it('should print the headmatter\'s classification line and meeting date on every page, and none by default', () => {
    for (const text of withHeader.raw) {
      expect(text).toContain('内部资料注意保存')
      expect(text).toContain('2025年6月18日')
    }
    expect(laid.some(l => l.raw.some(text => text.includes('内部资料')))).toBe(deck.headmatter.handout !== undefined)
  })

  it('should print every paragraph of the speaker notes when asked, each slide labelled with its number and title', () => {
    for (const l of laid.filter(l => l.notes)) {
      const all = l.raw.join('')
      const missing = deck.slides.flatMap(s => s.noteLines.filter(p => !all.includes(compact(p))).map(p => `${s.no}: ${p}`))
      expect(missing, l.file).toEqual([])
      const unlabelled = deck.slides.filter(s => s.title && !all.includes(compact(`${s.no} / ${deck.slides.length}${s.title}`)))
      expect(unlabelled.map(s => s.no), l.file).toEqual([])
    }
    for (const l of laid.filter(l => !l.notes))
      expect(deck.slides.some(s => s.noteLines.some(p => l.raw.join('').includes(compact(p)))), l.file).toBe(false)
  })

  it('should never start a line of notes with a closing mark or end one with an opening mark (避头尾)', async () => {
    const paragraphs = deck.slides.flatMap(s => s.noteLines.map(compact))
    for (const file of textOnly) {
      const lines = (await pdfPageTexts(file, true)).flatMap(page => page.split('\n')).map(compact)
      const noteLines = lines.filter(line => line.length > 0 && paragraphs.some(p => p.includes(line)))
      // Most notes wrap, so most of their lines are pieces of a paragraph.
      expect(noteLines.filter(line => !paragraphs.includes(line)).length, file).toBeGreaterThan(20)
      expect(noteLines.filter(line => NO_LINE_START.has(line[0]!)), file).toEqual([])
      expect(noteLines.filter(line => NO_LINE_END.has(line.at(-1)!) && !paragraphs.includes(line)), file).toEqual([])
    }
  })

  it('should carry the deck\'s metadata and language, titled as a handout', async () => {
    for (const l of [laid[0]!, laid.find(l => l.notes)!]) {
      const info = await pdfInfo(l.file)
      expect(info.Title).toBe(`${deck.title}${l.notes ? '（讲稿）' : '（讲义）'}`)
      expect(info.Author).toBe(String(deck.headmatter.author))
      const facts = catalogFacts(await loadPdf(readFileSync(l.file)))
      expect(facts.lang).toBe('zh-CN')
      expect(facts.displayDocTitle).toBe(true)
      expect(facts.xmp).toContain(`<rdf:li xml:lang="x-default">${info.Title}</rdf:li>`)
    }
  })

  it('should embed its fonts and draw with the deck\'s own typeface only', async () => {
    expect(fonts.filter(f => !f.embedded).map(f => f.name)).toEqual([])
    const families = deckFontFamilies()
    expect(fonts.some(f => families.some(family => f.name.includes(family)))).toBe(true)
    expect(machineFonts(fonts, await systemFontFamilies())).toEqual([])
  })
})
