/** Kinds of actor in (or, for the buyer, outside) the cluster. */
export type ActorKind = 'leader' | 'firm' | 'supplier' | 'university' | 'institute' | 'intermediary' | 'finance' | 'association' | 'platform' | 'buyer'

export interface NetworkNode {
  /** Unique id. */
  id: string
  /** Short Chinese label drawn next to the node. */
  label: string
  kind: ActorKind
  /** True for actors inside the cluster; false for outside actors such as the international buyer. */
  local: boolean
  /** Position in the drawing, SVG user units (the component's viewBox is 0–520 × 0–390). */
  x: number
  y: number
  /**
   * Id of the measure that brings this actor into the cluster (a supplier attracted by 招商引资, a platform the
   * government develops); the actor is absent, undrawn and uncounted until that measure is on. None: present today.
   */
  introducedBy?: string
}

/** An undirected link between two node ids. */
export interface NetworkLink {
  source: string
  target: string
}

/** One of the article's measures and the links it creates. */
export interface Measure {
  /** Unique id. */
  id: string
  /** Short Chinese label for the toggle. */
  label: string
  /** Article outline node(s) the measure comes from. */
  outline: string
  links: readonly NetworkLink[]
}

export interface NetworkParams {
  nodes: readonly NetworkNode[]
  /** Links that exist before any measure ("today"). */
  baseLinks: readonly NetworkLink[]
  measures: readonly Measure[]
  /** Ids of the measures switched on; unknown ids are ignored and reported. */
  active: readonly string[]
}

/** A link after validation, with where it came from. */
export interface ResolvedLink extends NetworkLink {
  /** 'base' for today's links, else the id of the first active measure that creates it. */
  origin: string
  /** True when both ends are local actors. */
  internal: boolean
}

export interface NetworkMetrics {
  /** Number of local actors, integer ≥ 0. */
  localNodes: number
  /** Links between two local actors, integer ≥ 0. */
  internalLinks: number
  /** Links between a local and an outside actor, integer ≥ 0. */
  externalLinks: number
  /** Internal links ÷ possible local pairs, 0–1 (0 with fewer than two local actors). */
  density: number
  /** Mean number of local partners per local actor, 0 – (localNodes − 1). */
  averageDegree: number
  /** Local actors with no link to another local actor, integer 0 – localNodes. */
  isolated: number
  /** Internal ÷ (internal + external) links, 0–1; null when there are no links. */
  internalShare: number | null
  /** Share of local actor pairs connected by some local path, 0–1 (0 with fewer than two local actors). */
  reachableShare: number
}

export interface NetworkResult {
  /** Actors present with the active measures (those introduced by an inactive measure are left out), in input order. */
  nodes: NetworkNode[]
  links: ResolvedLink[]
  metrics: NetworkMetrics
  /** Chinese messages for unusable input; empty when the input was fine. */
  issues: string[]
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`)

/**
 * Validate and merge today's links with those of the active measures (duplicates kept once). Actors introduced by
 * an inactive measure are absent, and links to them wait silently until it is on.
 */
export function buildNetwork(params: NetworkParams): NetworkResult {
  const issues: string[] = []
  const nodes = new Map<string, NetworkNode>()
  for (const node of params.nodes) {
    if (nodes.has(node.id))
      issues.push(`重复的主体 id“${node.id}”，只保留第一个。`)
    else
      nodes.set(node.id, node)
  }
  if (nodes.size === 0)
    issues.push('网络没有任何主体，无法计算指标。')

  const measures = new Map(params.measures.map(m => [m.id, m]))
  const activeIds: string[] = []
  for (const id of params.active) {
    if (!measures.has(id))
      issues.push(`未知措施“${id}”，已忽略。`)
    else if (!activeIds.includes(id))
      activeIds.push(id)
  }

  const present = new Map<string, NetworkNode>()
  for (const node of nodes.values()) {
    const by = node.introducedBy
    if (by !== undefined && !measures.has(by))
      issues.push(`主体“${node.id}”的引入措施“${by}”不存在，已按现有主体处理。`)
    if (by === undefined || !measures.has(by) || activeIds.includes(by))
      present.set(node.id, node)
  }

  const links = new Map<string, ResolvedLink>()
  const add = (link: NetworkLink, origin: string) => {
    const a = nodes.get(link.source)
    const b = nodes.get(link.target)
    if (!a || !b) {
      issues.push(`连接${link.source}—${link.target}指向未知主体，已忽略。`)
      return
    }
    if (a.id === b.id) {
      issues.push(`连接${a.id}—${b.id}是自环，已忽略。`)
      return
    }
    if (!present.has(a.id) || !present.has(b.id))
      return
    const key = pairKey(a.id, b.id)
    if (!links.has(key))
      links.set(key, { source: a.id, target: b.id, origin, internal: a.local && b.local })
  }
  params.baseLinks.forEach(l => add(l, 'base'))
  for (const id of activeIds)
    measures.get(id)!.links.forEach(l => add(l, id))

  const resolved = [...links.values()]
  const shown = [...present.values()]
  return { nodes: shown, links: resolved, metrics: networkMetrics(shown, resolved), issues }
}

/** Figures for a network. Links are assumed valid and unique (as {@link buildNetwork} returns them). */
export function networkMetrics(nodes: readonly NetworkNode[], links: readonly NetworkLink[]): NetworkMetrics {
  const local = new Set(nodes.filter(n => n.local).map(n => n.id))
  const known = new Set(nodes.map(n => n.id))
  const n = local.size
  const adjacency = new Map<string, string[]>([...local].map(id => [id, []]))
  let internalLinks = 0
  let externalLinks = 0
  for (const { source, target } of links) {
    if (!known.has(source) || !known.has(target) || source === target)
      continue
    if (local.has(source) && local.has(target)) {
      internalLinks++
      adjacency.get(source)!.push(target)
      adjacency.get(target)!.push(source)
    }
    else if (local.has(source) || local.has(target)) {
      externalLinks++
    }
  }
  const pairs = (n * (n - 1)) / 2
  const density = pairs > 0 ? Math.min(1, internalLinks / pairs) : 0
  const averageDegree = n > 0 ? (2 * internalLinks) / n : 0
  const isolated = [...adjacency.values()].filter(list => list.length === 0).length
  const total = internalLinks + externalLinks
  const internalShare = total > 0 ? internalLinks / total : null

  // Breadth-first search from every local actor over local links: how many others it can reach.
  let reachablePairs = 0
  for (const start of local) {
    const queue = [start]
    const seen = new Set(queue)
    for (let head = 0; head < queue.length; head++) {
      for (const next of adjacency.get(queue[head]!)!) {
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
    reachablePairs += seen.size - 1
  }
  // Each unordered pair was counted from both ends.
  const reachableShare = pairs > 0 ? reachablePairs / 2 / pairs : 0
  return { localNodes: n, internalLinks, externalLinks, density, averageDegree, isolated, internalShare, reachableShare }
}

/** A figure ready to show: Chinese label, formatted value, and the raw number (null when undefined). */
export interface MetricRow {
  key: 'density' | 'averageDegree' | 'isolated' | 'internalShare'
  label: string
  value: string
  raw: number | null
}

/** The four figures the slide shows, formatted for Chinese readers. */
export function metricRows(m: NetworkMetrics): MetricRow[] {
  const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`)
  return [
    { key: 'density', label: '本地网络密度', value: m.density.toFixed(3), raw: m.density },
    { key: 'averageDegree', label: '平均本地联系数', value: m.averageDegree.toFixed(2), raw: m.averageDegree },
    { key: 'isolated', label: '孤立主体', value: `${m.isolated}/${m.localNodes}`, raw: m.isolated },
    { key: 'internalShare', label: '本地联系占比', value: pct(m.internalShare), raw: m.internalShare },
  ]
}
