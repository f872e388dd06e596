import { describe, expect, it } from 'vitest'
import { outline } from '../../content/outline'
import { checkTraceability } from '../../logic/traceability'
import { loadDeck } from '../support/deck'

describe('slides.md ↔ content/outline.ts', () => {
  it('should load slides.md without parser errors', async () => {
    const { errors, slides } = await loadDeck()
    expect(errors).toEqual([])
    expect(slides.length).toBeGreaterThan(outline.length / 2)
  })

  it('should name a known outline id (or none) on every slide, present every node, and keep outline order', async () => {
    const { slides } = await loadDeck()
    expect(checkTraceability(slides, outline).map(i => i.message)).toEqual([])
  })
})
