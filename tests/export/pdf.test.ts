import type { Deck } from '../support/deck'
import type { PdfFont } from './tools'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportOutputPath } from '../../scripts/export/exportArgs'
import { compact } from '../../scripts/shared/deckText'
import { loadDeck } from '../support/deck'
import { deckFontFamilies, machineFonts, pdfFonts, pdfInfo, pdfOutline, pdfPageTexts, runExport, systemFontFamilies } from './tools'

describe('npm run export (slides PDF)', () => {
  let deck: Deck
  let outDir: string
  let pdf: string
  let pages: string[]
  let rawPages: string[]
  let fonts: PdfFont[]

  beforeAll(async () => {
    deck = await loadDeck()
    outDir = mkdtempSync(join(tmpdir(), 'deck-pdf-'))
    await runExport('pdf', outDir)
    pdf = exportOutputPath('pdf', outDir, deck.basename)
    pages = (await pdfPageTexts(pdf)).map(compact)
    rawPages = (await pdfPageTexts(pdf, true)).map(compact)
    fonts = await pdfFonts(pdf)
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
})
