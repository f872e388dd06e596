/** A PPTX read the way the export tests need it: slides in presentation order with their layout, notes and pictures. */
import type JSZip from 'jszip'
import { posix } from 'node:path'
import { decodeXml } from './pptxChecks'

function relationships(xml: string): { id: string, type: string, target: string }[] {
  return [...xml.matchAll(/<Relationship\s([^>]*)>/g)].map((m) => {
    const attr = (name: string) => m[1]!.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? ''
    return { id: attr('Id'), type: attr('Type'), target: attr('Target') }
  })
}

export interface PptxPicture {
  /** Width of the PNG, pixels. */
  pixels: number
  /** Width it is shown at on the slide, px of the 980-px canvas (0 for a slide background). */
  shown: number
}

export interface PptxSlide {
  path: string
  xml: string
  /** The slide layout (“master”) it uses. */
  layoutXml: string
  notes: string
  /** The notes placeholder's paragraphs, each the text of its runs. */
  noteParagraphs: string[]
  pictures: PptxPicture[]
}

/** Slides in presentation order, each with its layout, notes text and pictures. */
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
    const xml = await read(path)
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
    const layoutRel = rels.find(r => r.type.endsWith('/slideLayout'))
    const layoutXml = layoutRel ? await read(resolveTarget(layoutRel.target)) : ''
    const pictures: PptxPicture[] = []
    for (const rel of rels.filter(r => r.type.endsWith('/image'))) {
      const png = await zip.file(resolveTarget(rel.target))!.async('uint8array')
      // The picture shape that shows this image, if any (a slide background has none).
      const shape = [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map(m => m[0]).find(p => p.includes(`r:embed="${rel.id}"`))
      const cx = Number(shape?.match(/<a:ext cx="(\d+)"/)?.[1] ?? 0)
      pictures.push({ pixels: new DataView(png.buffer, png.byteOffset).getUint32(16), shown: cx / 9525 })
    }
    slides.push({ path, xml, layoutXml, notes, noteParagraphs, pictures })
  }
  return slides
}
