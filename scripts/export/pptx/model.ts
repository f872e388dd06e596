/**
 * The plain slide model between Chromium and pptxgenjs: what each slide draws, as JSON-able boxes on
 * Slidev's canvas. Every length is in CSS px of the 980 × 552 canvas (origin: the slide's top-left corner);
 * colours are `RRGGBB` hex. scripts/export/pptx/inpage/ reads it from the page, build.ts turns it into slides.
 */

/** Slidev's canvas (headmatter `canvasWidth: 980`, 16:9). Slidev's own PPTX uses 551, which drifts by 0.14 %. */
export const CANVAS = { width: 980, height: 552 } as const

/** Which of the deck's two faces a run is set in (see fonts.ts for what each becomes in the PPTX). */
export type FontRole = 'sans' | 'serif'

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

export interface Line {
  /** Colour, `RRGGBB`. */
  color: string
  /** Stroke width, px. */
  width: number
  /** CSS dotted/dashed border. */
  dash?: 'dot' | 'dash'
}

export interface Run {
  text: string
  /** Font size, px. */
  size: number
  bold: boolean
  italic: boolean
  /** Text colour, `RRGGBB`. */
  color: string
  role: FontRole
  /** CSS letter-spacing, px (the deck sets 0.01–0.02 em). */
  spacing: number
  /** A `<br>` comes before this run's text. */
  breakBefore?: boolean
  underline?: boolean
  /**
   * Px Chromium took off this one-character run's advance (CSS text-spacing-trim sets adjacent full-width
   * punctuation half-width); the PPTX tightens the character spacing by as much.
   */
  trim?: number
}

/** One line as Chromium broke the paragraph. */
export interface LineInfo {
  text: string
  /** From the first glyph's left edge to the last one's right edge, px. */
  width: number
  /** Advance of the line's first character, px (what one more character on the line above would need). */
  first: number
  /** Px Chromium trimmed off full-width punctuation on this line (see Run.trim). */
  trim: number
}

export interface Bullet {
  kind: 'square' | 'number'
  /** Marker colour, `RRGGBB`. */
  color: string
  /** Square side (px) for `square`; the number for `number`. */
  size: number
  /** Where the marker starts, px from the paragraph box's left edge. */
  markerLeft: number
}

export interface Paragraph extends Rect {
  runs: Run[]
  align: 'left' | 'center' | 'right' | 'justify'
  /** Line pitch, px (CSS line-height). */
  lineHeight: number
  /** Font size of the block, px: sets the first-line correction. */
  size: number
  role: FontRole
  /** List nesting, 0 for a plain paragraph. */
  level: number
  bullet?: Bullet
  /** Where the text starts, px from the paragraph box's left edge (the list indent). */
  textLeft: number
  /** The lines as Chromium broke them. */
  lines: LineInfo[]
}

export interface Sides {
  top: number
  right: number
  bottom: number
  left: number
}

/** A box that draws something: fill and/or outline, optionally text inside (a card). */
export interface ShapeItem extends Rect {
  kind: 'shape'
  fill?: string
  line?: Line
  /** Text inside, in the box's content area. */
  paragraphs?: Paragraph[]
  /** Distance from the box edge to its content (border + padding), px. */
  inset?: Sides
  /** `title` for the slide's heading. */
  role?: 'title' | 'body'
  /** CSS vertical alignment of the content (flex/grid centring). */
  valign?: 'top' | 'middle'
  /** A dotted or dashed border side, drawn as a line through the middle of this thin rectangle. */
  dash?: 'dot' | 'dash'
}

export interface TableCell extends Rect {
  paragraphs: Paragraph[]
  fill?: string
  inset: Sides
  valign: 'top' | 'middle' | 'bottom'
  /** Bottom border, if any (the deck draws row rules only). */
  borderBottom?: Line
}

export interface TableItem extends Rect {
  kind: 'table'
  columns: number[]
  rows: TableCell[][]
}

export interface PictureItem extends Rect {
  kind: 'picture'
  /** Index into the slide's screenshot list (capture.ts fills `png`). */
  shot: number
  /** Alternative text (accTitle/accDescr of a diagram, aria-labels of an illustration). */
  alt: string
  /** True for pieces of the slide's decoration (gradients), marked decorative in the PPTX. */
  decorative: boolean
  png?: Uint8Array
}

export type Item = ShapeItem | TableItem | PictureItem

export interface Slide {
  /** 1-based slide number. */
  no: number
  /** Slidev layout (`cover`, `section`, `default` …). */
  layout: string
  /** Solid background colour, `RRGGBB`; `backgroundShot` wins when set. */
  background: string
  /** Screenshot index of a gradient background. */
  backgroundShot?: number
  backgroundPng?: Uint8Array
  /** Items in paint order, from the slide itself. */
  items: Item[]
  /** Items from Slidev's global layers (global-bottom.vue: the footer). */
  global: Item[]
  /** Speaker notes (Slidev's raw note text; tidied in postprocess.ts). */
  notes: string
}

export interface DeckModel {
  title: string
  author?: string
  subject?: string
  slides: Slide[]
}

/** Han ideographs. */
export const HAN = /\p{Script=Han}/u
/** Anything that wants the East-Asian font slot and Chinese proofing: Han, CJK punctuation, full-width forms. */
export const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2014\u2018\u2019\u201C\u201D\u2026\u00B7]/u

/** px → inches at 96 px per inch (pptxgenjs positions are in inches). */
export function inches(px: number): number {
  return px / 96
}

/** px → points (font sizes, line spacing). */
export function points(px: number): number {
  return px * 0.75
}
