// Runs inside the page with page.evaluate(), after installPageKit(): self-contained apart from globalThis.__deckKit.
import type { Rgba } from './pageKit'

/** One drawn mark of a diagram (a link, a node's shape, an arrowhead, a curve). */
export interface GraphicMark {
  /** Which drawing (1-based, in slide order) and what: `图 2 <line>`. */
  where: string
  /** A line or an unfilled path: the "edges" a reader follows. */
  edge: boolean
  /** Stroke colour (opacity folded into alpha), or null when not stroked. */
  stroke: Rgba | null
  /** Stroke width on the canvas, px. */
  strokeWidth: number
  /** Dash pattern as computed (`none` or a list). */
  dash: string
  /** Fill colour (opacity folded into alpha), or null when not filled. */
  fill: Rgba | null
  /** Candidate colours beneath the mark, sampled on its outline. */
  bg: Rgba[]
}

/** An edge running through a label's text where nothing opaque hides it. */
export interface LabelCrossing {
  where: string
  label: string
}

/** The diagrams (inline SVGs, Mermaid's in its shadow root too) of the visible slide. */
export interface GraphicsMeasure {
  /** Index of the drawing each mark belongs to is in `where`; marks grouped per drawing. */
  drawings: GraphicMark[][]
  crossings: LabelCrossing[]
}

/** Measure the marks and label crossings in every drawing of the visible slide `no`. */
export function measureGraphics(no: number): GraphicsMeasure {
  const kit = globalThis.__deckKit
  const s = kit.slide(no)
  if (!s)
    return { drawings: [], crossings: [] }
  const svgs = kit.elements(s.page).filter((e): e is SVGSVGElement => e instanceof SVGSVGElement && !e.ownerSVGElement && kit.seen(e))
  const drawings: GraphicMark[][] = []
  const crossings: LabelCrossing[] = []
  const range = document.createRange()
  const toClient = (el: SVGGraphicsElement, p: DOMPoint): DOMPoint => p.matrixTransform(el.getScreenCTM() ?? new DOMMatrix())

  for (const [i, svg] of svgs.entries()) {
    const marks: GraphicMark[] = []
    const edges: SVGGeometryElement[] = []
    for (const el of svg.querySelectorAll<SVGGeometryElement>('rect, circle, ellipse, polygon, polyline, path, line')) {
      if (kit.inDefs(el) || !kit.seen(el) || el.closest('foreignObject'))
        continue
      const box = el.getBBox()
      const len = el.getTotalLength()
      if ((box.width === 0 && box.height === 0) || len === 0)
        continue
      const cs = getComputedStyle(el)
      const k = kit.opacity(el)
      const strokeWidth = Number.parseFloat(cs.strokeWidth) * kit.canvasScale(el, s.scale)
      const stroke = kit.colour(cs.stroke)
      const fill = kit.colour(cs.fill)
      const edge = el instanceof SVGLineElement || el instanceof SVGPolylineElement || (el instanceof SVGPathElement && !fill)
      const at = toClient(el, el.getPointAtLength(edge ? len / 2 : 0))
      marks.push({
        where: `图 ${i + 1} <${el.tagName}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/)[0]}` : ''}>`,
        edge,
        stroke: stroke && strokeWidth > 0 ? [stroke[0], stroke[1], stroke[2], stroke[3] * Number(cs.strokeOpacity) * k] : null,
        strokeWidth,
        dash: cs.strokeDasharray,
        fill: fill && !edge ? [fill[0], fill[1], fill[2], fill[3] * Number(cs.fillOpacity) * k] : null,
        bg: kit.backdrop(el, at),
      })
      if (edge && stroke && strokeWidth > 0)
        edges.push(el)
    }
    drawings.push(marks)

    // Label line boxes: each line of text, cut to its em box (ideographs fill it; the line box adds leading).
    const labels: { text: string, boxes: DOMRect[] }[] = []
    for (const el of [svg, ...svg.querySelectorAll('*')]) {
      const own = [...el.childNodes].filter(c => c.nodeType === Node.TEXT_NODE && c.textContent?.trim())
      if (!own.length || kit.inDefs(el) || !kit.seen(el))
        continue
      const em = Number.parseFloat(getComputedStyle(el).fontSize) * kit.canvasScale(el, s.scale) * s.scale
      const boxes: DOMRect[] = []
      for (const t of own) {
        range.selectNodeContents(t)
        for (const r of range.getClientRects()) {
          const cy = r.top + r.height / 2
          boxes.push(new DOMRect(r.left + 1, cy - 0.42 * em, Math.max(0, r.width - 2), 0.84 * em))
        }
      }
      labels.push({ text: own.map(t => t.textContent!.trim()).join(' ').slice(0, 30), boxes })
    }

    for (const edge of edges) {
      const er = edge.getBoundingClientRect()
      const near = labels.filter(l => l.boxes.some(b => b.right >= er.left && b.left <= er.right && b.bottom >= er.top && b.top <= er.bottom))
      if (!near.length)
        continue
      const m = edge.getScreenCTM()
      const step = 2 / (m ? Math.hypot(m.a, m.b) : 1)
      const len = edge.getTotalLength()
      const hit = new Set<string>()
      for (let d = 0; d <= len; d += step) {
        const p = toClient(edge, edge.getPointAtLength(d))
        for (const l of near) {
          if (hit.has(l.text) || !l.boxes.some(b => p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom))
            continue
          if (!kit.hiddenAt(edge, p)) {
            hit.add(l.text)
            crossings.push({ where: `图 ${i + 1} <${edge.tagName}>`, label: l.text })
          }
        }
      }
    }
  }
  return { drawings, crossings }
}
