import type { Deck } from '../support/deck'
import type { PackRun } from './runPack'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PRESENTER_KEY } from '../../logic/presenterWindow'
import { packEntryNames, packFileName } from '../../scripts/pack/meetingZip'
import { compact } from '../../scripts/shared/deckText'
import { textRuns, untaggedHanRuns } from '../export/pptxChecks'
import { readPptx } from '../export/pptxFile'
import { deckFontFamilies, machineFonts, pdfFonts, pdfInfo, pdfPageTexts, requireProgram, run, systemFontFamilies } from '../export/tools'
import { loadDeck } from '../support/deck'
import { UTF8_NAME_FLAG, zipHeaders } from '../support/zipHeaders'
import { runPack } from './runPack'

describe('npm run pack: the meeting pack', () => {
  let deck: Deck
  let out: string
  let pack: PackRun
  let names: ReturnType<typeof packEntryNames>
  let bytes: Uint8Array
  let zip: JSZip
  /** The pack unzipped, as a colleague would before the meeting. */
  let unpacked: string

  beforeAll(async () => {
    deck = await loadDeck()
    names = packEntryNames(deck.basename)
    out = mkdtempSync(join(tmpdir(), 'deck-pack-zip-'))
    pack = await runPack(['--out-dir', out])
    bytes = readFileSync(join(out, packFileName(deck.basename)))
    zip = await JSZip.loadAsync(bytes)
    unpacked = join(out, 'unpacked')
    mkdirSync(unpacked)
    for (const name of Object.keys(zip.files))
      writeFileSync(join(unpacked, name), await zip.file(name)!.async('uint8array'))
  })

  afterAll(() => {
    if (out)
      rmSync(out, { recursive: true, force: true })
  })

  it('should write the one-file deck and the pack, and nothing else, and exit 0', () => {
    expect(pack.code, pack.stderr).toBe(0)
    expect(readdirSync(out).filter(f => f !== 'unpacked').sort()).toEqual([names.html, packFileName(deck.basename)].sort())
  })

  it('should hold the HTML, the PDF, the notes handout, the PPTX and 使用说明.txt', () => {
    expect(Object.keys(zip.files)).toEqual([names.html, names.pdf, names.notes, names.pptx, names.guide])
  })

  it('should hold the very one-file deck written beside it', () => {
    expect(readFileSync(join(unpacked, names.html)).equals(readFileSync(join(out, names.html)))).toBe(true)
  })

  it('should mark every Chinese name as UTF-8 (bit 11) in the local headers and the central directory', () => {
    const headers = zipHeaders(bytes)
    expect(headers.filter(h => h.where === 'central').map(h => h.name)).toEqual(Object.keys(zip.files))
    expect(headers.filter(h => (h.flags & UTF8_NAME_FLAG) === 0).map(h => `${h.where}:${h.name}`)).toEqual([])
  })

  it('should list its Chinese names readably in unzip -l', async () => {
    const { stdout } = await run(requireProgram('unzip', 'unzip'), ['-l', join(out, packFileName(deck.basename))])
    for (const name of Object.keys(zip.files))
      expect(stdout).toContain(name)
  })

  it('should carry a slides PDF with one page per slide, the deck title and only the deck\'s fonts', async () => {
    const pdf = join(unpacked, names.pdf)
    const info = await pdfInfo(pdf)
    expect(Number(info.Pages)).toBe(deck.slides.length)
    expect(info.Title).toBe(deck.title)
    const fonts = await pdfFonts(pdf)
    expect(fonts.some(f => deckFontFamilies().some(family => f.name.includes(family)))).toBe(true)
    expect(machineFonts(fonts, await systemFontFamilies())).toEqual([])
  })

  it('should carry the notes handout: A4, every note line, only the deck\'s fonts', async () => {
    const pdf = join(unpacked, names.notes)
    const info = await pdfInfo(pdf)
    expect(info.Title).toContain('讲稿')
    expect(info['Page size']).toContain('A4')
    const text = compact((await pdfPageTexts(pdf, true)).join(''))
    const missing = deck.slides.flatMap(s => s.noteLines.filter(line => !text.includes(compact(line))))
    expect(missing).toEqual([])
    expect(machineFonts(await pdfFonts(pdf), await systemFontFamilies())).toEqual([])
  })

  it('should carry the editable PPTX: one slide per slide, each with its notes and its text as tagged Chinese runs', async () => {
    const slides = await readPptx(await JSZip.loadAsync(readFileSync(join(unpacked, names.pptx))))
    expect(slides).toHaveLength(deck.slides.length)
    expect(slides.map(s => s.noteParagraphs.length)).toEqual(deck.slides.map(s => s.noteLines.length))
    expect(slides.filter(s => textRuns(s.xml).length === 0).map(s => s.path)).toEqual([])
    expect(slides.flatMap(s => untaggedHanRuns(s.xml).map(r => `${s.path}: ${r.text}`))).toEqual([])
  })

  it('should carry 使用说明.txt for Windows Notepad, naming the deck file and the presenter key', () => {
    const guide = readFileSync(join(unpacked, names.guide))
    expect([...guide.subarray(0, 3)]).toEqual([0xEF, 0xBB, 0xBF])
    const text = guide.toString('utf8')
    expect(text).toContain(names.html)
    expect(text).toContain(`按${PRESENTER_KEY.toUpperCase()}键`)
  })
})
