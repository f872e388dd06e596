import { describe, expect, it } from 'vitest'
import { contrast, hex, over, worstContrast } from '../browser/readability/colour'

describe('contrast', () => {
  it('should give the WCAG 2.2 ratios of known pairs', () => {
    expect(contrast([0, 0, 0, 1], [255, 255, 255, 1])).toBeCloseTo(21, 5)
    expect(contrast([255, 255, 255, 1], [255, 255, 255, 1])).toBe(1)
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrast([0x76, 0x76, 0x76, 1], [255, 255, 255, 1])).toBeGreaterThanOrEqual(4.5)
    expect(contrast([0x77, 0x77, 0x77, 1], [255, 255, 255, 1])).toBeLessThan(4.5)
  })

  it('should be symmetric for opaque colours', () => {
    expect(contrast([29, 53, 87, 1], [238, 242, 247, 1])).toBeCloseTo(contrast([238, 242, 247, 1], [29, 53, 87, 1]), 10)
  })

  it('should blend a translucent foreground into its background first', () => {
    const half = contrast([0, 0, 0, 0.5], [255, 255, 255, 1])
    expect(half).toBeGreaterThan(1)
    expect(half).toBeLessThan(contrast([0, 0, 0, 1], [255, 255, 255, 1]))
    expect(contrast([0, 0, 0, 0], [255, 255, 255, 1])).toBe(1)
  })
})

describe('over and worstContrast', () => {
  it('should paint source-over and keep an opaque top as it is', () => {
    expect(over([10, 20, 30, 1], [200, 200, 200, 1])).toEqual([10, 20, 30, 1])
    expect(over([0, 0, 0, 0.5], [255, 255, 255, 1])).toEqual([127.5, 127.5, 127.5, 1])
  })

  it('should take the lowest ratio over the candidate backgrounds of a gradient', () => {
    const fg: [number, number, number, number] = [255, 255, 255, 1]
    const bgs: [number, number, number, number][] = [[29, 53, 87, 1], [238, 242, 247, 1]]
    expect(worstContrast(fg, bgs)).toBeCloseTo(contrast(fg, bgs[1]!), 10)
    expect(hex([29, 53, 87, 1])).toBe('#1d3557')
  })
})
