import type { Deck } from '../support/deck'
import type { DeckBlock } from './deckBlocks'
import type { PdfPage, TextBox } from './pptxChecks'
import type { PptxSlide } from './pptxFile'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportOutputPath } from '../../scripts/export/exportArgs'
import { compact } from '../../scripts/shared/deckText'
import { loadDeck } from '../support/deck'
import { loadDeckBlocks } from './deckBlocks'
import { libreOfficePdf, writeStandInFontconfig } from './libreoffice'
import { decodeXml, displacedBlocks, locate, missingCharacters, offSlide, overlappingBoxes, parseBboxLayout, picturesWithoutAlt, placeholderBoxes, strayWords, textBoxes, untaggedHanRuns } from './pptxChecks'
import { readPptx } from './pptxFile'
import { pdfDescentRatio, pdfFonts, pdfInfo, requireProgram, runExport } from './tools'

/** How far (share of the slide's width or height) LibreOffice may place a block from where Chromium draws it. */
const POSITION_TOLERANCE = 0.02

function pages(pdf: string, descentRatio: number): PdfPage[] {
  const html = execFileSync(requireProgram('pdftotext', 'poppler-utils'), ['-enc', 'UTF-8', '-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  return parseBboxLayout(html, descentRatio)
}

/** The text boxes a slide shows: its own and its layout's (footer), placeholders placed from the layout. */
function boxesOf(slide: PptxSlide, no: number): TextBox[] {
  return [...textBoxes(slide.xml, no, placeholderBoxes(slide.layoutXml)), ...textBoxes(slide.layoutXml, no).filter(b => !b.placeholder)]
}

describe('npm run export:pptx (editable)', () => {
  let deck: Deck
  let blocks: DeckBlock[][]
  let work: string
  let pptx: string
  let zip: JSZip
  let slides: PptxSlide[]
  /** LibreOffice's rendering (stand-in fonts) and Chromium's (the PDF export), page by page. */
  let office: PdfPage[]
  let chromium: PdfPage[]
  let officePdf: string

  beforeAll(async () => {
    deck = await loadDeck()
    blocks = await loadDeckBlocks()
    work = mkdtempSync(join(tmpdir(), 'deck-pptx-'))
    await runExport('pptx', join(work, 'pptx'))
    await runExport('pdf', join(work, 'pdf'))
    pptx = exportOutputPath('pptx', join(work, 'pptx'), deck.basename)
    zip = await JSZip.loadAsync(readFileSync(pptx))
    slides = await readPptx(zip)
    officePdf = await libreOfficePdf(pptx, join(work, 'office'), writeStandInFontconfig(join(work, 'fontconfig')))
    const chromiumPdf = exportOutputPath('pdf', join(work, 'pdf'), deck.basename)
    office = pages(officePdf, await pdfDescentRatio(officePdf))
    chromium = pages(chromiumPdf, await pdfDescentRatio(chromiumPdf))
  })

  afterAll(() => {
    if (work)
      rmSync(work, { recursive: true, force: true })
  })

  it('should have one PPTX slide per deck slide, not one per click', () => {
    expect(slides).toHaveLength(deck.slides.length)
  })

  it('should keep each slide\'s title, list items, card texts and table cells from slides.md as editable text', () => {
    const missing = blocks.flatMap((slideBlocks, i) => {
      const paragraphs = boxesOf(slides[i]!, i + 1).flatMap(b => b.paragraphs).map(compact)
      return slideBlocks.filter(b => !paragraphs.some(p => p.includes(compact(b.text)))).map(b => `${i + 1}: ${b.text}`)
    })
    expect(blocks.flat().length).toBeGreaterThan(100)
    expect(missing).toEqual([])
  })

  it('should tag every run with Chinese characters zh-CN with an East-Asian typeface, in slides and masters', () => {
    const untagged = slides.flatMap((s, i) => [...untaggedHanRuns(s.xml), ...untaggedHanRuns(s.layoutXml)].map(r => `${i + 1}: ${r.text}`))
    expect(untagged).toEqual([])
  })

  it('should give every picture alt text and at least twice the resolution it is shown at', () => {
    expect(slides.flatMap((s, i) => picturesWithoutAlt(s.xml).map(p => `${i + 1}: ${p}`))).toEqual([])
    const pictured = slides.flatMap(s => s.pictures.filter(p => p.shown > 0))
    expect(pictured.length).toBeGreaterThan(0)
    for (const picture of pictured)
      expect(picture.pixels).toBeGreaterThanOrEqual(2 * picture.shown - 1)
  })

  it('should carry each slide\'s speaker notes, one paragraph per line, without [click] markers', () => {
    expect(deck.slides.some(s => s.noteLines.length > 0)).toBe(true)
    for (const [i, slide] of slides.entries()) {
      expect(slide.notes, slide.path).not.toMatch(/\[click/)
      expect(slide.noteParagraphs, slide.path).toHaveLength(deck.slides[i]!.noteLines.length)
      for (const line of deck.slides[i]!.noteLines)
        expect(compact(slide.notes), slide.path).toContain(compact(line))
    }
  })

  it('should carry the deck title in its document properties', async () => {
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(decodeXml(core.match(/<dc:title>([^<]*)<\/dc:title>/)?.[1] ?? '')).toBe(deck.title)
  })

  it('should give content slides a master with the deck\'s footer, a page-number field and a title placeholder', () => {
    const withFooter = slides.filter(s => s.layoutXml.includes('type="slidenum"'))
    expect(withFooter.length).toBeGreaterThan(slides.length / 2)
    for (const slide of withFooter) {
      expect(slide.layoutXml, slide.path).toMatch(/<p:ph\s[^>]*type="title"/)
      expect(slide.xml, slide.path).toMatch(/<p:ph\s[^>]*type="title"/)
      expect(compact(textBoxes(slide.layoutXml).map(b => b.paragraphs.join('')).join('')), slide.path).toContain(compact(deck.title))
    }
  })

  it('should open in LibreOffice Impress and convert to a PDF with the same page count, drawn in the stand-in fonts', async () => {
    expect(Number((await pdfInfo(officePdf)).Pages)).toBe(deck.slides.length)
    const fonts = (await pdfFonts(officePdf)).filter(f => f.name !== '[none]')
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(f => !/Noto(?:Sans|Serif)SC/.test(f.name)).map(f => f.name)).toEqual([])
  })

  it('should let pdftotext find each slide\'s title and body text in LibreOffice\'s PDF', () => {
    const lost = blocks.flatMap((slideBlocks, i) => [
      ...slideBlocks.filter(b => locate(office[i]!, b.text).length === 0).map(b => `${i + 1}: ${b.text}`),
      ...missingCharacters(office[i]!, slideBlocks.map(b => ({ name: b.kind, box: { x0: 0, y0: 0, x1: 0, y1: 0 }, paragraphs: [b.text] }))).map(ch => `${i + 1}: ${ch}`),
    ])
    expect(lost).toEqual([])
  })

  it('should keep every text box on its slide, every rendered line inside its own box, and no box over another', () => {
    const problems = slides.flatMap((slide, i) => {
      const boxes = boxesOf(slide, i + 1)
      return [
        ...offSlide(boxes).map(b => `${i + 1}: off the slide: ${b.paragraphs[0]}`),
        ...overlappingBoxes(boxes).map(([a, b]) => `${i + 1}: overlap: ${a.paragraphs[0]} / ${b.paragraphs[0]}`),
        ...strayWords(office[i]!, boxes).map(w => `${i + 1}: outside its box: ${w.text}`),
        ...missingCharacters(office[i]!, boxes).map(ch => `${i + 1}: not drawn: ${ch}`),
      ]
    })
    expect(problems).toEqual([])
  })

  it('should place each title and body block within 2 % of the slide of where Chromium draws it', () => {
    const far = blocks.flatMap((slideBlocks, i) => displacedBlocks(slideBlocks.map(b => b.text), office[i]!, chromium[i]!, POSITION_TOLERANCE).map(d => `${i + 1}: ${d}`))
    expect(far).toEqual([])
  })
})
