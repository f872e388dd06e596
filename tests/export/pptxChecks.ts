/**
 * Checks on an editable PPTX and on PDFs rendered from it, as plain functions over XML and `pdftotext
 * -bbox-layout` text (unit-tested with small crafted inputs in tests/unit/pptxChecks.test.ts). Lengths are CSS px
 * of the slide (980 wide), whatever the source unit.
 */
import { compact } from '../../scripts/shared/deckText'

export interface Box { x0: number, y0: number, x1: number, y1: number }

export interface PdfWord {
  text: string
  box: Box
  /** The glyphs' baseline, px (what two renderings of the same text are compared by). */
  baseline: number
}
export interface PdfLine { text: string, box: Box, words: PdfWord[] }
export interface PdfPage { lines: PdfLine[] }

const HAN = /\p{Script=Han}/u
const EMU_PER_PX = 9525

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, '\'')
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
}

const num = (attrs: string, name: string): number => Number(attrs.match(new RegExp(`${name}="([^"]*)"`))?.[1] ?? Number.NaN)

/**
 * Pages of `pdftotext -bbox-layout` output, coordinates scaled so the page is `slideWidth` px wide. A word's
 * box spans its font's ascent and descent as the PDF declares them, which differ between producers (Chromium
 * writes the font's own, LibreOffice writes none and poppler assumes 0.95 / 0.35 em); `descentRatio` (descent
 * over ascent + descent, see tools.ts pdfDescentRatio) turns the box into the baseline.
 */
export function parseBboxLayout(html: string, descentRatio: number, slideWidth = 980): PdfPage[] {
  return [...html.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)].map((page) => {
    const scale = slideWidth / num(page[1]!, 'width')
    const box = (attrs: string): Box => ({ x0: num(attrs, 'xMin') * scale, y0: num(attrs, 'yMin') * scale, x1: num(attrs, 'xMax') * scale, y1: num(attrs, 'yMax') * scale })
    const lines = [...page[2]!.matchAll(/<line\b([^>]*)>([\s\S]*?)<\/line>/g)].map((line) => {
      const words = [...line[2]!.matchAll(/<word\b([^>]*)>([^<]*)<\/word>/g)].map((w) => {
        const b = box(w[1]!)
        return { text: decodeXml(w[2]!), box: b, baseline: b.y1 - descentRatio * (b.y1 - b.y0) }
      })
      return { text: words.map(w => w.text).join(' '), box: box(line[1]!), words }
    })
    return { lines }
  })
}

/** Where a block starts on a page: left edge and baseline of its first glyph. */
export interface Spot { x: number, baseline: number }

/**
 * Where a block's text starts on a PDF page: the first word from which a line reads the block's first
 * characters (all of them, if fewer), every occurrence in reading order.
 */
export function locate(page: PdfPage, text: string, prefixLength = 8): Spot[] {
  const prefix = compact(text).slice(0, prefixLength)
  const found: Spot[] = []
  if (!prefix)
    return found
  for (const line of page.lines) {
    for (let i = 0; i < line.words.length; i++) {
      const rest = compact(line.words.slice(i).map(w => w.text).join(''))
      if (rest.startsWith(prefix))
        found.push({ x: line.words[i]!.box.x0, baseline: line.words[i]!.baseline })
    }
  }
  return found
}

export interface RunInfo { text: string, lang?: string, eastAsian?: string, latin?: string }

/** Text runs (and fields) of a slide or layout XML with their language and typefaces. */
export function textRuns(xml: string): RunInfo[] {
  return [...xml.matchAll(/<a:(r|fld)\b[^>]*>([\s\S]*?)<\/a:\1>/g)].map((m) => {
    const rPr = m[2]!.match(/<a:rPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:rPr>)/)?.[0] ?? ''
    return {
      text: decodeXml(m[2]!.match(/<a:t>([^<]*)<\/a:t>/)?.[1] ?? ''),
      lang: rPr.match(/^<a:rPr [^>]*?lang="([^"]*)"/)?.[1],
      eastAsian: rPr.match(/<a:ea typeface="([^"]*)"/)?.[1],
      latin: rPr.match(/<a:latin typeface="([^"]*)"/)?.[1],
    }
  })
}

/** Runs with Han characters that are not tagged Chinese or name no East-Asian typeface. */
export function untaggedHanRuns(xml: string): RunInfo[] {
  return textRuns(xml).filter(r => HAN.test(r.text) && (r.lang !== 'zh-CN' || !r.eastAsian))
}

/** Pictures without a description (alt text). */
export function picturesWithoutAlt(xml: string): string[] {
  return [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)]
    .map(m => m[0].match(/<p:cNvPr\b[^>]*>/)?.[0] ?? '')
    .filter(tag => !(tag.match(/\bdescr="([^"]*)"/)?.[1] ?? '').trim() || /descr="[^"]*\.png"/.test(tag))
}

export interface TextBox {
  name: string
  box: Box
  /** Placeholder type (`title` …): a layout's placeholders are prompts, not drawn on its slides. */
  placeholder?: string
  /** Paragraph texts, a slide-number field read as `slideNo`. */
  paragraphs: string[]
}

/** Rectangles of a layout's placeholders by type (`title` …): a slide's placeholder without its own takes them. */
export function placeholderBoxes(layoutXml: string): Map<string, Box> {
  const out = new Map<string, Box>()
  for (const m of layoutXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
    const type = m[1]!.match(/<p:ph\s[^>]*?type="([^"]*)"/)?.[1]
    const box = rect(m[1]!)
    if (type && box)
      out.set(type, box)
  }
  return out
}

function rect(body: string): Box | undefined {
  const off = body.match(/<a:off\b([^>]*)\/>/)?.[1]
  const ext = body.match(/<a:ext\b([^>]*)\/>/)?.[1]
  if (!off || !ext)
    return undefined
  const x = num(off, 'x') / EMU_PER_PX
  const y = num(off, 'y') / EMU_PER_PX
  return { x0: x, y0: y, x1: x + num(ext, 'cx') / EMU_PER_PX, y1: y + num(ext, 'cy') / EMU_PER_PX }
}

/**
 * Shapes and tables that hold text, with their rectangles; `slideNo` fills slide-number fields, and a
 * placeholder without a rectangle of its own takes the layout's (`placeholders`).
 */
export function textBoxes(xml: string, slideNo = 0, placeholders: ReadonlyMap<string, Box> = new Map()): TextBox[] {
  const out: TextBox[] = []
  for (const m of xml.matchAll(/<p:(sp|graphicFrame)>([\s\S]*?)<\/p:\1>/g)) {
    const body = m[2]!
    const type = body.match(/<p:ph\s[^>]*?type="([^"]*)"/)?.[1]
    const box = rect(body) ?? (type ? placeholders.get(type) : undefined)
    if (!box)
      continue
    const paragraphs = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(p => [...p[1]!.matchAll(/<a:(r|fld)\b([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t>[\s\S]*?<\/a:\1>/g)]
      .map(r => (r[1] === 'fld' && /type="slidenum"/.test(r[2]!) ? String(slideNo) : decodeXml(r[3]!)))
      .join('')).filter(t => t.trim())
    if (paragraphs.length === 0)
      continue
    out.push({ name: decodeXml(body.match(/<p:cNvPr [^>]*?name="([^"]*)"/)?.[1] ?? ''), box, paragraphs, ...(type ? { placeholder: type } : {}) })
  }
  return out
}

/** Boxes that reach past the slide's edges (tolerance px). */
export function offSlide(boxes: readonly TextBox[], width = 980, height = 552, tolerance = 0.5): TextBox[] {
  return boxes.filter(b => b.box.x0 < -tolerance || b.box.y0 < -tolerance || b.box.x1 > width + tolerance || b.box.y1 > height + tolerance)
}

/** A word sits in a box when it stays within the box's sides and its middle is between top and bottom. */
function within(w: Box, b: Box, t: number): boolean {
  return w.x0 >= b.x0 - t && w.x1 <= b.x1 + t && (w.y0 + w.y1) / 2 >= b.y0 && (w.y0 + w.y1) / 2 <= b.y1
}

/** Rendered list markers (■, “1.”), which are not part of a paragraph's text. */
const MARKER = /^(?:[■▪•●◆]|\d{1,2}[.)])$/

/**
 * Rendered words that lie in no box holding their text: text that ran out of its box (an extra line pushed
 * below it, a line wider than it) and so may cover the next one. A word pdftotext joined across neighbouring
 * boxes (“3” “4” → “34”) counts as placed when those boxes, left to right, hold it. `tolerance` px allows for
 * glyph overhang at the sides.
 */
export function strayWords(page: PdfPage, boxes: readonly TextBox[], tolerance = 3): PdfWord[] {
  const texts = boxes.map(b => compact(b.paragraphs.join('')))
  return page.lines.flatMap(l => l.words).filter((w) => {
    const t = compact(w.text)
    if (!t || MARKER.test(t) || boxes.some((b, i) => texts[i]!.includes(t) && within(w.box, b.box, tolerance)))
      return false
    const touching = boxes
      .map((b, i) => ({ b, text: texts[i]! }))
      .filter(({ b }) => b.box.x0 < w.box.x1 && b.box.x1 > w.box.x0 && (w.box.y0 + w.box.y1) / 2 >= b.box.y0 && (w.box.y0 + w.box.y1) / 2 <= b.box.y1)
      .sort((a, b) => a.b.box.x0 - b.b.box.x0)
    const span = touching.length > 1 && w.box.x0 >= touching[0]!.b.box.x0 - tolerance && w.box.x1 <= Math.max(...touching.map(x => x.b.box.x1)) + tolerance
    return !(span && touching.map(x => x.text).join('').includes(t))
  })
}

/** Pairs of text boxes whose rectangles overlap by more than `tolerance` px each way. */
export function overlappingBoxes(boxes: readonly TextBox[], tolerance = 1): [TextBox, TextBox][] {
  const pairs: [TextBox, TextBox][] = []
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    const w = Math.min(a.box.x1, b.box.x1) - Math.max(a.box.x0, b.box.x0)
    const h = Math.min(a.box.y1, b.box.y1) - Math.max(a.box.y0, b.box.y0)
    if (w > tolerance && h > tolerance)
      pairs.push([a, b])
  }))
  return pairs
}

/**
 * Characters of the boxes' text that the rendered page lacks: text the renderer pushed off the page or clipped
 * (pdftotext drops glyphs outside the page, so a line that ran off the slide leaves no word to check).
 * Counted as multisets, so reading order across columns does not matter.
 */
export function missingCharacters(page: PdfPage, boxes: readonly TextBox[]): string[] {
  const count = new Map<string, number>()
  for (const ch of compact(page.lines.map(l => l.text).join('')))
    count.set(ch, (count.get(ch) ?? 0) + 1)
  const missing: string[] = []
  for (const ch of compact(boxes.flatMap(b => b.paragraphs).join(''))) {
    const n = count.get(ch) ?? 0
    if (n > 0)
      count.set(ch, n - 1)
    else
      missing.push(ch)
  }
  return missing
}

/**
 * Blocks that one rendering places farther than `tolerance` (share of the slide's width or height) from the
 * other: where each block's text starts, by left edge and baseline. The n-th block with the same start is
 * matched to the n-th place that start is found on each page; a block a page lacks is reported too.
 */
export function displacedBlocks(texts: readonly string[], page: PdfPage, reference: PdfPage, tolerance = 0.02, width = 980, height = 552): string[] {
  const seen = new Map<string, number>()
  const out: string[] = []
  for (const text of texts) {
    const key = compact(text).slice(0, 8)
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    const a = locate(page, text)[n]
    const b = locate(reference, text)[n]
    if (!a || !b) {
      out.push(`${text.slice(0, 12)}: not found`)
      continue
    }
    const dx = Math.abs(a.x - b.x) / width
    const dy = Math.abs(a.baseline - b.baseline) / height
    if (dx > tolerance || dy > tolerance)
      out.push(`${text.slice(0, 12)}: off by ${(dx * 100).toFixed(1)} % / ${(dy * 100).toFixed(1)} %`)
  }
  return out
}
