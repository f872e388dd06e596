import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IMITATION_PRESETS, imitationLag, innovationCurve, moveSlider, presetSettings, resolveImitationParams, simulateImitation } from './imitation'

describe('imitationLag', () => {
  it('should grow with protection: round(p × maxLag)', () => {
    expect(imitationLag(0, 8)).toBe(0)
    expect(imitationLag(0.5, 8)).toBe(4)
    expect(imitationLag(0.9, 8)).toBe(7)
    expect(imitationLag(1, 8)).toBe(8)
  })
})

describe('simulateImitation', () => {
  it('should compute the expected return of a product: alone until the lag, then split', () => {
    // Life 8: with no protection and 8 imitators the leader keeps 1/9 of 8 periods.
    expect(simulateImitation({ ipProtection: 0, imitators: 8 }).expectedReturn).toBeCloseTo(8 / 9)
    expect(simulateImitation({ ipProtection: 0.5, imitators: 8 }).expectedReturn).toBeCloseTo(4 + 4 / 9)
    expect(simulateImitation({ ipProtection: 1, imitators: 8 }).expectedReturn).toBe(8)
    expect(simulateImitation({ ipProtection: 0, imitators: 0 }).expectedReturn).toBe(8)
  })

  it('should match a three-period run worked out by hand', () => {
    // Costs 2·frac(kφ⁻¹): 1.23607, 0.47214, 1.70820; lag 1, life 2, 1 imitator → return 1 + 1/2 = 1.5.
    const r = simulateImitation({ ipProtection: 0.5, imitators: 1, periods: 3, productLife: 2, maxLag: 2, minCost: 0, maxCost: 2 })
    expect(r.lag).toBe(1)
    expect(r.costs[0]).toBeCloseTo(1.2360680, 6)
    expect(r.costs[1]).toBeCloseTo(0.4721360, 6)
    expect(r.costs[2]).toBeCloseTo(1.7082039, 6)
    expect(r.innovated).toEqual([true, true, false])
    expect(r.leaderProfit[0]).toBeCloseTo(1 - 1.2360680, 6)
    expect(r.leaderProfit[1]).toBeCloseTo(0.5 + 1 - 0.4721360, 6)
    expect(r.leaderProfit[2]).toBeCloseTo(0.5, 6)
    expect(r.imitatorProfit).toEqual([0, 0.5, 0.5])
    expect(r.leaderCumulative[1]).toBeCloseTo(1 - 1.2360680 + 1.5 - 0.4721360, 6)
    expect(r.imitatorCumulative).toEqual([0, 0.5, 1])
    expect(r.innovationRate).toBeCloseTo(2 / 3)
    expect(r.leaderTotal).toBeCloseTo(1.2917961, 6)
    expect(r.imitatorTotal).toBe(1)
  })

  it('should stop innovation when imitation is instant and followers are many', () => {
    const r = simulateImitation({ ipProtection: 0, imitators: 8 })
    expect(r.innovationRate).toBe(0)
    expect(r.leaderTotal).toBe(0)
    expect(r.imitatorTotal).toBe(0)
  })

  it('should innovate every period when nobody imitates (every cost is below 8)', () => {
    const r = simulateImitation({ ipProtection: 0, imitators: 0 })
    expect(r.costs.every(c => c >= 1 && c < 8)).toBe(true)
    expect(r.innovationRate).toBe(1)
    expect(r.imitatorTotal).toBe(0)
  })

  it('should tell the presets\' story: innovation collapses, then recovers with protection', () => {
    const [alone, swarm, protectedMarket] = IMITATION_PRESETS.map(p => simulateImitation(p).innovationRate)
    expect(alone).toBe(1)
    expect(swarm).toBe(0)
    expect(protectedMarket).toBeGreaterThan(0.5)
    expect(protectedMarket).toBeLessThan(1)
  })

  it('should clamp and report bad input instead of throwing', () => {
    const r = simulateImitation({ ipProtection: Number.NaN, imitators: 3.6, periods: 0 })
    expect(r.params.ipProtection).toBe(0)
    expect(r.params.imitators).toBe(4)
    expect(r.params.periods).toBe(1)
    expect(r.issues).toEqual([
      '知识产权保护强度无效（NaN），已改为0。',
      '模仿者数量3.6超出0～20（整数），已改为4。',
      '模拟期数0超出1～200（整数），已改为1。',
    ])
    expect(resolveImitationParams({ ipProtection: 2, imitators: -1 }).params).toMatchObject({ ipProtection: 1, imitators: 0 })
  })
})

const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -5, max: 60 }))

describe('imitation invariants', () => {
  it('should never raise the innovation rate as imitation gets cheaper (less protection or more imitators)', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 0, max: 20 }),
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 0, max: 20 }),
      (p1, p2, k1, k2, life, maxLag) => {
        const [pLow, pHigh] = p1 <= p2 ? [p1, p2] : [p2, p1]
        const [kFew, kMany] = k1 <= k2 ? [k1, k2] : [k2, k1]
        const rate = (ipProtection: number, imitators: number) => simulateImitation({ ipProtection, imitators, productLife: life, maxLag }).innovationRate
        expect(rate(pLow, kFew)).toBeLessThanOrEqual(rate(pHigh, kFew))
        expect(rate(pHigh, kMany)).toBeLessThanOrEqual(rate(pHigh, kFew))
      },
    ))
  })

  it('should return finite outputs for any input', () => {
    fc.assert(fc.property(anyNumber, anyNumber, anyNumber, anyNumber, anyNumber, anyNumber, anyNumber, (ipProtection, imitators, periods, productLife, maxLag, minCost, maxCost) => {
      const r = simulateImitation({ ipProtection, imitators, periods, productLife, maxLag, minCost, maxCost })
      const numbers = [r.lag, r.expectedReturn, r.innovationRate, r.leaderTotal, r.imitatorTotal, ...r.costs, ...r.leaderProfit, ...r.imitatorProfit, ...r.leaderCumulative, ...r.imitatorCumulative]
      expect(numbers.every(Number.isFinite)).toBe(true)
      expect(r.innovationRate).toBeGreaterThanOrEqual(0)
      expect(r.innovationRate).toBeLessThanOrEqual(1)
      expect(r.imitatorProfit.every(x => x >= 0)).toBe(true)
      expect(r.innovated).toHaveLength(r.params.periods)
    }))
  })
})

describe('innovationCurve', () => {
  it('should sample protection evenly from 0 to 1 and never fall', () => {
    const curve = innovationCurve({ imitators: 8 }, 5)
    expect(curve.map(c => c.ipProtection)).toEqual([0, 0.25, 0.5, 0.75, 1])
    expect(curve[0]!.rate).toBe(0)
    expect(curve[4]!.rate).toBe(1)
    for (let i = 1; i < curve.length; i++)
      expect(curve[i]!.rate).toBeGreaterThanOrEqual(curve[i - 1]!.rate)
  })
})

describe('presetSettings', () => {
  it('should give a preset\'s slider values, marked with its index', () => {
    expect(presetSettings(1)).toEqual({ ipProtection: 0, imitators: 8, preset: 1 })
  })

  it('should let a fixed value replace the preset\'s own', () => {
    expect(presetSettings(2, { imitators: 3 })).toEqual({ ipProtection: 0.9, imitators: 3, preset: 2 })
  })
})

describe('moveSlider', () => {
  it('should unmark the preset once a value leaves it, and keep it unmarked', () => {
    const moved = moveSlider(presetSettings(1), { ipProtection: 0.5 })
    expect(moved).toEqual({ ipProtection: 0.5, imitators: 8, preset: null })
    expect(moveSlider(moved, { ipProtection: 0 }).preset).toBeNull()
  })

  it('should keep the preset marked while both values still equal it', () => {
    expect(moveSlider(presetSettings(2), { imitators: 8 })).toEqual({ ipProtection: 0.9, imitators: 8, preset: 2 })
  })
})
