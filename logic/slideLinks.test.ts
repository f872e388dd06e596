import { describe, expect, it } from 'vitest'
import { isPrintView, slideAnchorId } from './slideLinks'

describe('slideAnchorId', () => {
  it('should give each slide its own id, usable as a URL fragment', () => {
    const ids = [1, 2, 10, 32].map(slideAnchorId)
    expect(new Set(ids).size).toBe(4)
    for (const id of ids)
      expect(encodeURIComponent(id)).toBe(id)
  })
})

describe('isPrintView', () => {
  it('should be true for Slidev\'s print queries', () => {
    expect(isPrintView('?print=true')).toBe(true)
    expect(isPrintView('?print')).toBe(true)
    expect(isPrintView('?range=1-3&print=clicks')).toBe(true)
  })

  it('should be false for the live deck', () => {
    expect(isPrintView('')).toBe(false)
    expect(isPrintView('?embedded=true')).toBe(false)
    expect(isPrintView('?printer=1')).toBe(false)
  })
})
