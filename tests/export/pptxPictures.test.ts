import type { Deck } from '../support/deck'
import type { PptxSlide } from './pptxFile'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportOutputPath } from '../../scripts/export/exportArgs'
import { compact } from '../../scripts/shared/deckText'
import { loadDeck } from '../support/deck'
import { libreOfficePdf } from './libreoffice'
import { decodeXml } from './pptxChecks'
import { readPptx } from './pptxFile'
import { pdfInfo, runExport } from './tools'

describe('npm run export:pptx -- --pictures (one picture per slide)', () => {
  let deck: Deck
  let outDir: string
  let pptx: string
  let zip: JSZip
  let slides: PptxSlide[]

  beforeAll(async () => {
    deck = await loadDeck()
    outDir = mkdtempSync(join(tmpdir(), 'deck-pptx-'))
    await runExport('pptx', outDir, ['--pictures'])
    pptx = exportOutputPath('pptx', outDir, deck.basename)
    zip = await JSZip.loadAsync(readFileSync(pptx))
    slides = await readPptx(zip)
  })

  afterAll(() => {
    if (outDir)
      rmSync(outDir, { recursive: true, force: true })
  })

  it('should have one PPTX slide per deck slide, not one per click', () => {
    expect(slides).toHaveLength(deck.slides.length)
  })

  it('should carry each slide\'s speaker notes on that slide', () => {
    const missing = deck.slides.flatMap((s, i) => s.noteLines
      .filter(line => !compact(slides[i]!.notes).includes(compact(line)))
      .map(line => `${s.no}: ${line}`))
    expect(deck.slides.some(s => s.noteLines.length > 0)).toBe(true)
    expect(missing).toEqual([])
  })

  it('should give the notes one paragraph per line, without Slidev\'s [click] markers', () => {
    for (const [i, slide] of slides.entries()) {
      expect(slide.notes, slide.path).not.toMatch(/\[click/)
      for (const paragraph of slide.noteParagraphs)
        expect(paragraph, slide.path).not.toContain('\n')
      // One paragraph per line of the source note (deckText.noteLines: markers removed, blank lines dropped).
      expect(slide.noteParagraphs.length, slide.path).toBe(deck.slides[i]!.noteLines.length)
    }
  })

  it('should picture each slide sharply enough for a 1080p projector', () => {
    for (const slide of slides) {
      expect(slide.pictures, slide.path).toHaveLength(1)
      expect(slide.pictures[0]!.pixels, slide.path).toBeGreaterThanOrEqual(1920)
    }
  })

  it('should carry the deck title in its document properties', async () => {
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(decodeXml(core.match(/<dc:title>([^<]*)<\/dc:title>/)?.[1] ?? '')).toBe(deck.title)
  })

  it('should open in LibreOffice Impress and convert to a PDF with the same page count', async () => {
    const work = mkdtempSync(join(tmpdir(), 'deck-lo-'))
    try {
      expect(Number((await pdfInfo(await libreOfficePdf(pptx, work))).Pages)).toBe(deck.slides.length)
    }
    finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})
