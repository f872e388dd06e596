import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arrowTarget, niceCeil, polylinePoints, resolveStep } from './illustration'

describe('resolveStep', () => {
  it('should follow the clicks inside the range', () => {
    expect(resolveStep({ clicks: 0, maxStep: 2 })).toEqual({ step: 0 })
    expect(resolveStep({ clicks: 1, maxStep: 2 })).toEqual({ step: 1 })
  })

  it('should show the final state for Slidev\'s CLICKS_MAX, outside a slide and in print', () => {
    expect(resolveStep({ clicks: 999999, maxStep: 2 }).step).toBe(2)
    expect(resolveStep({ maxStep: 7 }).step).toBe(7)
    expect(resolveStep({ clicks: 0, maxStep: 3, printFinal: true }).step).toBe(3)
  })

  it('should let an explicit override win over clicks and print', () => {
    expect(resolveStep({ clicks: 2, override: 0, maxStep: 2, printFinal: true })).toEqual({ step: 0 })
  })

  it('should clamp and report a bad override', () => {
    expect(resolveStep({ override: 5, maxStep: 2 })).toEqual({ step: 2, issue: '步骤参数5超出0～2，已改为2。' })
    expect(resolveStep({ override: -1, maxStep: 2 }).step).toBe(0)
    expect(resolveStep({ override: 0.6, maxStep: 2 }).step).toBe(1)
    const nan = resolveStep({ override: Number.NaN, maxStep: 2 })
    expect(nan.step).toBe(2)
    expect(nan.issue).toContain('NaN')
  })

  it('should treat a broken maxStep as a single state', () => {
    expect(resolveStep({ clicks: 3, maxStep: Number.NaN }).step).toBe(0)
    expect(resolveStep({ clicks: 3, maxStep: -4 }).step).toBe(0)
  })

  it('should always give an integer step within [0, maxStep]', () => {
    fc.assert(fc.property(
      fc.option(fc.double(), { nil: undefined }),
      fc.option(fc.double(), { nil: undefined }),
      fc.integer({ min: 0, max: 20 }),
      fc.boolean(),
      (clicks, override, maxStep, printFinal) => {
        const { step } = resolveStep({ clicks, override, maxStep, printFinal })
        expect(Number.isInteger(step)).toBe(true)
        expect(step).toBeGreaterThanOrEqual(0)
        expect(step).toBeLessThanOrEqual(maxStep)
      },
    ))
  })
})

describe('arrowTarget', () => {
  it('should move to neighbours, wrapping around', () => {
    expect(arrowTarget('ArrowRight', 0, 3)).toBe(1)
    expect(arrowTarget('ArrowDown', 2, 3)).toBe(0)
    expect(arrowTarget('ArrowLeft', 0, 3)).toBe(2)
    expect(arrowTarget('ArrowUp', 1, 3)).toBe(0)
    expect(arrowTarget('Home', 2, 3)).toBe(0)
    expect(arrowTarget('End', 0, 3)).toBe(2)
  })

  it('should ignore other keys and empty rows', () => {
    expect(arrowTarget('Enter', 0, 3)).toBeNull()
    expect(arrowTarget('ArrowRight', 0, 0)).toBeNull()
  })
})

describe('polylinePoints', () => {
  const box = { x: 10, y: 20, width: 100, height: 50 }

  it('should spread values across the box with the domain running bottom to top', () => {
    expect(polylinePoints([0, 5, 10], box, [0, 10])).toBe('10,70 60,45 110,20')
    expect(polylinePoints([3], box, [0, 10])).toBe('10,55')
  })

  it('should pin NaN and out-of-domain values to the box edges', () => {
    expect(polylinePoints([Number.NaN, -5, 99], box, [0, 10])).toBe('10,70 60,70 110,20')
    expect(polylinePoints([], box, [0, 1])).toBe('')
  })
})

describe('niceCeil', () => {
  it('should round up to a round number', () => {
    expect(niceCeil(113.5)).toBe(150)
    expect(niceCeil(7)).toBe(8)
    expect(niceCeil(0.24)).toBeCloseTo(0.3)
    expect(niceCeil(100)).toBe(100)
    expect(niceCeil(9)).toBe(10)
  })

  it('should give 1 for zero, negatives and NaN', () => {
    expect(niceCeil(0)).toBe(1)
    expect(niceCeil(-3)).toBe(1)
    expect(niceCeil(Number.NaN)).toBe(1)
  })

  it('should stay between x and 1.5 x', () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (x) => {
      const n = niceCeil(x)
      expect(n).toBeGreaterThanOrEqual(x * (1 - 1e-9))
      expect(n).toBeLessThanOrEqual(x * 1.5 + 1e-9)
    }))
  })
})
