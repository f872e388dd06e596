import type { OutlineNode } from './outline'

/**
 * Slide ↔ outline traceability. Every slide's frontmatter says which outline node(s) it presents:
 *
 *   outline: '2.1.3'            one node (quote it: unquoted 1.10 is the YAML number 1.1)
 *   outline: ['1.1', '1.2']     several nodes (or '1.1, 1.2')
 *   outline: none               cover, summary, closing, appendix
 *   outlineBack: 总结回顾        required when the slide returns to a node earlier than one already presented;
 *                                the value says why (summary, recap, comparison …). Not allowed anywhere else.
 */

/** Frontmatter key naming the outline node(s) a slide presents. */
export const OUTLINE_KEY = 'outline'
/** Frontmatter key giving the reason a slide goes back to earlier outline nodes. */
export const OUTLINE_BACK_KEY = 'outlineBack'

/** A slide as the check sees it. */
export interface SlideRef {
  /** 1-based slide number as shown in the deck */
  no: number
  /** The slide's frontmatter */
  frontmatter: Record<string, unknown>
}

/** What a slide's `outline:` value says. */
export type SlideOutline
  = | { kind: 'none' }
    | { kind: 'ids', ids: string[] }
    | { kind: 'missing' }
    | { kind: 'invalid', reason: string }

export type TraceIssueKind = 'missing' | 'invalid' | 'unknown-id' | 'uncovered' | 'order' | 'needless-back'

/** One traceability problem. */
export interface TraceIssue {
  kind: TraceIssueKind
  /** Slide number, when the problem is on a slide */
  slide?: number
  /** Outline id concerned, when there is one */
  id?: string
  /** One-line explanation with the fix */
  message: string
}

/** One row of the outline map: an outline node and the slides that present it. */
export interface OutlineMapRow extends OutlineNode {
  /** Slide numbers presenting this node, ascending; empty when uncovered */
  slides: number[]
}

const RE_ID = /^(?:0|[1-9]\d*)(?:\.[1-9]\d*)*$/

/** Read a slide's `outline:` frontmatter value. */
export function readSlideOutline(frontmatter: Record<string, unknown>): SlideOutline {
  const raw = frontmatter[OUTLINE_KEY]
  if (raw === undefined || raw === null || raw === '')
    return { kind: 'missing' }
  if (typeof raw === 'number')
    return { kind: 'invalid', reason: `outline: ${raw} is a YAML number; quote the id, e.g. outline: '${raw}'` }
  const parts = typeof raw === 'string' ? raw.split(/[\s,，]+/).filter(Boolean) : raw
  if (!Array.isArray(parts) || parts.length === 0)
    return { kind: 'invalid', reason: `outline: must be an id string, a list of ids or none (got ${JSON.stringify(raw)})` }
  if (parts.length === 1 && typeof parts[0] === 'string' && parts[0].toLowerCase() === 'none')
    return { kind: 'none' }
  const ids: string[] = []
  for (const p of parts) {
    if (typeof p !== 'string')
      return { kind: 'invalid', reason: `outline: list item ${JSON.stringify(p)} is not a quoted id` }
    if (p.toLowerCase() === 'none')
      return { kind: 'invalid', reason: 'outline: none cannot be combined with ids' }
    if (!RE_ID.test(p))
      return { kind: 'invalid', reason: `outline: "${p}" is not an outline id like '1', '1.2' or '2.1.3'` }
    if (!ids.includes(p))
      ids.push(p)
  }
  return { kind: 'ids', ids }
}

/**
 * Check slides against an outline: every slide names known ids or none, every node is presented,
 * and the deck never goes back in the outline unless the slide says why in `outlineBack:`.
 */
export function checkTraceability(slides: SlideRef[], outline: OutlineNode[]): TraceIssue[] {
  const issues: TraceIssue[] = []
  const position = new Map(outline.map((n, i) => [n.id, i]))
  const label = (id: string): string => `${id}“${outline[position.get(id)!]!.title}”`
  const covered = new Set<string>()
  let frontier = -1
  for (const { no, frontmatter } of slides) {
    const so = readSlideOutline(frontmatter)
    const back = frontmatter[OUTLINE_BACK_KEY]
    const hasBack = back !== undefined && back !== null
    if (hasBack && (typeof back !== 'string' || back.trim() === ''))
      issues.push({ kind: 'invalid', slide: no, message: `slide ${no}: ${OUTLINE_BACK_KEY} must be a non-empty reason, e.g. ${OUTLINE_BACK_KEY}: 总结回顾` })
    if (so.kind === 'missing') {
      issues.push({ kind: 'missing', slide: no, message: `slide ${no}: no ${OUTLINE_KEY}: frontmatter; name its outline id (outline: '1.2') or write outline: none` })
      continue
    }
    if (so.kind === 'invalid') {
      issues.push({ kind: 'invalid', slide: no, message: `slide ${no}: ${so.reason}` })
      continue
    }
    if (so.kind === 'none') {
      if (hasBack)
        issues.push({ kind: 'needless-back', slide: no, message: `slide ${no}: ${OUTLINE_BACK_KEY} is only for slides that name earlier outline ids; this one is outline: none` })
      continue
    }
    const known = so.ids.filter(id => position.has(id))
    for (const id of so.ids.filter(id => !position.has(id)))
      issues.push({ kind: 'unknown-id', slide: no, id, message: `slide ${no}: outline id '${id}' is not in the outline` })
    if (known.length === 0)
      continue
    known.forEach(id => covered.add(id))
    const earliest = known.reduce((a, b) => (position.get(a)! <= position.get(b)! ? a : b))
    const latest = Math.max(...known.map(id => position.get(id)!))
    const backward = position.get(earliest)! < frontier
    if (backward && !hasBack) {
      issues.push({
        kind: 'order',
        slide: no,
        id: earliest,
        message: `slide ${no}: goes back to ${label(earliest)} after ${label(outline[frontier]!.id)}; reorder, or say why with ${OUTLINE_BACK_KEY}: <reason>`,
      })
    }
    if (!backward && hasBack)
      issues.push({ kind: 'needless-back', slide: no, message: `slide ${no}: has ${OUTLINE_BACK_KEY} but does not go back in the outline; remove it` })
    frontier = Math.max(frontier, latest)
  }
  for (const n of outline) {
    if (!covered.has(n.id))
      issues.push({ kind: 'uncovered', id: n.id, message: `outline ${label(n.id)} is presented by no slide` })
  }
  return issues
}

/** Structural problems of an outline: duplicate or malformed ids, parents, levels and order. */
export function checkOutline(outline: OutlineNode[]): string[] {
  const problems: string[] = []
  const seen = new Map<string, OutlineNode>()
  let previous: OutlineNode | undefined
  for (const n of outline) {
    if (!RE_ID.test(n.id))
      problems.push(`'${n.id}': not an id like '1', '1.2', '2.1.3'`)
    if (seen.has(n.id))
      problems.push(`'${n.id}': duplicate id`)
    const parentId = n.id.includes('.') ? n.id.slice(0, n.id.lastIndexOf('.')) : null
    if (n.parent !== parentId)
      problems.push(`'${n.id}': parent should be ${parentId === null ? 'null' : `'${parentId}'`}, is ${JSON.stringify(n.parent)}`)
    else if (parentId !== null && !seen.has(parentId))
      problems.push(`'${n.id}': parent '${parentId}' must come before it`)
    const level = n.id.split('.').length
    if (n.level !== level)
      problems.push(`'${n.id}': level should be ${level}, is ${n.level}`)
    if (n.title.trim() === '')
      problems.push(`'${n.id}': empty title`)
    // Strictly after: an id equal to the previous one is a duplicate (reported above), not out of order.
    if (previous && compareIds(previous.id, n.id) > 0)
      problems.push(`'${n.id}': comes after '${previous.id}' but sorts before it`)
    seen.set(n.id, n)
    previous = n
  }
  return problems
}

/** Compare dotted ids numerically in document order ('1.2' < '1.10' < '2'). */
export function compareIds(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined)
      return -1
    if (pb[i] === undefined)
      return 1
    if (pa[i] !== pb[i])
      return pa[i]! - pb[i]!
  }
  return 0
}

/** The outline with, for each node, the slide numbers that present it (generated from the slides). */
export function buildOutlineMap(outline: OutlineNode[], slides: SlideRef[]): OutlineMapRow[] {
  const bySlide = new Map<string, number[]>()
  for (const { no, frontmatter } of slides) {
    const so = readSlideOutline(frontmatter)
    if (so.kind !== 'ids')
      continue
    for (const id of so.ids)
      bySlide.set(id, [...(bySlide.get(id) ?? []), no])
  }
  return outline.map(n => ({ ...n, slides: [...new Set(bySlide.get(n.id) ?? [])].sort((a, b) => a - b) }))
}
