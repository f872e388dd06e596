import type { NetworkLink, NetworkNode } from './clusterNetwork'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildNetwork, metricRows, networkMetrics } from './clusterNetwork'
import { CLUSTER_MEASURES, CLUSTER_NODES, TODAY_LINKS } from './clusterNetworkData'

const node = (id: string, local = true, introducedBy?: string): NetworkNode => ({ id, label: id, kind: local ? 'firm' : 'buyer', local, x: 0, y: 0, introducedBy })
const link = (source: string, target: string): NetworkLink => ({ source, target })

describe('networkMetrics', () => {
  it('should compute the figures of a small path with an outside partner', () => {
    // a—b—c inside, a—x to the outside: 2 of 3 local pairs linked.
    const m = networkMetrics([node('a'), node('b'), node('c'), node('x', false)], [link('a', 'b'), link('b', 'c'), link('a', 'x')])
    expect(m.localNodes).toBe(3)
    expect(m.internalLinks).toBe(2)
    expect(m.externalLinks).toBe(1)
    expect(m.density).toBeCloseTo(2 / 3)
    expect(m.averageDegree).toBeCloseTo(4 / 3)
    expect(m.isolated).toBe(0)
    expect(m.internalShare).toBeCloseTo(2 / 3)
    expect(m.reachableShare).toBe(1)
  })

  it('should count isolated actors and the share of pairs that can reach each other', () => {
    const m = networkMetrics([node('a'), node('b'), node('c'), node('d')], [link('a', 'b'), link('b', 'c')])
    expect(m.density).toBeCloseTo(2 / 6)
    expect(m.averageDegree).toBe(1)
    expect(m.isolated).toBe(1)
    expect(m.reachableShare).toBeCloseTo(3 / 6)
  })

  it('should give zeros and nulls for an empty network', () => {
    expect(networkMetrics([], [])).toEqual({
      localNodes: 0,
      internalLinks: 0,
      externalLinks: 0,
      density: 0,
      averageDegree: 0,
      isolated: 0,
      internalShare: null,
      reachableShare: 0,
    })
  })
})

describe('buildNetwork', () => {
  const nodes = [node('a'), node('b'), node('c'), node('x', false)]
  const measures = [{ id: 'm', label: 'm', outline: '2.1.1', links: [link('b', 'a'), link('b', 'c')] }]

  it('should merge active measures and keep each pair once, remembering where it came from', () => {
    const r = buildNetwork({ nodes, baseLinks: [link('a', 'b'), link('a', 'x')], measures, active: ['m'] })
    expect(r.links.map(l => [l.source, l.target, l.origin, l.internal])).toEqual([
      ['a', 'b', 'base', true],
      ['a', 'x', 'base', false],
      ['b', 'c', 'm', true],
    ])
    expect(r.issues).toEqual([])
  })

  it('should drop and report unknown ids, self-loops, unknown measures and duplicate nodes', () => {
    const r = buildNetwork({
      nodes: [...nodes, node('a')],
      baseLinks: [link('a', 'ghost'), link('c', 'c')],
      measures,
      active: ['nope'],
    })
    expect(r.links).toEqual([])
    expect(r.issues).toEqual([
      '重复的主体 id“a”，只保留第一个。',
      '未知措施“nope”，已忽略。',
      '连接a—ghost指向未知主体，已忽略。',
      '连接c—c是自环，已忽略。',
    ])
  })

  it('should leave out an actor until the measure that introduces it is on, and its links with it', () => {
    const withNewcomer = [...nodes, node('n', true, 'm')]
    const newcomer = [{ id: 'm', label: 'm', outline: '2.1.2', links: [link('n', 'a'), link('n', 'b')] }]
    const off = buildNetwork({ nodes: withNewcomer, baseLinks: [link('a', 'b')], measures: newcomer, active: [] })
    expect(off.nodes.map(n => n.id)).toEqual(['a', 'b', 'c', 'x'])
    expect(off.links.map(l => `${l.source}-${l.target}`)).toEqual(['a-b'])
    expect(off.metrics.localNodes).toBe(3)
    expect(off.issues).toEqual([])
    const on = buildNetwork({ nodes: withNewcomer, baseLinks: [link('a', 'b')], measures: newcomer, active: ['m'] })
    expect(on.nodes.map(n => n.id)).toEqual(['a', 'b', 'c', 'x', 'n'])
    expect(on.links.map(l => `${l.source}-${l.target}`)).toEqual(['a-b', 'n-a', 'n-b'])
    expect(on.metrics.localNodes).toBe(4)
  })

  it('should keep an actor whose introducing measure does not exist, and say so', () => {
    const r = buildNetwork({ nodes: [node('a'), node('n', true, 'ghost')], baseLinks: [link('a', 'n')], measures: [], active: [] })
    expect(r.nodes.map(n => n.id)).toEqual(['a', 'n'])
    expect(r.links).toHaveLength(1)
    expect(r.issues).toEqual(['主体“n”的引入措施“ghost”不存在，已按现有主体处理。'])
  })

  it('should report an empty node list without throwing', () => {
    const r = buildNetwork({ nodes: [], baseLinks: [link('a', 'b')], measures: [], active: [] })
    expect(r.metrics.density).toBe(0)
    expect(r.issues[0]).toBe('网络没有任何主体，无法计算指标。')
  })
})

describe('cluster data', () => {
  const all = CLUSTER_MEASURES.map(m => m.id)

  it('should show today\'s cluster as the article describes it: tied to the buyer, hardly to each other', () => {
    const { nodes, metrics, issues } = buildNetwork({ nodes: CLUSTER_NODES, baseLinks: TODAY_LINKS, measures: CLUSTER_MEASURES, active: [] })
    expect(issues).toEqual([])
    // The attracted supplier, the platform and the association are not there yet: 10 local actors, 45 pairs.
    expect(nodes.map(n => n.id)).not.toContain('supplier2')
    expect(metrics.localNodes).toBe(10)
    expect(metrics.internalLinks).toBe(1)
    expect(metrics.externalLinks).toBe(5)
    expect(metrics.density).toBeCloseTo(1 / 45)
    expect(metrics.averageDegree).toBeCloseTo(2 / 10)
    expect(metrics.isolated).toBe(8)
    expect(metrics.internalShare).toBeCloseTo(1 / 6)
  })

  it('should bring in a new supplier with 配套本地化, not only link the one already there', () => {
    const before = buildNetwork({ nodes: CLUSTER_NODES, baseLinks: TODAY_LINKS, measures: CLUSTER_MEASURES, active: ['coopetition'] })
    const after = buildNetwork({ nodes: CLUSTER_NODES, baseLinks: TODAY_LINKS, measures: CLUSTER_MEASURES, active: ['coopetition', 'localSupply'] })
    const suppliers = (r: typeof before) => r.nodes.filter(n => n.kind === 'supplier').map(n => n.id)
    expect(suppliers(before)).toEqual(['supplier1'])
    expect(suppliers(after)).toEqual(['supplier1', 'supplier2'])
    expect(after.links.filter(l => l.origin === 'localSupply').every(l => l.source === 'supplier2' || l.target === 'supplier2')).toBe(true)
  })

  it('should let 合作竞争 link firms up and down the chain as well as peers', () => {
    const m = CLUSTER_MEASURES.find(x => x.id === 'coopetition')!
    const kinds = m.links.map(l => [l.source, l.target].map(id => CLUSTER_NODES.find(n => n.id === id)!.kind).sort().join('+'))
    expect(kinds).toContain('firm+firm')
    expect(kinds.some(k => k.includes('supplier'))).toBe(true)
  })

  it('should connect every actor once all measures are on (35 local links among 13 actors, counted by hand)', () => {
    const { metrics, issues } = buildNetwork({ nodes: CLUSTER_NODES, baseLinks: TODAY_LINKS, measures: CLUSTER_MEASURES, active: all })
    expect(issues).toEqual([])
    expect(metrics.localNodes).toBe(13)
    expect(metrics.internalLinks).toBe(35)
    expect(metrics.density).toBeCloseTo(35 / 78)
    expect(metrics.isolated).toBe(0)
    expect(metrics.internalShare).toBeCloseTo(35 / 40)
    expect(metrics.reachableShare).toBe(1)
  })

  it('should raise density with every measure switched on in order', () => {
    const densities = all.map((_, k) => buildNetwork({ nodes: CLUSTER_NODES, baseLinks: TODAY_LINKS, measures: CLUSTER_MEASURES, active: all.slice(0, k + 1) }).metrics.density)
    for (let k = 1; k < densities.length; k++)
      expect(densities[k]).toBeGreaterThan(densities[k - 1]!)
  })

  // Density can dip when a measure brings in new actors (the number of pairs grows), so the invariant is
  // stated for what a measure only ever adds: local links, linked actors and the local share of all links.
  it('should never lose local links, raise isolation or lower the local share when more measures are on', () => {
    fc.assert(fc.property(fc.subarray(all), fc.subarray(all), (a, b) => {
      const build = (active: string[]) => buildNetwork({ nodes: CLUSTER_NODES, baseLinks: TODAY_LINKS, measures: CLUSTER_MEASURES, active }).metrics
      const small = build(a)
      const big = build([...new Set([...a, ...b])])
      expect(big.internalLinks).toBeGreaterThanOrEqual(small.internalLinks)
      expect(big.isolated).toBeLessThanOrEqual(small.isolated)
      expect(big.internalShare!).toBeGreaterThanOrEqual(small.internalShare!)
    }))
  })
})

describe('network invariants', () => {
  const graph = fc.integer({ min: 0, max: 9 }).chain(n => fc.record({
    n: fc.constant(n),
    outside: fc.integer({ min: 0, max: 2 }),
    pairs: fc.array(fc.tuple(fc.nat(n + 1), fc.nat(n + 1)), { maxLength: 30 }),
    extra: fc.tuple(fc.nat(n + 1), fc.nat(n + 1)),
  }))
  const make = ({ n, outside, pairs }: { n: number, outside: number, pairs: [number, number][] }) => {
    const nodes = [...Array.from({ length: n }, (_, i) => node(`n${i}`)), ...Array.from({ length: outside }, (_, i) => node(`o${i}`, false))]
    const ids = nodes.map(x => x.id)
    const links = pairs.filter(([a, b]) => ids[a] && ids[b]).map(([a, b]) => link(ids[a]!, ids[b]!))
    return { nodes, links }
  }

  it('should keep every figure finite and in range', () => {
    fc.assert(fc.property(graph, (g) => {
      const { nodes, links } = make(g)
      const m = buildNetwork({ nodes, baseLinks: links, measures: [], active: [] }).metrics
      expect(m.density).toBeGreaterThanOrEqual(0)
      expect(m.density).toBeLessThanOrEqual(1)
      expect(m.averageDegree).toBeCloseTo(m.density * Math.max(0, m.localNodes - 1))
      expect(m.isolated).toBeLessThanOrEqual(m.localNodes)
      if (m.internalShare !== null)
        expect(m.internalShare).toBeGreaterThanOrEqual(0)
      expect(m.reachableShare).toBeLessThanOrEqual(1)
    }))
  })

  it('should never lower density or raise isolation when a link is added', () => {
    fc.assert(fc.property(graph, (g) => {
      const before = make(g)
      const after = make({ ...g, pairs: [...g.pairs, g.extra] })
      const m0 = buildNetwork({ nodes: before.nodes, baseLinks: before.links, measures: [], active: [] }).metrics
      const m1 = buildNetwork({ nodes: after.nodes, baseLinks: after.links, measures: [], active: [] }).metrics
      expect(m1.density).toBeGreaterThanOrEqual(m0.density)
      expect(m1.isolated).toBeLessThanOrEqual(m0.isolated)
      expect(m1.reachableShare).toBeGreaterThanOrEqual(m0.reachableShare)
    }))
  })
})

describe('metricRows', () => {
  it('should format the four figures', () => {
    const m = networkMetrics([node('a'), node('b'), node('c'), node('x', false)], [link('a', 'b'), link('b', 'c'), link('a', 'x')])
    expect(metricRows(m).map(r => [r.label, r.value])).toEqual([
      ['本地网络密度', '0.667'],
      ['平均本地联系数', '1.33'],
      ['孤立主体', '0/3'],
      ['本地联系占比', '67%'],
    ])
  })

  it('should show a dash for undefined figures', () => {
    const rows = metricRows(networkMetrics([node('a')], []))
    expect(rows.find(r => r.key === 'internalShare')!.value).toBe('—')
  })
})
