import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CONTINUED_HEADING, PARAGRAPH_GAP, planHandout, stackHeight } from './paginate'

/** Wrap at `width` characters: enough to count lines. */
const wrapAt = (width: number) => (p: string): string[] => p.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []

describe('planHandout', () => {
  it('should put perPage slides on each page, the last page holding the rest', () => {
    for (const perPage of [1, 2, 3, 4, 6]) {
      const pages = planHandout({ slides: 32, perPage })
      expect(pages).toHaveLength(Math.ceil(32 / perPage))
      expect(pages.map(p => p.kind === 'slides' ? p.notes.length : 0).reduce((a, b) => a + b)).toBe(32)
    }
  })

  it('should add no page when every slide\'s notes fit its box', () => {
    const notes = Array.from({ length: 7 }, () => ['短短一句。', '又一句。'])
    const pages = planHandout({ slides: 7, perPage: 3, notes, wrapSlot: wrapAt(10), wrapPage: wrapAt(40), slotLines: 5, pageLines: 40 })
    expect(pages.map(p => p.kind)).toEqual(['slides', 'slides', 'slides'])
  })

  it('should continue notes that do not fit on a page right after their slides', () => {
    const long = Array.from({ length: 6 }, (_, i) => `第${i}段`.padEnd(25, '字'))
    const pages = planHandout({ slides: 4, perPage: 2, notes: [['一句'], long, ['一句'], ['一句']], wrapSlot: wrapAt(10), wrapPage: wrapAt(40), slotLines: 8, pageLines: 40 })
    expect(pages.map(p => p.kind)).toEqual(['slides', 'continued', 'slides'])
    const continued = pages[1]!
    expect(continued.kind === 'continued' && continued.blocks.map(b => b.slide)).toEqual([1])
  })

  /**
   * Heights here are sums of whole lines, 0.5 and 1.6 in binary floating point: a page the planner filled to 30 lines
   * can add up to 30.000000000000004 (fast-check seed -968915951 found it). Within this much counts as fitting.
   */
  const LINE_TOLERANCE = 1e-9
  const notesArb = fc.array(fc.array(fc.string({ minLength: 1, maxLength: 120 }), { maxLength: 8 }), { minLength: 1, maxLength: 20 })

  it('should print every paragraph once, in order, never over a box or a page', () => {
    fc.assert(fc.property(notesArb, fc.constantFrom(1, 2, 3, 4, 6), fc.integer({ min: 2, max: 12 }), (notes, perPage, slotLines) => {
      const pages = planHandout({ slides: notes.length, perPage, notes, wrapSlot: wrapAt(12), wrapPage: wrapAt(30), slotLines, pageLines: 30 })
      const printed: string[][] = notes.map(() => [])
      for (const page of pages) {
        if (page.kind === 'slides') {
          page.notes.forEach((paragraphs, i) => {
            expect(stackHeight(paragraphs)).toBeLessThanOrEqual(slotLines + LINE_TOLERANCE)
            printed[page.first + i]!.push(...paragraphs.map(p => p.join('')))
          })
        }
        else {
          const height = page.blocks.reduce((h, b, i) => h + (i > 0 ? PARAGRAPH_GAP : 0) + CONTINUED_HEADING + stackHeight(b.paragraphs), 0)
          expect(height).toBeLessThanOrEqual(30 + LINE_TOLERANCE)
          for (const block of page.blocks)
            printed[block.slide]!.push(...block.paragraphs.map(p => p.join('')))
        }
      }
      expect(printed.map(p => p.join(''))).toEqual(notes.map(p => p.join('')))
      expect(pages.filter(p => p.kind === 'slides')).toHaveLength(Math.ceil(notes.length / perPage))
    }))
  })
})
