/** An axis-aligned box in drawing units. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** A straight link of the drawing, in drawing units. */
export interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
}

/** A node whose label is to be placed beside it. */
export interface LabelTarget {
  id: string
  /** Node centre, drawing units. */
  x: number
  y: number
  /** Node radius, drawing units (> 0). */
  r: number
  text: string
}

/** Where a label goes: SVG `<text>` position and anchor, and the box its glyphs fill. */
export interface PlacedLabel {
  id: string
  /** Anchor point (x) and baseline (y) for the `<text>` element. */
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  box: Box
  /** Links that still run through the box (0 unless every side of the node is crossed). */
  crossings: number
}

export interface PlacementOptions {
  /** Font size, drawing units. */
  em: number
  /** Drawing size; a label may not leave it. */
  width: number
  height: number
  /** Space between a node's rim and its label, drawing units (default 3). */
  gap?: number
}

/** Advance of `text` at font size `em`: ideographs and full-width marks 1 em, other characters 0.6 em. */
export function textWidth(text: string, em: number): number {
  let w = 0
  for (const ch of text)
    w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? em : 0.6 * em
  return w
}

/** Whether segment `s` passes through box `b` (Liang–Barsky clipping). */
export function segmentCrossesBox(s: Segment, b: Box): boolean {
  const dx = s.x2 - s.x1
  const dy = s.y2 - s.y1
  let t0 = 0
  let t1 = 1
  const edges: [number, number][] = [[-dx, s.x1 - b.left], [dx, b.right - s.x1], [-dy, s.y1 - b.top], [dy, b.bottom - s.y1]]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0)
        return false
      continue
    }
    const t = q / p
    if (p < 0)
      t0 = Math.max(t0, t)
    else
      t1 = Math.min(t1, t)
    if (t0 > t1)
      return false
  }
  return true
}

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/** The candidate spots around a node, in order of preference: below, above, right, left, then the diagonals. */
function candidates(t: LabelTarget, w: number, em: number, gap: number): Omit<PlacedLabel, 'crossings'>[] {
  const ascent = 0.88 * em
  const descent = 0.12 * em
  const d = t.r + gap
  const diag = t.r * Math.SQRT1_2 + gap
  const at = (x: number, y: number, anchor: PlacedLabel['anchor']): Omit<PlacedLabel, 'crossings'> => {
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2
    return { id: t.id, x, y, anchor, box: { left, top: y - ascent, right: left + w, bottom: y + descent } }
  }
  return [
    at(t.x, t.y + d + ascent, 'middle'),
    at(t.x, t.y - d - descent, 'middle'),
    at(t.x + d, t.y + 0.38 * em, 'start'),
    at(t.x - d, t.y + 0.38 * em, 'end'),
    at(t.x + diag, t.y + diag + ascent, 'start'),
    at(t.x - diag, t.y + diag + ascent, 'end'),
    at(t.x + diag, t.y - diag - descent, 'start'),
    at(t.x - diag, t.y - diag - descent, 'end'),
  ]
}

/**
 * Place each node's label on the side where the fewest links run through it, clear of the other nodes,
 * the labels placed before it and the drawing's edge. Greedy, in the order given; ties go to the
 * earlier spot in {@link candidates}, so an uncrossed drawing keeps its labels below the nodes.
 */
export function placeLabels(targets: readonly LabelTarget[], segments: readonly Segment[], opts: PlacementOptions): PlacedLabel[] {
  const gap = opts.gap ?? 3
  const pad = 1
  const nodeBoxes = targets.map(t => ({ id: t.id, box: { left: t.x - t.r, top: t.y - t.r, right: t.x + t.r, bottom: t.y + t.r } }))
  const placed: PlacedLabel[] = []
  for (const t of targets) {
    let best: PlacedLabel | undefined
    let bestCost = Infinity
    for (const [rank, c] of candidates(t, textWidth(t.text, opts.em), opts.em, gap).entries()) {
      const b = { left: c.box.left - pad, top: c.box.top - pad, right: c.box.right + pad, bottom: c.box.bottom + pad }
      const crossings = segments.filter(s => segmentCrossesBox(s, b)).length
      const outside = b.left < 0 || b.top < 0 || b.right > opts.width || b.bottom > opts.height
      const onNodes = nodeBoxes.filter(n => n.id !== t.id && overlaps(n.box, b)).length
      const onLabels = placed.filter(p => overlaps(p.box, b)).length
      const cost = (outside ? 1000 : 0) + 100 * (onNodes + onLabels) + 10 * crossings + rank
      if (cost < bestCost) {
        bestCost = cost
        best = { ...c, crossings }
      }
    }
    placed.push(best!)
  }
  return placed
}
