/**
 * Place a block's paragraphs in a PPTX text frame so that each line sits where Chromium drew it.
 *
 * CSS and PPTX place lines differently: CSS splits a line's extra leading above and below the glyphs, while
 * LibreOffice (exact line spacing) puts all of it above, so its text lands `firstLineShift` lower. Each frame
 * starts that much higher and each paragraph's space-before absorbs the difference between neighbours. Widths
 * are Chromium's own: measured slack made line breaks match less often (see the field notes).
 */
import type { Bullet, FontRole, Paragraph, Rect, Run, ShapeItem, Sides } from './model'

/**
 * Half the glyph box of the substitute faces in LibreOffice, em (measured with the Noto SC faces standing in
 * for the mapped fonts: text otherwise lands this far below Chromium's, minus half the line height).
 */
export const GLYPH_CENTRE_EM: Readonly<Record<FontRole, number>> = { sans: 0.636, serif: 0.636 }

/**
 * Space LibreOffice puts between Han and Latin letters or digits, em (its “space between Asian and non-Asian
 * text”, on by default and not expressible in PPTX; measured 0.24 em; PowerPoint adds none).
 */
export const AUTOSPACE_EM = 0.25

/** Allowance for glyphs a substitute face draws wider than the deck's (Latin, the middle dot), em. */
export const GLYPH_SLACK_EM = 0.25

/** Characters LibreOffice sets as Asian text; quotes and dashes take the script of their neighbour. */
const ASIAN = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u
const WEAK = /[\s\u2014\u2018\u2019\u201C\u201D\u2026]/u

/**
 * Boundaries between Asian and other characters (Latin, digits, the middle dot …) in a line, spaces and
 * quotes skipped: where LibreOffice adds its autospace.
 */
export function autospaceBoundaries(text: string): number {
  const kinds = [...text].filter(ch => !WEAK.test(ch)).map(ch => ASIAN.test(ch))
  return kinds.filter((asian, i) => i > 0 && asian !== kinds[i - 1]).length
}

/**
 * Extra width a paragraph's box may take, px: enough for its widest line as LibreOffice sets it (its autospace,
 * the punctuation Chromium trimmed at full width: LibreOffice 7.4 ignores the negative character spacing that
 * tightens it for PowerPoint) and a little for wider substitute glyphs; but less than what would let any line
 * take the next line's first character, which would change the deck's line breaks in every renderer.
 */
export function paragraphSlack(p: Pick<Paragraph, 'w' | 'textLeft' | 'size' | 'lines'>): number {
  const area = p.w - p.textLeft
  const need = Math.max(0, ...p.lines.map(l => l.width + l.trim + (autospaceBoundaries(l.text) * AUTOSPACE_EM + GLYPH_SLACK_EM) * p.size)) - area
  const limit = Math.min(Infinity, ...p.lines.slice(0, -1).map((l, i) => l.width + p.lines[i + 1]!.first - area - 1))
  return Math.max(0, Math.min(need, limit))
}

/** How far LibreOffice draws a paragraph's first line below where CSS does, px. */
export function firstLineShift(p: Pick<Paragraph, 'lineHeight' | 'size' | 'role'>): number {
  return p.lineHeight / 2 - GLYPH_CENTRE_EM[p.role] * p.size
}

export interface FrameParagraph {
  runs: Run[]
  align: Paragraph['align']
  /** Exact line pitch, px. */
  lineHeight: number
  /** Space before the paragraph, px (0 for the first). */
  spaceBefore: number
  /** Left margin of the text, px from the frame's content edge. */
  marginLeft: number
  /** Marker position relative to `marginLeft`, px (negative: the marker hangs left). */
  indent: number
  bullet?: Bullet
  level: number
}

export interface TextFrame {
  /** The shape's rectangle, px. */
  box: Rect
  /** Inner margins, px. */
  margin: Sides
  anchor: 'top' | 'middle'
  paragraphs: FrameParagraph[]
}

/** True when each paragraph starts below the previous one (one text flow, not side-by-side pieces). */
export function stacked(paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.every((p, i) => i === 0 || p.y >= paragraphs[i - 1]!.y + paragraphs[i - 1]!.h - 1)
}

const markerLeft = (p: Paragraph): number => p.x + Math.min(p.textLeft, p.bullet ? p.bullet.markerLeft : p.textLeft)

/**
 * One frame for `paragraphs`. With `box` (a card), the text sits inside that rectangle; without, the frame is
 * exactly as wide as the paragraphs and starts at the corrected first line.
 */
export function textFrame(paragraphs: readonly Paragraph[], box?: Rect, anchor: 'top' | 'middle' = 'top', room = 0): TextFrame {
  if (paragraphs.length === 0)
    throw new Error('textFrame: no paragraphs')
  const tops = paragraphs.map(p => p.y - firstLineShift(p))
  const left = Math.min(...paragraphs.map(markerLeft))
  // Centred or right-aligned text would move if its box grew to the right; only left-set text takes slack.
  const slack = paragraphs.every(p => p.align === 'left' || p.align === 'justify') ? Math.min(room, Math.max(...paragraphs.map(paragraphSlack))) : 0
  const right = Math.max(...paragraphs.map(p => p.x + p.w)) + slack
  const last = paragraphs.length - 1
  const bottom = tops[last]! + paragraphs[last]!.h
  const frameBox = box ?? { x: left, y: tops[0]!, w: right - left, h: bottom - tops[0]! }
  const margin = box
    ? {
        top: Math.max(0, tops[0]! - box.y),
        right: Math.max(0, box.x + box.w - right),
        bottom: Math.max(0, box.y + box.h - bottom),
        left: Math.max(0, left - box.x),
      }
    : { top: 0, right: 0, bottom: 0, left: 0 }
  return {
    box: frameBox,
    margin,
    anchor,
    paragraphs: paragraphs.map((p, i) => ({
      runs: p.runs,
      align: p.align,
      lineHeight: p.lineHeight,
      spaceBefore: i === 0 ? 0 : Math.max(0, tops[i]! - (tops[i - 1]! + paragraphs[i - 1]!.h)),
      marginLeft: p.x + p.textLeft - left,
      indent: p.bullet ? p.bullet.markerLeft - p.textLeft : 0,
      bullet: p.bullet,
      level: p.level,
    })),
  }
}

/**
 * The frames an item's text needs: one flow in one frame, side-by-side pieces in a frame each. `room` is the
 * free width to the right of the item (px) that slack may take; inside a card, its right padding is the room.
 */
export function itemFrames(item: ShapeItem, room = 0): TextFrame[] {
  const paragraphs = item.paragraphs ?? []
  if (paragraphs.length === 0)
    return []
  const painted = Boolean(item.fill || item.line)
  if (stacked(paragraphs)) {
    const right = Math.max(...paragraphs.map(p => p.x + p.w))
    const inner = painted ? item.x + item.w - (item.line?.width ?? 0) - right : room
    return [textFrame(paragraphs, painted ? item : undefined, item.valign === 'middle' ? 'middle' : 'top', Math.max(0, inner))]
  }
  return paragraphs.map(p => textFrame([p], undefined, 'top', Math.max(0, item.x + item.w - (p.x + p.w))))
}

/** Free width to the right of `item` before another item (overlapping it vertically) or the slide's edge, px. */
export function roomRight(item: Rect, others: readonly Rect[], slideWidth: number): number {
  const right = item.x + item.w
  let room = slideWidth - right
  for (const o of others) {
    const overlaps = o.y < item.y + item.h && o.y + o.h > item.y
    if (o !== item && overlaps && o.x >= right - 1)
      room = Math.min(room, o.x - right)
  }
  return Math.max(0, room)
}

/** Cell margins that put a table cell's text where Chromium drew it. */
export function cellMargin(inset: Sides, paragraphs: readonly Paragraph[]): Sides {
  const shift = paragraphs.length > 0 ? firstLineShift(paragraphs[0]!) : 0
  return { top: Math.max(0, inset.top - shift), right: inset.right, bottom: inset.bottom + shift, left: inset.left }
}
