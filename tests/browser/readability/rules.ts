import type { GraphicMark, GraphicsMeasure } from './measureGraphics'
import type { TextMeasure } from './measureText'
import type { Rgba } from './pageKit'
import { contrast, hex, over, worstContrast } from './colour'

/** Readable from the back row of a meeting room (issue 11), on the 980 × 551 canvas. */
export const READABILITY = {
  /** Smallest text the audience sees (diagram labels included), px. */
  minTextPx: 14,
  /** Smallest body text (p, li, td, th, blockquote outside drawings and `.deck-note`), px. */
  minBodyPx: 18,
  /** A content slide's laid-out content reaches at least this share of the slide's height, %. */
  minFillPct: 60,
  /** WCAG 2.2 AA 1.4.3, applied to all text whatever its size. */
  minTextContrast: 4.5,
  /** WCAG 2.2 AA 1.4.11, for the marks of diagrams. */
  minGraphicContrast: 3,
  /** Below this a shape does not stand out from its background: a plate or panel behind the marks, not a mark. */
  invisibleContrast: 1.2,
  /** Edges of different colours must also differ in dash pattern or in width by at least this factor. */
  styleWidthFactor: 1.3,
} as const

/** Everything the readability rules look at for one click step. */
export interface StepReadability {
  text: TextMeasure
  graphics: GraphicsMeasure
}

/** Punctuation that may not start a line (GB/T 15834, 避头尾) … */
const NO_LINE_START = /^[，。、；：？！）］｝》〉」』】〕”’…%‰,.;:!?)\]}]/u
/** … and punctuation that may not end one. */
const NO_LINE_END = /[（［｛《〈「『【〔“‘([{]$/u
const WORD_CHAR = /[\p{L}\p{N}]/gu
/** Small rounding slack, px / ratio. */
const EPS = 0.05

const round1 = (n: number): number => Math.round(n * 10) / 10
const fmt = (n: number): string => `${round1(n)}`

function sizeProblems(text: TextMeasure): string[] {
  const out: string[] = []
  for (const r of text.runs) {
    if (r.px + EPS < READABILITY.minTextPx)
      out.push(`文字过小：«${r.text}» 渲染为 ${fmt(r.px)}px（画布 980 宽，至少 ${READABILITY.minTextPx}px）`)
    else if (r.role === 'body' && r.px + EPS < READABILITY.minBodyPx)
      out.push(`正文过小：«${r.text}» 为 ${fmt(r.px)}px（正文至少 ${READABILITY.minBodyPx}px）`)
  }
  return out
}

function lineProblems(text: TextMeasure): string[] {
  const out: string[] = []
  for (const b of text.blocks) {
    if (b.lines.length < 2)
      continue
    const shown = b.lines.join(' / ')
    if (b.lines.some(l => (l.match(WORD_CHAR) ?? []).length <= 1))
      out.push(`有一行只剩一个字：«${shown}»（应在词组处断行）`)
    if (b.lines.some((l, i) => i > 0 && NO_LINE_START.test(l)))
      out.push(`行首是点号或后引号（避头尾）：«${shown}»`)
    if (b.lines.some((l, i) => i < b.lines.length - 1 && NO_LINE_END.test(l)))
      out.push(`行尾是前引号或前括号（避头尾）：«${shown}»`)
  }
  return out
}

function textContrastProblems(text: TextMeasure): string[] {
  const out: string[] = []
  for (const r of text.runs) {
    const ratio = worstContrast(r.fg, r.bg)
    if (ratio + EPS < READABILITY.minTextContrast)
      out.push(`文字对比度 ${fmt(ratio)}:1（至少 ${READABILITY.minTextContrast}:1）：«${r.text}» ${hex(r.fg)} 于 ${r.bg.map(hex).join('/')}`)
  }
  return out
}

/** Best contrast a mark's paints reach against what lies beneath it (a shape shows by its fill or its outline). */
export function markContrast(m: GraphicMark): number {
  const paints = [m.stroke, m.fill].filter((p): p is Rgba => Boolean(p))
  return Math.max(1, ...paints.map(p => worstContrast(p, m.bg)))
}

function graphicProblems(g: GraphicsMeasure): string[] {
  const out: string[] = []
  for (const marks of g.drawings) {
    for (const m of marks) {
      const ratio = markContrast(m)
      if (ratio >= READABILITY.invisibleContrast && ratio + EPS < READABILITY.minGraphicContrast)
        out.push(`图形对比度 ${fmt(ratio)}:1（至少 ${READABILITY.minGraphicContrast}:1）：${m.where} ${[m.stroke, m.fill].filter(Boolean).map(c => hex(c!)).join('/')} 于 ${m.bg.map(hex).join('/')}`)
    }
    out.push(...colourOnlyProblems(marks))
  }
  for (const c of g.crossings)
    out.push(`标签被连线穿过：${c.where} 穿过 «${c.label}»（给标签加不透明底板或移开连线）`)
  return out
}

/** Edges that differ only in colour: a reader who cannot tell the colours apart cannot tell the edges apart. */
function colourOnlyProblems(marks: readonly GraphicMark[]): string[] {
  const edges = marks.filter(m => m.edge && m.stroke && markContrast(m) >= READABILITY.invisibleContrast)
  const seen = new Set<string>()
  const out: string[] = []
  for (const a of edges) {
    for (const b of edges) {
      const ca = over(a.stroke!, [255, 255, 255, 1])
      const cb = over(b.stroke!, [255, 255, 255, 1])
      const key = [hex(ca), hex(cb)].sort().join('|')
      if (seen.has(key) || (contrast(ca, cb) < 1.5 && Math.hypot(ca[0] - cb[0], ca[1] - cb[1], ca[2] - cb[2]) < 60))
        continue
      const sameDash = a.dash === b.dash
      const widthRatio = Math.max(a.strokeWidth, b.strokeWidth) / Math.min(a.strokeWidth, b.strokeWidth)
      if (sameDash && widthRatio < READABILITY.styleWidthFactor) {
        seen.add(key)
        out.push(`连线只靠颜色区分：${a.where} ${hex(ca)} 与 ${b.where} ${hex(cb)} 线型相同（${a.dash === 'none' ? '实线' : `虚线 ${a.dash}`}，${fmt(a.strokeWidth)}/${fmt(b.strokeWidth)}px）`)
      }
    }
  }
  return out
}

/** Problems of one click step; `contentSlide` is false for the cover and section dividers. */
export function readabilityProblems(m: StepReadability, opts: { contentSlide: boolean }): string[] {
  const out = [...sizeProblems(m.text), ...lineProblems(m.text), ...textContrastProblems(m.text), ...graphicProblems(m.graphics)]
  const { footerTop, contentBottom } = m.text
  if (footerTop !== null && contentBottom > footerTop + EPS)
    out.push(`内容压住页脚：内容止于页高 ${fmt(contentBottom)}%，页脚从 ${fmt(footerTop)}% 开始`)
  if (opts.contentSlide && m.text.contentBottom + EPS < READABILITY.minFillPct)
    out.push(`版面未用足：内容止于页高 ${fmt(m.text.contentBottom)}%（内容页至少 ${READABILITY.minFillPct}%，可放大文字或调整版式）`)
  return out
}

/** Figures for a measurement table: smallest text and body size, content bottom, lowest contrasts. */
export function readabilityFigures(m: StepReadability): { minTextPx: number, minBodyPx: number, contentBottom: number, minTextContrast: number, minGraphicContrast: number } {
  const runs = m.text.runs
  const body = runs.filter(r => r.role === 'body')
  const marks = m.graphics.drawings.flat().map(markContrast).filter(r => r >= READABILITY.invisibleContrast)
  return {
    minTextPx: round1(Math.min(Infinity, ...runs.map(r => r.px))),
    minBodyPx: round1(Math.min(Infinity, ...body.map(r => r.px))),
    contentBottom: m.text.contentBottom,
    minTextContrast: round1(Math.min(Infinity, ...runs.map(r => worstContrast(r.fg, r.bg)))),
    minGraphicContrast: round1(Math.min(Infinity, ...marks)),
  }
}
