import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arcArrow, curvePoints, findStage, layoutMoves, SMILE_PHASES, smileCurveState, smoothPath, STAGES } from './smileCurve'

describe('STAGES', () => {
  it('should list the eight stages in chain order', () => {
    expect(STAGES.map(s => s.label)).toEqual(['研发', '设计', '采购', '制造/组装', '物流', '营销', '品牌', '售后'])
  })

  it('should put the trough of the curve at manufacturing, with both ends higher than the middle', () => {
    const lowest = STAGES.reduce((a, b) => (b.value < a.value ? b : a))
    expect(lowest.id).toBe('manufacturing')
    expect(STAGES[0]!.value).toBeGreaterThan(0.5)
    expect(STAGES.at(-1)!.value).toBeGreaterThan(0.5)
  })

  it('should say honestly when the article does not discuss a stage', () => {
    const logistics = findStage('logistics')!
    expect(logistics.outline).toBeNull()
    expect(logistics.note).toContain('原文未展开')
    for (const s of STAGES.filter(s => s.outline !== null))
      expect(s.note).not.toContain('原文未展开')
  })
})

describe('smileCurveState', () => {
  it('should place the cluster at manufacturing without moves in the first phase', () => {
    const s = smileCurveState({ phase: 0 })
    expect(s.phase).toBe('position')
    expect(s.occupied).toEqual(['manufacturing'])
    expect(s.moves).toEqual([])
    expect(s.clusterLabel).toBe('集群（代工）')
    expect(s.selected.id).toBe('manufacturing')
    expect(s.issues).toEqual([])
  })

  it('should allow process/product upgrading and block both functional moves when captive', () => {
    const s = smileCurveState({ phase: 1 })
    expect(s.phase).toBe('captive')
    expect(s.moves.filter(m => m.allowed).map(m => m.kind)).toEqual(['process-product'])
    expect(s.moves.filter(m => !m.allowed).map(m => m.to)).toEqual(['design', 'brand'])
  })

  it('should open both ends after upgrading', () => {
    const s = smileCurveState({ phase: 2, selected: 'brand' })
    expect(s.phase).toBe('upgraded')
    expect(s.moves.every(m => m.allowed && m.kind === 'functional')).toBe(true)
    expect(s.occupied).toContain('rd')
    expect(s.occupied).toContain('brand')
    expect(s.clusterLabel).toBe('集群（向两端延伸）')
    expect(s.selected.label).toBe('品牌')
  })

  it('should clamp and report a bad phase', () => {
    const high = smileCurveState({ phase: 7 })
    expect(high.phaseIndex).toBe(SMILE_PHASES.length - 1)
    expect(high.issues).toEqual(['阶段参数7超出0～2，已改为2。'])
    const nan = smileCurveState({ phase: Number.NaN })
    expect(nan.phaseIndex).toBe(0)
    expect(nan.issues[0]).toContain('NaN')
  })

  it('should fall back to manufacturing for an unknown stage id and report it', () => {
    const s = smileCurveState({ phase: 0, selected: 'mining' })
    expect(s.selected.id).toBe('manufacturing')
    expect(s.issues).toEqual(['未知环节“mining”，已改选“制造/组装”。'])
  })

  it('should never throw and always return a known phase and stage', () => {
    fc.assert(fc.property(fc.double(), fc.string(), (phase, selected) => {
      const s = smileCurveState({ phase, selected })
      expect(SMILE_PHASES.map(p => p.id)).toContain(s.phase)
      expect(STAGES).toContain(s.selected)
    }))
  })
})

describe('curvePoints', () => {
  it('should centre each stage in its column with value 1 at the top', () => {
    expect(curvePoints([1, 0], 100, 50)).toEqual([{ x: 25, y: 0 }, { x: 75, y: 50 }])
    expect(curvePoints([0.5], 40, 30, 10)).toEqual([{ x: 20, y: 20 }])
  })

  it('should keep every point inside the box, even for NaN or out-of-range values', () => {
    fc.assert(fc.property(fc.array(fc.double(), { minLength: 1, maxLength: 12 }), (values) => {
      for (const p of curvePoints(values, 800, 200)) {
        expect(p.x).toBeGreaterThanOrEqual(0)
        expect(p.x).toBeLessThanOrEqual(800)
        expect(p.y).toBeGreaterThanOrEqual(0)
        expect(p.y).toBeLessThanOrEqual(200)
      }
    }))
  })
})

describe('smoothPath', () => {
  it('should join two points with one cubic whose handles sit a sixth of the way along', () => {
    expect(smoothPath([{ x: 0, y: 0 }, { x: 6, y: 6 }])).toBe('M0,0 C1,1 5,5 6,6')
  })

  it('should handle zero and one point', () => {
    expect(smoothPath([])).toBe('')
    expect(smoothPath([{ x: 3, y: 4 }])).toBe('M3,4')
  })

  it('should draw one segment per gap and no NaN', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 10 }), (values) => {
      const d = smoothPath(curvePoints(values, 500, 200))
      expect(d.match(/C/g)).toHaveLength(values.length - 1)
      expect(d).not.toContain('NaN')
    }))
  })
})

describe('arcArrow', () => {
  it('should arc through a control point above the ends and put the head on the end', () => {
    const a = arcArrow({ x: 0, y: 100 }, { x: 100, y: 100 }, 50, 10)
    expect(a.d).toBe('M0,100 Q50,50 100,100')
    // Tangent at the end points down-right at 45°: base 10 back along it, ±5 across.
    expect(a.head).toBe('100,100 89.39,96.46 96.46,89.39')
    expect(a.mid).toEqual({ x: 50, y: 75 })
  })

  it('should stay finite when both ends coincide', () => {
    const a = arcArrow({ x: 5, y: 5 }, { x: 5, y: 5 }, 0)
    expect(a.d).not.toContain('NaN')
    expect(a.head).not.toContain('NaN')
  })
})

describe('arcArrow (straight)', () => {
  it('should draw a straight arrow when lift is 0', () => {
    const a = arcArrow({ x: 0, y: 0 }, { x: 0, y: -40 }, 0, 10)
    expect(a.d).toBe('M0,0 Q0,-20 0,-40')
    expect(a.head).toBe('0,-40 5,-30 -5,-30')
    expect(a.mid).toEqual({ x: 0, y: -20 })
  })
})

describe('layoutMoves', () => {
  // One point per stage, 100 apart, all at y = 200.
  const points = STAGES.map((_, i) => ({ x: i * 100, y: 200 }))

  it('should raise an in-place upgrade 14 to 78 units above its stage', () => {
    const [m] = layoutMoves([{ kind: 'process-product', from: 'manufacturing', to: 'manufacturing', allowed: true, caption: '' }], points)
    expect(m!.d).toBe('M300,186 Q300,154 300,122')
  })

  it('should arc a functional move from beside the stage to just above the target', () => {
    const [left] = layoutMoves([{ kind: 'functional', from: 'manufacturing', to: 'design', allowed: false, caption: '' }], points)
    // From (300−14, 186) to (100, 184); control 30 above the higher end, halfway across.
    expect(left!.d).toBe('M286,186 Q193,154 100,184')
    expect(left!.allowed).toBe(false)
  })

  it('should start functional moves from the tip of an in-place upgrade', () => {
    const shapes = layoutMoves([
      { kind: 'process-product', from: 'manufacturing', to: 'manufacturing', allowed: true, caption: '' },
      { kind: 'functional', from: 'manufacturing', to: 'brand', allowed: false, caption: '' },
    ], points)
    // From (300+14, 200−78) to (600, 184); control 30 above the higher end (122).
    expect(shapes[1]!.d).toBe('M314,122 Q457,92 600,184')
  })

  it('should skip moves whose stages have no point', () => {
    expect(layoutMoves([{ kind: 'functional', from: 'manufacturing', to: 'brand', allowed: true, caption: '' }], points.slice(0, 3))).toEqual([])
  })
})
