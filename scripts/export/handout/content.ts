/** What a handout prints besides the slides, read from the deck (pure). */
import type { DeckDataLike, DocumentMeta } from '../pdf/deckMeta'
import { noteLines, plainText } from '../../shared/deckText'
import { documentMeta } from '../pdf/deckMeta'

export interface HandoutSlide {
  /** 1-based slide number. */
  no: number
  /** Slidev's title of the slide (markup removed); may be empty. */
  title: string
  /** Speaker-note paragraphs, `[click]` markers removed. */
  notes: string[]
}

export interface HandoutContent {
  /** The deck's PDF metadata; the handout's title adds （讲义） or （讲稿）. */
  meta: DocumentMeta
  /** Classification line from headmatter `handout: { header: … }`, e.g. 内部资料 注意保存; empty by default. */
  classification: string
  /** Headmatter `meetingDate` as 2025年6月18日, or empty. */
  meetingDate: string
  slides: HandoutSlide[]
}

/**
 * A meeting date in the deck's one date style (2017年8月11日). YAML turns an unquoted 2025-06-18 into a
 * Date; an ISO date string is converted too; any other text is kept as written.
 */
export function formatMeetingDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`
  if (typeof value !== 'string')
    return ''
  const iso = value.trim().match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/)
  return iso ? `${Number(iso[1])}年${Number(iso[2])}月${Number(iso[3])}日` : value.trim()
}

/** The classification line: headmatter `handout.header`, a string (or number), else empty. */
export function classificationLine(handout: unknown): string {
  if (!handout || typeof handout !== 'object')
    return ''
  const header = (handout as Record<string, unknown>).header
  return typeof header === 'string' || typeof header === 'number' ? String(header).replace(/\s+/g, ' ').trim() : ''
}

export function handoutContent(data: DeckDataLike): HandoutContent {
  return {
    meta: documentMeta(data),
    classification: classificationLine(data.headmatter.handout),
    meetingDate: formatMeetingDate(data.headmatter.meetingDate),
    slides: data.slides.map((slide, i) => ({
      no: i + 1,
      title: plainText(slide.title ?? ''),
      notes: noteLines(slide.note ?? ''),
    })),
  }
}

/**
 * The characters the handout draws in each weight (for the font subsets): the header, labels and, with
 * notes, every slide title and note in regular; the classification line and, with notes, the headings of
 * continued notes in bold.
 */
export function handoutText(content: HandoutContent, withNotes: boolean, labels: string): { regular: string, bold: string } {
  const titles = content.slides.map(s => s.title).join('')
  const notes = withNotes ? `${titles}${content.slides.flatMap(s => s.notes).join('')}` : ''
  return {
    regular: `${content.meta.title}${content.meetingDate}${labels}${notes}`,
    bold: `${content.classification}${withNotes ? `${titles}${labels}` : ''}`,
  }
}
