// @vitest-environment happy-dom
// The pacing line as the presenter sees it, with Slidev's nav, config and shared timer stood in for: bad input
// (a minutes value that is not a positive number, a slot shorter than the plan) shows as one red Chinese line.
import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reactive, ref } from 'vue'
import PacingLine from '../../../components/PacingLine.vue'

const deck = vi.hoisted(() => ({ minutes: [] as unknown[], timeSlot: undefined as unknown, current: 1 }))

vi.mock('@slidev/client', () => ({
  useNav: () => ({
    slides: ref(deck.minutes.map(m => ({ meta: { slide: { frontmatter: m === undefined ? {} : { minutes: m } } } }))),
    currentSlideNo: ref(deck.current),
  }),
  get configs() {
    return { timeSlot: deck.timeSlot }
  },
  sharedState: reactive({ timer: { status: 'stopped', startedAt: 0, pausedAt: 0, slides: {} } }),
}))

function line(minutes: unknown[], timeSlot: unknown, current = 1): ReturnType<typeof mount> {
  Object.assign(deck, { minutes, timeSlot, current })
  return mount(PacingLine)
}

describe('pacingLine', () => {
  beforeEach(() => vi.clearAllMocks())

  it('should show the plan to this slide and the total against the slot', () => {
    const w = line([2, 3, 5], 10, 2)
    expect(w.get('[data-testid="pacing-status"]').text()).toBe('计划05:00 · 计时未开始')
    expect(w.get('[data-testid="pacing-total"]').text()).toBe('合计10分钟，时段10分钟')
    expect(w.find('[data-testid="pacing-problem"]').exists()).toBe(false)
  })

  it('should show a minutes value that is not a positive number as one red line, and keep pacing the rest', () => {
    const w = line([2, '两分钟', 3], 10, 3)
    expect(w.get('[role="alert"]').text()).toBe('⚠ minutes 应为正数（分钟）：第2页为“两分钟”。')
    expect(w.get('[data-testid="pacing-status"]').text()).toBe('计划05:00 · 计时未开始')
  })

  it('should show a slot shorter than the plan as one red line', () => {
    expect(line([12, 10], 20).get('[role="alert"]').text()).toBe('⚠ 各页计划合计22分钟，超过时段20分钟。')
  })

  it('should show nothing for a deck without a plan', () => {
    expect(line([undefined, undefined], undefined).html()).toBe('<!--v-if-->')
  })
})
