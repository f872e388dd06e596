/**
 * Lays the slides PDF out as an A4 handout with pdf-lib: each slide page placed as a form XObject
 * (slideForms.ts, so its text stays text), with its number, a header (classification line, title, meeting
 * date), a footer 「第n页 共m页」, and ruled lines or the speaker notes.
 */
import type { PDFFont, PDFPage } from 'pdf-lib'
import type { PerPage } from './args'
import type { HandoutContent } from './content'
import type { PageLayout, Rect, SlotLayout } from './layout'
import type { Paragraph, PlannedPage } from './paginate'
import type { SlideForm } from './slideForms'
import { PDFDocument, rgb } from 'pdf-lib'
import { CREATOR_TOOL } from '../pdf'
import { applyDocumentMeta } from '../pdf/metadata'
import { handoutText } from './content'
import { embedHandoutFonts } from './fonts'
import { A4, handoutLayout, notesFontSize } from './layout'
import { breakLines } from './lineBreak'
import { CONTINUED_HEADING, PARAGRAPH_GAP, planHandout } from './paginate'
import { drawSlideForm, embedSlideForms } from './slideForms'

export interface BuildHandoutParams {
  /** The slides PDF, one page per slide (what `npm run export` writes). */
  slidesPdf: Uint8Array
  content: HandoutContent
  perPage: PerPage
  /** Print the speaker notes with each slide. */
  notes: boolean
  /** Creation date for the metadata; defaults to now. */
  created?: Date
}

const INK = rgb(0.13, 0.13, 0.13)
const MUTED = rgb(0.42, 0.42, 0.42)
const RULE = rgb(0.7, 0.7, 0.7)
const LINE_HEIGHT = 1.55
const LABEL_SIZE = 8
const NOTE_LINE_SPACING = 22

const footerText = (n: number, m: number): string => `第${n}页 共${m}页`
const slideLabel = (no: number, total: number): string => `${no} / ${total}`
/** Ideographic space between a slide's number and its title. */
const IDEOGRAPHIC_SPACE = '\u3000'
/** Characters of the fixed labels, for the font subset. */
const LABEL_CHARS = `第页 共${IDEOGRAPHIC_SPACE}（续）`

interface Ctx {
  doc: PDFDocument
  fonts: { regular: PDFFont, bold: PDFFont }
  content: HandoutContent
  layout: PageLayout
  slides: SlideForm[]
  notes: boolean
  noteSize: number
}

/** `text` shortened with … to fit `width` at `size`. */
function fit(text: string, width: number, font: PDFFont, size: number): string {
  if (font.widthOfTextAtSize(text, size) <= width)
    return text
  const chars = [...text]
  while (chars.length > 0 && font.widthOfTextAtSize(`${chars.join('')}…`, size) > width)
    chars.pop()
  return `${chars.join('')}…`
}

function drawChrome(ctx: Ctx, page: PDFPage, n: number, m: number): void {
  const { header, footer } = ctx.layout
  const { regular, bold } = ctx.fonts
  const { classification, meetingDate, meta } = ctx.content
  if (classification)
    page.drawText(fit(classification, header.width, bold, 10.5), { x: header.x, y: header.y + header.height - 10.5, size: 10.5, font: bold, color: INK })
  const dateWidth = meetingDate ? regular.widthOfTextAtSize(meetingDate, 9) : 0
  if (meetingDate)
    page.drawText(meetingDate, { x: header.x + header.width - dateWidth, y: header.y + 5, size: 9, font: regular, color: MUTED })
  page.drawText(fit(meta.title, header.width - dateWidth - 18, regular, 9), { x: header.x, y: header.y + 5, size: 9, font: regular, color: MUTED })
  page.drawLine({ start: { x: header.x, y: header.y }, end: { x: header.x + header.width, y: header.y }, thickness: 0.6, color: RULE })
  const text = footerText(n, m)
  page.drawText(text, { x: footer.x + (footer.width - regular.widthOfTextAtSize(text, 9)) / 2, y: footer.y + 2, size: 9, font: regular, color: MUTED })
}

function drawParagraphs(ctx: Ctx, page: PDFPage, paragraphs: readonly Paragraph[], x: number, top: number): number {
  const lead = ctx.noteSize * LINE_HEIGHT
  let y = top
  for (const [i, lines] of paragraphs.entries()) {
    if (i > 0)
      y -= PARAGRAPH_GAP * lead
    for (const line of lines) {
      y -= lead
      page.drawText(line, { x, y: y + (lead - ctx.noteSize) / 2 + ctx.noteSize * 0.12, size: ctx.noteSize, font: ctx.fonts.regular, color: INK })
    }
  }
  return y
}

function drawRuledLines(page: PDFPage, area: Rect): void {
  for (let y = area.y + area.height - NOTE_LINE_SPACING; y >= area.y; y -= NOTE_LINE_SPACING)
    page.drawLine({ start: { x: area.x, y }, end: { x: area.x + area.width, y }, thickness: 0.4, color: RULE })
}

function drawSlot(ctx: Ctx, page: PDFPage, slot: SlotLayout, index: number, notes: readonly Paragraph[]): void {
  const total = ctx.content.slides.length
  const { title } = ctx.content.slides[index]!
  const label = ctx.notes && title ? `${slideLabel(index + 1, total)}${IDEOGRAPHIC_SPACE}${title}` : slideLabel(index + 1, total)
  page.drawText(fit(label, slot.label.width, ctx.fonts.regular, LABEL_SIZE), { x: slot.label.x, y: slot.label.y, size: LABEL_SIZE, font: ctx.fonts.regular, color: MUTED })
  drawSlideForm(page, ctx.slides[index]!, slot.slide)
  page.drawRectangle({ ...slot.slide, borderColor: RULE, borderWidth: 0.5 })
  if (slot.lines)
    drawRuledLines(page, slot.lines)
  if (slot.notes)
    drawParagraphs(ctx, page, notes, slot.notes.x, slot.notes.y + slot.notes.height)
}

function drawPlannedPage(ctx: Ctx, page: PDFPage, planned: PlannedPage): void {
  if (planned.kind === 'slides') {
    planned.notes.forEach((notes, i) => drawSlot(ctx, page, ctx.layout.slots[i]!, planned.first + i, notes))
    return
  }
  const { body } = ctx.layout
  const lead = ctx.noteSize * LINE_HEIGHT
  let top = body.y + body.height
  for (const [i, block] of planned.blocks.entries()) {
    if (i > 0)
      top -= PARAGRAPH_GAP * lead
    const { title } = ctx.content.slides[block.slide]!
    const heading = `${slideLabel(block.slide + 1, ctx.content.slides.length)}${IDEOGRAPHIC_SPACE}${title}（续）`
    page.drawText(fit(heading, body.width, ctx.fonts.bold, ctx.noteSize), { x: body.x, y: top - ctx.noteSize * 1.1, size: ctx.noteSize, font: ctx.fonts.bold, color: INK })
    top = drawParagraphs(ctx, page, block.paragraphs, body.x, top - CONTINUED_HEADING * lead)
  }
}

/** Plan the pages: which slides and which lines of notes go where. */
function plan(ctx: Ctx, perPage: PerPage): PlannedPage[] {
  const font = ctx.fonts.regular
  const widthOf = (s: string): number => font.widthOfTextAtSize(s, ctx.noteSize)
  const lead = ctx.noteSize * LINE_HEIGHT
  const box = ctx.layout.slots[0]!.notes
  return planHandout({
    slides: ctx.content.slides.length,
    perPage,
    notes: ctx.notes ? ctx.content.slides.map(s => s.notes) : undefined,
    wrapSlot: p => breakLines(p, box?.width ?? 0, widthOf),
    wrapPage: p => breakLines(p, ctx.layout.body.width, widthOf),
    slotLines: Math.floor((box?.height ?? 0) / lead),
    pageLines: Math.floor(ctx.layout.body.height / lead),
  })
}

/** The handout as PDF bytes. */
export async function buildHandout(params: BuildHandoutParams): Promise<Uint8Array> {
  const source = await PDFDocument.load(params.slidesPdf, { updateMetadata: false })
  const count = source.getPageCount()
  if (count !== params.content.slides.length)
    throw new Error(`幻灯片 PDF 有 ${count} 页，演示文稿有 ${params.content.slides.length} 张幻灯片`)
  const doc = await PDFDocument.create({ updateMetadata: false })
  const fonts = await embedHandoutFonts(doc, handoutText(params.content, params.notes, LABEL_CHARS))
  const slides = embedSlideForms(doc, source)
  const aspect = slides[0]!.width / slides[0]!.height
  const ctx: Ctx = {
    doc,
    fonts,
    content: params.content,
    layout: handoutLayout(params.perPage, params.notes, aspect),
    slides,
    notes: params.notes,
    noteSize: notesFontSize(params.perPage),
  }
  const planned = plan(ctx, params.perPage)
  for (const [i, p] of planned.entries()) {
    const page = doc.addPage([A4.width, A4.height])
    drawChrome(ctx, page, i + 1, planned.length)
    drawPlannedPage(ctx, page, p)
  }
  const suffix = params.notes ? '（讲稿）' : '（讲义）'
  applyDocumentMeta(doc, { ...params.content.meta, title: `${params.content.meta.title}${suffix}` }, {
    creatorTool: CREATOR_TOOL,
    created: params.created,
  })
  return doc.save()
}
