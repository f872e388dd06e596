import type { Rect } from './layout'
import { describe, expect, it } from 'vitest'
import { PER_PAGE_CHOICES } from './args'
import { A4, handoutLayout, MM, notesFontSize } from './layout'

const ASPECT = 980 / 552
function inside(inner: Rect, outer: Rect, slack = 0.01): boolean {
  return inner.x >= outer.x - slack && inner.y >= outer.y - slack
    && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack
}
function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01 && a.y < b.y + b.height - 0.01 && b.y < a.y + a.height - 0.01
}

const variants = PER_PAGE_CHOICES.flatMap(perPage => [false, true].map(notes => ({ perPage, notes })))

describe('handoutLayout', () => {
  it.each(variants)('should give $perPage slots (notes: $notes), each slide at the slide\'s aspect ratio', ({ perPage, notes }) => {
    const layout = handoutLayout(perPage, notes, ASPECT)
    expect(layout.slots).toHaveLength(perPage)
    for (const slot of layout.slots)
      expect(slot.slide.width / slot.slide.height).toBeCloseTo(ASPECT, 6)
  })

  it.each(variants)('should keep everything at least 10 mm inside A4 and apart ($perPage, notes: $notes)', ({ perPage, notes }) => {
    const layout = handoutLayout(perPage, notes, ASPECT)
    const page = { x: 10 * MM, y: 10 * MM, width: A4.width - 20 * MM, height: A4.height - 20 * MM }
    expect(inside(layout.printable, page)).toBe(true)
    for (const band of [layout.header, layout.footer, layout.body])
      expect(inside(band, layout.printable)).toBe(true)
    expect(overlap(layout.header, layout.body) || overlap(layout.footer, layout.body)).toBe(false)
    const rects = layout.slots.flatMap(s => [s.slide, ...(s.lines ? [s.lines] : []), ...(s.notes ? [s.notes] : [])])
    for (const [i, r] of rects.entries()) {
      expect(inside(r, layout.body), JSON.stringify(r)).toBe(true)
      for (const other of rects.slice(i + 1))
        expect(overlap(r, other), `${JSON.stringify(r)} ${JSON.stringify(other)}`).toBe(false)
    }
  })

  it('should rule lines beside each slide for 3 a page, and nowhere else', () => {
    for (const { perPage, notes } of variants)
      expect(handoutLayout(perPage, notes, ASPECT).slots.every(s => Boolean(s.lines)), `${perPage} ${notes}`).toBe(perPage === 3 && !notes)
  })

  it('should give every slot a notes box when notes are printed', () => {
    for (const perPage of PER_PAGE_CHOICES) {
      for (const slot of handoutLayout(perPage, true, ASPECT).slots)
        expect(slot.notes!.height, String(perPage)).toBeGreaterThan(3 * notesFontSize(perPage) * 1.55)
    }
  })

  it('should make slides smaller as more go on a page', () => {
    const widths = PER_PAGE_CHOICES.map(n => handoutLayout(n, false, ASPECT).slots[0]!.slide.width)
    for (let i = 1; i < widths.length; i++)
      expect(widths[i]!).toBeLessThanOrEqual(widths[i - 1]!)
  })
})
