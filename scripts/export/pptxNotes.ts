/**
 * Tidy the speaker notes that `slidev export --format pptx` writes: it puts a whole note into one
 * `<a:t>` run with raw newlines, tagged `lang="en-US"`, and keeps Slidev's `[click]` markers.
 * PowerPoint and WPS then show one run-on paragraph with stray markers, in a Latin-first font choice.
 * These pure functions rewrite the notes body as one paragraph per line, markers removed, tagged zh-CN.
 */
import { CLICK_MARKER } from '../shared/deckText'

/** A note line without Slidev's click markers, trimmed. */
export function stripClickMarkers(line: string): string {
  return line.replace(CLICK_MARKER, '').replace(/\s{2,}/g, ' ').trim()
}

/** The note body's lines, markers removed, blank lines dropped. Input and output are XML-escaped text. */
export function escapedNoteLines(escapedText: string): string[] {
  return escapedText.split(/\r?\n/).map(stripClickMarkers).filter(line => line.length > 0)
}

function paragraph(line: string): string {
  return `<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`
}

const NOTES_BODY = /(<p:ph type="body"[^>]*\/>[\s\S]*?<p:txBody>)([\s\S]*?)(<\/p:txBody>)/
const RUN_TEXT = /<a:t>([\s\S]*?)<\/a:t>/g

/**
 * Rewrite one `ppt/notesSlides/notesSlideN.xml`. Returns the input unchanged when it has no notes body
 * (nothing to tidy), so a file from another producer is never damaged.
 */
export function rewriteNotesXml(xml: string): string {
  const body = xml.match(NOTES_BODY)
  if (!body)
    return xml
  const inner = body[2]
  const firstParagraph = inner.indexOf('<a:p>')
  const head = firstParagraph >= 0 ? inner.slice(0, firstParagraph) : inner
  const text = [...inner.matchAll(RUN_TEXT)].map(m => m[1]).join('')
  const lines = escapedNoteLines(text)
  const paragraphs = lines.length > 0 ? lines.map(paragraph).join('') : '<a:p><a:endParaRPr lang="zh-CN"/></a:p>'
  return xml.replace(NOTES_BODY, (_all, open: string, _inner: string, close: string) => `${open}${head}${paragraphs}${close}`)
}
