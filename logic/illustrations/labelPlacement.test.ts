import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CLUSTER_MEASURES, CLUSTER_NODES, TODAY_LINKS } from './clusterNetworkData'
import { placeLabels, segmentCrossesBox, textWidth } from './labelPlacement'

const OPTS = { em: 15, width: 520, height: 390 }

describe('textWidth', () => {
  it('should give ideographs and full-width marks 1 em and other characters 0.6 em', () => {
    expect(textWidth('龙头企业', 15)).toBe(60)
    expect(textWidth('中小企业A', 10)).toBe(46)
    expect(textWidth('服务平台·协会', 10)).toBeCloseTo(66)
  })
})

describe('segmentCrossesBox', () => {
  const box = { left: 10, top: 10, right: 20, bottom: 20 }
  it('should see a segment through, into or along a box, and not one beside it', () => {
    expect(segmentCrossesBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true)
    expect(segmentCrossesBox({ x1: 15, y1: 15, x2: 15, y2: 100 }, box)).toBe(true)
    expect(segmentCrossesBox({ x1: 0, y1: 0, x2: 30, y2: 30 }, box)).toBe(true)
    expect(segmentCrossesBox({ x1: 0, y1: 25, x2: 30, y2: 25 }, box)).toBe(false)
    expect(segmentCrossesBox({ x1: 0, y1: 0, x2: 9, y2: 100 }, box)).toBe(false)
    expect(segmentCrossesBox({ x1: 21, y1: 0, x2: 40, y2: 5 }, box)).toBe(false)
  })
})

describe('placeLabels', () => {
  it('should put a label below its node when nothing is in the way', () => {
    const [p] = placeLabels([{ id: 'a', x: 100, y: 100, r: 10, text: '高校' }], [], OPTS)
    expect(p).toMatchObject({ anchor: 'middle', x: 100, crossings: 0 })
    expect(p!.box.top).toBeGreaterThan(110)
  })

  it('should move a label off a link that runs through the spot below its node', () => {
    const [p] = placeLabels([{ id: 'a', x: 100, y: 100, r: 10, text: '高校' }], [{ x1: 100, y1: 100, x2: 100, y2: 300 }], OPTS)
    expect(p!.crossings).toBe(0)
    expect(p!.box.bottom <= 100 || p!.box.left >= 100 || p!.box.right <= 100).toBe(true)
  })

  it('should move the cluster drawing\'s labels off its links: none crossed today, at most half as many as below the nodes when dense', () => {
    const byId = new Map(CLUSTER_NODES.map(n => [n.id, n]))
    for (let step = 0; step <= CLUSTER_MEASURES.length; step++) {
      // Only the actors present at this step: one a measure brings in (introducedBy) appears with that measure.
      const active = CLUSTER_MEASURES.slice(0, step).map(m => m.id)
      const present = new Set(CLUSTER_NODES.filter(n => n.introducedBy === undefined || active.includes(n.introducedBy)).map(n => n.id))
      const links = [...TODAY_LINKS, ...CLUSTER_MEASURES.slice(0, step).flatMap(m => m.links)]
        .filter(l => present.has(l.source) && present.has(l.target))
        .map(l => ({ x1: byId.get(l.source)!.x, y1: byId.get(l.source)!.y, x2: byId.get(l.target)!.x, y2: byId.get(l.target)!.y }))
      const targets = CLUSTER_NODES.filter(n => present.has(n.id)).map(n => ({ id: n.id, x: n.x, y: n.y, r: 14, text: n.label }))
      const placed = placeLabels(targets, links, OPTS)
      const below = targets.map((t) => {
        const w = textWidth(t.text, OPTS.em)
        const box = { left: t.x - w / 2, right: t.x + w / 2, top: t.y + t.r + 3, bottom: t.y + t.r + 3 + OPTS.em }
        return links.filter(s => segmentCrossesBox(s, box)).length
      })
      const crossed = placed.reduce((sum, p) => sum + p.crossings, 0)
      const naive = below.reduce((sum, n) => sum + n, 0)
      // Today's sparse drawing has no crossed label; once 合作竞争 links up- and downstream firms too (step 1 on),
      // the placement must at least halve what labels under the nodes would suffer (the plates hide the rest).
      expect(crossed, `step ${step}`).toBeLessThanOrEqual(step === 0 ? 0 : naive / 2)
      for (const [i, a] of placed.entries()) {
        expect(a.box.left >= 0 && a.box.right <= OPTS.width && a.box.top >= 0 && a.box.bottom <= OPTS.height, a.id).toBe(true)
        for (const b of placed.slice(i + 1))
          expect(a.box.right <= b.box.left || b.box.right <= a.box.left || a.box.bottom <= b.box.top || b.box.bottom <= a.box.top, `${a.id} / ${b.id}`).toBe(true)
      }
    }
  })

  it('should return one label per node, each touching the space around its own node', () => {
    fc.assert(fc.property(
      fc.array(fc.record({ x: fc.integer({ min: 40, max: 480 }), y: fc.integer({ min: 40, max: 350 }) }), { minLength: 1, maxLength: 8 }),
      (points) => {
        const targets = points.map((p, i) => ({ id: `n${i}`, ...p, r: 10, text: '节点' }))
        const placed = placeLabels(targets, [], OPTS)
        expect(placed.map(p => p.id)).toEqual(targets.map(t => t.id))
        for (const [i, p] of placed.entries()) {
          const t = targets[i]!
          const dx = Math.max(p.box.left - t.x, 0, t.x - p.box.right)
          const dy = Math.max(p.box.top - t.y, 0, t.y - p.box.bottom)
          expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(t.r + 5)
        }
      },
    ))
  })
})
