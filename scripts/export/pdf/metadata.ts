/** Document-level facts on a pdf-lib document: Info dictionary, /Lang, DisplayDocTitle and the XMP stream. */
import type { PDFDocument } from 'pdf-lib'
import type { DocumentMeta } from './deckMeta'
import { PDFName } from 'pdf-lib'
import { xmpPacket } from './xmp'

export interface ApplyMetaOptions {
  /** When the document was made; defaults to now. */
  created?: Date
  /** `xmp:CreatorTool` and the Info dictionary's /Creator. */
  creatorTool: string
}

/** Who writes the file: pdf-lib saves every PDF this project exports. */
export const PDF_PRODUCER = 'pdf-lib 1.17.1'

/**
 * Title (shown in the viewer's title bar, not the file name), author, subject, keywords, language and a
 * matching XMP packet. Replaces whatever the document said before.
 */
export function applyDocumentMeta(doc: PDFDocument, meta: DocumentMeta, options: ApplyMetaOptions): void {
  const created = options.created ?? new Date()
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  if (meta.author)
    doc.setAuthor(meta.author)
  if (meta.subject)
    doc.setSubject(meta.subject)
  if (meta.keywords.length > 0)
    doc.setKeywords(meta.keywords)
  doc.setCreator(options.creatorTool)
  doc.setProducer(PDF_PRODUCER)
  doc.setCreationDate(created)
  doc.setModificationDate(created)
  doc.setLanguage(meta.lang)

  const xmp = xmpPacket({ ...meta, created, producer: PDF_PRODUCER, creatorTool: options.creatorTool })
  // Uncompressed, as ISO 32000 recommends, so tools that scan for the packet can find it.
  const stream = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' })
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream))
}
