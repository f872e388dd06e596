import type { ShapeItem } from './model'
import { describe, expect, it } from 'vitest'
import { contentSlide, coverSlide } from './fixtures'
import { isPageNumber, planMasters } from './masters'

describe('isPageNumber', () => {
  it('should know the footer\'s number of this slide, alone or out of the total', () => {
    expect(isPageNumber('12 / 32', 12)).toBe(true)
    expect(isPageNumber('12', 12)).toBe(true)
    expect(isPageNumber('12 / 32', 13)).toBe(false)
    expect(isPageNumber('第12页', 12)).toBe(false)
  })
})

describe('planMasters', () => {
  it('should give slides with the same background and footer one master, and a cover its own', () => {
    const plan = planMasters([coverSlide(), contentSlide(2), contentSlide(3)])
    expect(plan.masters.map(m => m.name)).toEqual(['封面', '内容页'])
    expect(plan.slides.map(s => s.master)).toEqual(['封面', '内容页', '内容页'])
  })

  it('should move what every slide of a master draws alike into the master, and keep the rest on the slide', () => {
    const plan = planMasters([contentSlide(2), contentSlide(3)])
    const master = plan.masters[0]!
    expect(master.decorations).toHaveLength(1)
    expect(master.decorations[0]).toMatchObject({ y: 86, fill: 'C8D1DC' })
    expect(plan.slides[0]!.items.some(i => i.kind === 'shape' && i.y === 86)).toBe(false)
    expect(plan.slides[0]!.items.filter(i => i.kind === 'picture')).toHaveLength(1)
  })

  it('should put the footer in the master with its page number marked, not on the slides', () => {
    const plan = planMasters([contentSlide(2), contentSlide(3)])
    const footer = plan.masters[0]!.footer
    expect(footer.map(f => f.pageNumber)).toEqual([false, false, true])
    expect(plan.slides.every(s => s.items.every(i => i.kind !== 'shape' || i.y < 519))).toBe(true)
  })

  it('should use a title placeholder only when every heading of the master sits in the same place', () => {
    expect(planMasters([contentSlide(2), contentSlide(3)]).slides.every(s => s.titleInPlaceholder)).toBe(true)
    const moved = contentSlide(3)
    const title = moved.items.find((i): i is ShapeItem => i.kind === 'shape' && i.role === 'title')!
    title.y += 20
    title.paragraphs![0]!.y += 20
    const plan = planMasters([contentSlide(2), moved])
    expect(plan.masters[0]!.title).toBeUndefined()
    expect(plan.slides.some(s => s.titleInPlaceholder)).toBe(false)
  })
})
