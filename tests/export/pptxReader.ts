/** Reads a PPTX the way the checks need it: slides in presentation order with their notes and pictures. */
import type JSZip from 'jszip'
import { posix } from 'node:path'

export function decodeXml(text: string): string {
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

export interface PptxSlide { path: string, notes: string, noteParagraphs: string[], imageWidths: number[] }

/** Slides in presentation order, each with its notes text and the pixel widths of its pictures. */
export async function readPptx(zip: JSZip): Promise<PptxSlide[]> {
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
