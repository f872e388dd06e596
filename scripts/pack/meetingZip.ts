/**
 * The meeting pack: one zip with the one-file deck, the PDF, the notes handout, the PPTX and a usage note.
 * jszip sets the UTF-8 flag (general-purpose bit 11) on every non-ASCII name as long as no custom
 * `encodeFileName` is given, which is what Windows Explorer (Windows 10 and later), 7-Zip and Info-ZIP
 * `unzip` read; it also writes the Info-ZIP Unicode Path field for older tools.
 */
import type { ExportKind } from '../export/exportArgs'
import type { PackPart } from './inline'
import { deflateRawSync } from 'node:zlib'
import JSZip from 'jszip'

/** File names inside the pack, from the deck's `exportFilename` stem. */
export function packEntryNames(basename: string): Record<ExportKind | 'html' | 'guide', string> {
  return {
    html: `${basename}.html`,
    pdf: `${basename}.pdf`,
    notes: `${basename}-讲稿.pdf`,
    pptx: `${basename}.pptx`,
    guide: '使用说明.txt',
  }
}

/** The pack's own file name. */
export function packFileName(basename: string): string {
  return `${basename}-会议包.zip`
}

export interface PackEntry {
  /** Name inside the zip (may be Chinese). */
  name: string
  data: Uint8Array | string
}

/** Zip `entries` in the given order: DEFLATE, UTF-8 names, modification time `date`. */
export async function meetingZip(entries: readonly PackEntry[], date: Date = new Date()): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const entry of entries)
    zip.file(entry.name, entry.data, { date, createFolders: false })
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' })
}

/** Each entry with about the bytes it takes in the zip (deflated at the same level), for the size-limit message. */
export function zipParts(entries: readonly PackEntry[]): PackPart[] {
  return entries.map(entry => ({ name: entry.name, bytes: deflateRawSync(entry.data, { level: 6 }).length }))
}
