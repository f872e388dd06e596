/**
 * `npm run export`: the slides PDF. One tagged print of the deck (printDeck.ts), then with pdf-lib: metadata,
 * language, title in the window bar, XMP and bookmarks. Written to a temporary file and renamed, so a
 * failed export leaves no half-written PDF.
 */
import type { DeckDataLike } from './deckMeta'
import type { PrintDeckParams } from './printDeck'
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { PDFDocument } from 'pdf-lib'
import { bookmarkTree, documentMeta } from './deckMeta'
import { applyDocumentMeta } from './metadata'
import { setBookmarks } from './outline'
import { printDeck } from './printDeck'

/** `xmp:CreatorTool` of every PDF the project exports. */
export const CREATOR_TOOL = 'Slidev 52.20.1, Chromium (tagged print)'

/** Chromium's PDF with the deck's metadata, language and bookmarks added. */
export async function finishSlidesPdf(pdf: Uint8Array, data: DeckDataLike): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  if (doc.getPageCount() !== data.slides.length)
    throw new Error(`PDF 有 ${doc.getPageCount()} 页，演示文稿有 ${data.slides.length} 张幻灯片`)
  applyDocumentMeta(doc, documentMeta(data), { creatorTool: CREATOR_TOOL })
  setBookmarks(doc, bookmarkTree(data.slides))
  return doc.save()
}

/** Write `bytes` to `path` through a temporary file beside it, so readers never see a partial file. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(temp, bytes)
    renameSync(temp, path)
  }
  finally {
    rmSync(temp, { force: true })
  }
}

export interface ExportPdfParams extends PrintDeckParams {
  /** Output file. */
  output: string
}

export async function exportPdf(params: ExportPdfParams): Promise<void> {
  const printed = await printDeck(params)
  writeFileAtomic(params.output, await finishSlidesPdf(printed.pdf, printed.data))
}
