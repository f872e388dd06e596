import type { Deck } from '../support/deck'
import type { PdfFont } from './tools'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportOutputPath } from '../../scripts/export/exportArgs'
import { compact } from '../../scripts/shared/deckText'
import { loadDeck } from '../support/deck'
import { deckFontFamilies, machineFonts, pdfFonts, pdfInfo, pdfPageTexts, runExport, systemFontFamilies } from './tools'

describe('npm run export:notes (speaker-notes handout)', () => {
  let deck: Deck
  let outDir: string
  let pdf: string
  /** Whole text in layout order and in content-stream order: each recovers what the other scrambles. */
  let texts: string[]
  let fonts: PdfFont[]

  beforeAll(async () => {
    deck = await loadDeck()
    outDir = mkdtempSync(join(tmpdir(), 'deck-notes-'))
    await runExport('notes', outDir)
    pdf = exportOutputPath('notes', outDir, deck.basename)
    texts = [compact((await pdfPageTexts(pdf)).join('')), compact((await pdfPageTexts(pdf, true)).join(''))]
    fonts = await pdfFonts(pdf)
  })

  afterAll(() => {
    if (outDir)
      rmSync(outDir, { recursive: true, force: true })
  })

  it('should be a handout of the notes, not a print of the slides', async () => {
    const info = await pdfInfo(pdf)
    expect(info.Title).toContain(deck.title)
    expect(info.Title).toContain('讲稿')
    expect(info['Page size']).toContain('A4')
  })

  it('should contain every line of every slide\'s speaker notes', () => {
    const withNotes = deck.slides.filter(s => s.noteLines.length > 0)
    expect(withNotes.length).toBeGreaterThan(0)
    const missing = withNotes.flatMap(s => s.noteLines
      .filter(line => !texts.some(text => text.includes(compact(line))))
      .map(line => `${s.no}: ${line}`))
    expect(missing).toEqual([])
  })

  it('should head each slide\'s notes with its number and title', () => {
    const missing = deck.slides
      .filter(s => s.noteLines.length > 0)
      .map(s => `${s.no}/${deck.slides.length}${s.title}`)
      .filter(heading => !texts.some(text => text.includes(compact(heading))))
    expect(missing).toEqual([])
  })

  it('should embed its fonts, drawing the text with the deck\'s own fonts only', async () => {
    expect(fonts.filter(f => !f.embedded).map(f => f.name)).toEqual([])
    const families = deckFontFamilies()
    expect(fonts.some(f => families.some(family => f.name.includes(family)))).toBe(true)
    expect(machineFonts(fonts, await systemFontFamilies())).toEqual([])
  })
})
