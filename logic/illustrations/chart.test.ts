import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { niceCeil, polylinePoints } from './chart'

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
