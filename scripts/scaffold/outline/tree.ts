/**
 * Phase 3 of reading an article: the outline tree. Part and section headings open nodes of rank 1 and 2;
 * point markers (1. / 第一 / 首先 … / (1) / ①) open numbered series below the current node, at the paragraph
 * start or inline, and a series continues only with its next number. Numbering gaps become warnings.
 */
import type { Heading, Marker } from './markers'
import { headingAndBody, headingOf, inlineMarkers, paragraphStartMarker } from './markers'

/** A node while the tree is being built. */
export interface Draft {
  rank: number
  marker: string
  heading: string
  body: string[]
  children: Draft[]
  parent: Draft | null
}

/** An open series of point markers (第一, 第二 …) and the rank its points take. */
interface Series { kind: Marker['kind'], last: number, rank: number }

/** The outline tree of an article, and the paragraphs that come before its first heading or point. */
export interface OutlineTree {
  root: Draft
  preamble: string[]
}

class TreeBuilder {
  readonly root: Draft = { rank: 0, marker: '', heading: '', body: [], children: [], parent: null }
  readonly preamble: string[] = []
  private current: Draft = this.root
  private series: Series[] = []
  /** The last heading of each rank under each node, for the numbering check. */
  private readonly lastHeading = new Map<Draft, Map<number, Heading>>()

  constructor(private readonly warnings: string[]) {}

  /** Where a node of `rank` goes: the current node, or the nearest node above it that ranks higher. */
  private parentFor(rank: number): Draft {
    let parent = this.current
    while (parent !== this.root && parent.rank >= rank)
      parent = parent.parent!
    return parent
  }

  private add(rank: number, marker: string, heading: string, body: string): void {
    const parent = this.parentFor(rank)
    const node: Draft = { rank, marker, heading: heading.trim(), body: body ? [body] : [], children: [], parent }
    parent.children.push(node)
    this.current = node
  }

  private appendBody(text: string): void {
    const s = text.trim()
    if (s)
      (this.current === this.root ? this.preamble : this.current.body).push(s)
  }

  /** A part or section heading: check its number against the previous one of its rank, then open it. */
  heading(h: Heading): void {
    const parent = this.parentFor(h.rank)
    const seen = this.lastHeading.get(parent) ?? new Map<number, Heading>()
    const prev = seen.get(h.rank)
    if (h.n !== (prev ? prev.n + 1 : 1))
      this.warnings.push(prev ? `编号不连续：“${h.marker}”前面是“${prev.marker}”` : `编号不从一开始：第一个是“${h.marker}”`)
    seen.set(h.rank, h)
    this.lastHeading.set(parent, seen)
    const { heading, body } = headingAndBody(h.rest, false)
    if (!heading)
      this.warnings.push(`“${h.marker}”没有标题文字`)
    this.add(h.rank, h.marker, heading, body)
    this.series = []
  }

  /** The markers of a paragraph that open or continue a series, with the rank of each point. */
  private acceptMarkers(candidates: readonly Marker[]): { m: Marker, rank: number }[] {
    const accepted: { m: Marker, rank: number }[] = []
    const local = new Set<Series>()
    candidates.forEach((m, ci) => {
      const open = [...this.series].reverse().find(s => s.kind === m.kind)
      const continues = open !== undefined && m.n > 1 && (m.kind === 'sequence' || m.n > open.last)
      if (continues && (m.at === 0 || local.has(open))) {
        if (m.kind !== 'sequence' && m.n !== open.last + 1)
          this.warnings.push(`编号不连续：“${m.text}”跟在第${open.last}点后面`)
        this.series = this.series.slice(0, this.series.indexOf(open) + 1)
        open.last = m.n
        local.add(open)
        accepted.push({ m, rank: open.rank })
        return
      }
      const hasFollower = candidates.slice(ci + 1).some(o => o.kind === m.kind && o.n === 2)
      const isStart = m.n === 1 && (m.at === 0 || hasFollower)
      const orphan = m.at === 0 && m.n > 1 && m.kind !== 'sequence' && !open
      if (!isStart && !orphan)
        return
      if (orphan)
        this.warnings.push(`编号不从第一开始：“${m.text}”前面没有第一点`)
      const base = accepted.at(-1)?.rank ?? this.current.rank
      const s: Series = { kind: m.kind, last: m.n, rank: Math.max(m.kind === 'paren' || m.kind === 'circled' ? 4 : 3, base + 1) }
      // A series that opens a paragraph nests under the current node: drop series at or below it.
      if (accepted.length === 0)
        this.series = this.series.filter(x => x.rank < s.rank)
      this.series.push(s)
      local.add(s)
      accepted.push({ m, rank: s.rank })
    })
    return accepted
  }

  /** A body paragraph: points where its markers say, the rest as body text of the current node. */
  paragraph(p: string): void {
    const candidates = [paragraphStartMarker(p), ...inlineMarkers(p)].filter((m): m is Marker => m !== null)
    const accepted = this.acceptMarkers(candidates)
    if (accepted.length === 0) {
      this.appendBody(p)
      return
    }
    this.appendBody(p.slice(0, accepted[0]!.m.at))
    accepted.forEach(({ m, rank }, k) => {
      const segment = p.slice(m.end, accepted[k + 1]?.m.at ?? p.length).trim()
      const { heading, body } = headingAndBody(segment, true)
      this.add(rank, m.text, heading, body)
    })
  }
}

/** Phase 3: build the outline tree of the body paragraphs, pushing numbering problems onto `warnings`. */
export function buildTree(paragraphs: readonly string[], warnings: string[]): OutlineTree {
  const builder = new TreeBuilder(warnings)
  for (const p of paragraphs) {
    const h = headingOf(p)
    if (h)
      builder.heading(h)
    else
      builder.paragraph(p)
  }
  return { root: builder.root, preamble: builder.preamble }
}
