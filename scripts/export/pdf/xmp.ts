/**
 * The XMP metadata packet of an exported PDF (ISO 16684-1, Dublin Core + the PDF and XMP basic schemas).
 * pdf-lib writes only the Info dictionary; PDF 2.0 and PDF/UA readers look for this stream instead.
 */
import type { DocumentMeta } from './deckMeta'

export interface XmpParams extends DocumentMeta {
  /** When the document was made. */
  created: Date
  /** The program that wrote the PDF file (`pdf:Producer`). */
  producer: string
  /** The program that made the content (`xmp:CreatorTool`). */
  creatorTool: string
}

/** Text for an XML text node or attribute value. */
export function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', '\'': '&apos;' })[c]!)
}

/** A language alternative (`rdf:Alt`) with the default and the document language holding the same text. */
function langAlt(tag: string, value: string, lang: string): string {
  const items = [`<rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li>`]
  if (lang !== 'x-default')
    items.push(`<rdf:li xml:lang="${escapeXml(lang)}">${escapeXml(value)}</rdf:li>`)
  return `<${tag}><rdf:Alt>${items.join('')}</rdf:Alt></${tag}>`
}

function list(tag: string, kind: 'Seq' | 'Bag', values: readonly string[]): string {
  return `<${tag}><rdf:${kind}>${values.map(v => `<rdf:li>${escapeXml(v)}</rdf:li>`).join('')}</rdf:${kind}></${tag}>`
}

/** The whole packet, `<?xpacket begin … end="w"?>`, as UTF-8 text. */
export function xmpPacket(params: XmpParams): string {
  const date = params.created.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const fields = [
    '<dc:format>application/pdf</dc:format>',
    langAlt('dc:title', params.title, params.lang),
    params.author ? list('dc:creator', 'Seq', [params.author]) : '',
    params.subject ? langAlt('dc:description', params.subject, params.lang) : '',
    params.keywords.length > 0 ? list('dc:subject', 'Bag', params.keywords) : '',
    list('dc:language', 'Bag', [params.lang]),
    params.keywords.length > 0 ? `<pdf:Keywords>${escapeXml(params.keywords.join(', '))}</pdf:Keywords>` : '',
    `<pdf:Producer>${escapeXml(params.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${escapeXml(params.creatorTool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
  ].filter(Boolean)
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    ...fields,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n')
}
