import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveStep } from './step'

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
