import type { Deck } from '../support/deck'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, posix } from 'node:path'
import { pathToFileURL } from 'node:url'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportOutputPath } from '../../scripts/export/exportArgs'
import { compact } from '../../scripts/shared/deckText'
import { loadDeck } from '../support/deck'
import { pdfInfo, requireProgram, run, runExport } from './tools'

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, '\'')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
}

function relationships(xml: string): { id: string, type: string, target: string }[] {
  return [...xml.matchAll(/<Relationship\s([^>]*)>/g)].map((m) => {
    const attr = (name: string) => m[1]!.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? ''
    return { id: attr('Id'), type: attr('Type'), target: attr('Target') }
  })
}

interface PptxSlide { path: string, notes: string, noteParagraphs: string[], imageWidths: number[] }

/** Slides in presentation order, each with its notes text and the pixel widths of its pictures. */
async function readPptx(zip: JSZip): Promise<PptxSlide[]> {
  const read = async (path: string) => {
    const file = zip.file(path)
    if (!file)
      throw new Error(`missing ${path} in the PPTX`)
    return file.async('string')
  }
  const presentation = await read('ppt/presentation.xml')
  const presentationRels = relationships(await read('ppt/_rels/presentation.xml.rels'))
  const slideIds = [...presentation.matchAll(/<p:sldId\s[^>]*r:id="([^"]+)"/g)].map(m => m[1]!)
  const slides: PptxSlide[] = []
  for (const id of slideIds) {
    const path = posix.join('ppt', presentationRels.find(r => r.id === id)!.target)
    const rels = relationships(await read(posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`)))
    const resolveTarget = (target: string) => posix.normalize(posix.join(posix.dirname(path), target))
    const notesRel = rels.find(r => r.type.endsWith('/notesSlide'))
    const notesXml = notesRel ? await read(resolveTarget(notesRel.target)) : ''
    const notes = [...notesXml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => decodeXml(m[1]!)).join('\n')
    // The notes placeholder's paragraphs, each as the text of its runs (a raw newline inside a run stays visible).
    const body = notesXml.match(/<p:ph type="body"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/)?.[1] ?? ''
    const noteParagraphs = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
      .map(p => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => decodeXml(m[1]!)).join(''))
      .filter(text => text.length > 0)
    const imageWidths: number[] = []
    for (const rel of rels.filter(r => r.type.endsWith('/image'))) {
      const png = await zip.file(resolveTarget(rel.target))!.async('uint8array')
      imageWidths.push(new DataView(png.buffer, png.byteOffset).getUint32(16))
    }
    slides.push({ path, notes, noteParagraphs, imageWidths })
  }
  return slides
}

describe('npm run export:pptx', () => {
  let deck: Deck
  let outDir: string
  let pptx: string
  let zip: JSZip
  let slides: PptxSlide[]

  beforeAll(async () => {
    deck = await loadDeck()
    outDir = mkdtempSync(join(tmpdir(), 'deck-pptx-'))
    await runExport('pptx', outDir)
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
      expect(slide.imageWidths, slide.path).toHaveLength(1)
      expect(slide.imageWidths[0], slide.path).toBeGreaterThanOrEqual(1920)
    }
  })

  it('should carry the deck title in its document properties', async () => {
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(decodeXml(core.match(/<dc:title>([^<]*)<\/dc:title>/)?.[1] ?? '')).toBe(deck.title)
  })

  it('should open in LibreOffice Impress and convert to a PDF with the same page count', async () => {
    const soffice = requireProgram('soffice', 'libreoffice-impress')
    const work = mkdtempSync(join(tmpdir(), 'deck-lo-'))
    try {
      await run(soffice, [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        pptx,
      ], { timeoutMs: 300_000 })
      const converted = join(work, basename(pptx).replace(/\.pptx$/, '.pdf'))
      expect(Number((await pdfInfo(converted)).Pages)).toBe(deck.slides.length)
    }
    finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})
