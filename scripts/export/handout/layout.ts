/**
 * Where things go on an A4 portrait handout page, in PDF points (origin bottom-left). Pure geometry:
 * the header and footer bands, and one slot per slide (the slide, its number, and the area for
 * ruled note lines or for its speaker notes).
 */
import type { PerPage } from './args'

export interface Rect { x: number, y: number, width: number, height: number }

/** A4 portrait in points. */
export const A4 = { width: 595.28, height: 841.89 } as const

/** Points per millimetre. */
export const MM = 72 / 25.4

/** Margin on every side; header, footer and slides all stay inside it (printers leave ~5 mm unprinted). */
export const PAGE_MARGIN = 15 * MM

const HEADER_HEIGHT = 30
const FOOTER_HEIGHT = 14
const BAND_GAP = 12
/** Height of the line above each slide that carries its number (and, with notes, its title). */
export const LABEL_HEIGHT = 13
const ROW_GAP = 14
const COLUMN_GAP = 18

export interface SlotLayout {
  /** The whole slot: label, slide and notes area. */
  box: Rect
  /** The slide picture. */
  slide: Rect
  /** Baseline start of the slide's label, above the slide. */
  label: { x: number, y: number, width: number }
  /** Ruled lines for the reader's own notes (3 per page without `--notes`). */
  lines?: Rect
  /** The speaker notes' text box (with `--notes`). */
  notes?: Rect
}

export interface PageLayout {
  /** Inside the margins. */
  printable: Rect
  header: Rect
  footer: Rect
  /** Between header and footer: where slots go. */
  body: Rect
  slots: SlotLayout[]
}

function bands(): Pick<PageLayout, 'printable' | 'header' | 'footer' | 'body'> {
  const printable = { x: PAGE_MARGIN, y: PAGE_MARGIN, width: A4.width - 2 * PAGE_MARGIN, height: A4.height - 2 * PAGE_MARGIN }
  const top = printable.y + printable.height
  const header = { x: printable.x, y: top - HEADER_HEIGHT, width: printable.width, height: HEADER_HEIGHT }
  const footer = { x: printable.x, y: printable.y, width: printable.width, height: FOOTER_HEIGHT }
  const bodyTop = header.y - BAND_GAP
  const bodyBottom = footer.y + footer.height + BAND_GAP
  return { printable, header, footer, body: { x: printable.x, y: bodyBottom, width: printable.width, height: bodyTop - bodyBottom } }
}

/** `count` equal cells across `total` with `gap` between them, from the start (left or top). */
function split(total: number, count: number, gap: number): { offset: number, size: number }[] {
  const size = (total - gap * (count - 1)) / count
  return Array.from({ length: count }, (_, i) => ({ offset: i * (size + gap), size }))
}

/** A slide of width `width` (height from `aspect`) in `cell`, its label above it, both centred. */
function slotIn(cell: Rect, width: number, aspect: number): SlotLayout {
  const height = width / aspect
  const x = cell.x + (cell.width - width) / 2
  const top = cell.y + cell.height - Math.max(0, (cell.height - height - LABEL_HEIGHT) / 2)
  const slide = { x, y: top - LABEL_HEIGHT - height, width, height }
  return { box: cell, slide, label: { x, y: top - LABEL_HEIGHT + 4, width } }
}

function gridSlots(body: Rect, columns: number, rows: number, aspect: number): SlotLayout[] {
  const cols = split(body.width, columns, COLUMN_GAP)
  const rws = split(body.height, rows, ROW_GAP)
  return rws.flatMap(r => cols.map((c) => {
    const cell = { x: body.x + c.offset, y: body.y + body.height - r.offset - r.size, width: c.size, height: r.size }
    const width = Math.min(cell.width, (cell.height - LABEL_HEIGHT) * aspect)
    return slotIn(cell, width, aspect)
  }))
}

/**
 * One row per slide: the slide on the left, ruled lines (centred with it) or its notes (from the top of
 * the row; the label then runs across the row, as it carries the title) on the right.
 */
function rowSlots(body: Rect, rows: number, aspect: number, withNotes: boolean): SlotLayout[] {
  return split(body.height, rows, ROW_GAP).map((r) => {
    const cell = { x: body.x, y: body.y + body.height - r.offset - r.size, width: body.width, height: r.size }
    const width = Math.min(body.width * (withNotes ? 0.46 : 0.52), (cell.height - LABEL_HEIGHT) * aspect)
    const height = width / aspect
    const top = cell.y + cell.height - (withNotes ? 0 : (cell.height - height - LABEL_HEIGHT) / 2)
    const slide = { x: cell.x, y: top - LABEL_HEIGHT - height, width, height }
    const label = { x: cell.x, y: top - LABEL_HEIGHT + 4, width: withNotes ? cell.width : width }
    const right = cell.x + width + COLUMN_GAP
    const area = { x: right, y: withNotes ? cell.y : slide.y, width: body.x + body.width - right, height: withNotes ? slide.y + height - cell.y : height }
    return withNotes ? { box: cell, slide, label, notes: area } : { box: cell, slide, label, lines: area }
  })
}

/** A notes page: the slide across the top, its notes below. */
function notesPageSlot(body: Rect, aspect: number): SlotLayout {
  const top = body.y + body.height
  const slide = { x: body.x, y: top - LABEL_HEIGHT - body.width / aspect, width: body.width, height: body.width / aspect }
  const notesTop = slide.y - ROW_GAP * 1.5
  return {
    box: body,
    slide,
    label: { x: body.x, y: top - LABEL_HEIGHT + 4, width: body.width },
    notes: { x: body.x, y: body.y, width: body.width, height: notesTop - body.y },
  }
}

/** The layout of every handout page with `perPage` slides of aspect ratio `aspect` (width / height). */
export function handoutLayout(perPage: PerPage, withNotes: boolean, aspect: number): PageLayout {
  const b = bands()
  let slots: SlotLayout[]
  if (withNotes)
    slots = perPage === 1 ? [notesPageSlot(b.body, aspect)] : rowSlots(b.body, perPage, aspect, true)
  else if (perPage === 3)
    slots = rowSlots(b.body, 3, aspect, false)
  else
    slots = gridSlots(b.body, perPage >= 4 ? 2 : 1, perPage >= 4 ? perPage / 2 : perPage, aspect)
  return { ...b, slots }
}

/** Font size of the speaker notes, in points: 10.5 (五号) on a notes page, smaller as slots shrink. */
export function notesFontSize(perPage: PerPage): number {
  return perPage === 1 ? 10.5 : perPage <= 3 ? 9 : 8
}
