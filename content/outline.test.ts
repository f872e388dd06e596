import { describe, expect, it } from 'vitest'
import { checkOutline } from '../logic/traceability'
import { outline } from './outline'

describe('content/outline', () => {
  it('should be a well-formed outline in document order', () => {
    expect(checkOutline(outline)).toEqual([])
  })
  it('should start with the preamble and have the article\'s two parts', () => {
    expect(outline[0]).toMatchObject({ id: '0', level: 1, parent: null })
    expect(outline.filter(n => n.level === 1).map(n => n.id)).toEqual(['0', '1', '2'])
  })
  it('should keep titles short enough for a slide heading', () => {
    for (const n of outline)
      expect([...n.title].length, n.id).toBeLessThanOrEqual(24)
  })
})
