import type { SharedTimer } from './pacing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clockText, elapsedMs, gapText, pacingStatus, planPacing, problemLine, resumeTimer, slotDuration, slotMismatch, totalLine } from './pacing'

describe('planPacing', () => {
  it('should give each slide the window of its own minutes, one after the other', () => {
    const plan = planPacing([1, 2, 0.5], 3.5)
    expect(plan.windows).toEqual([{ start: 0, end: 60 }, { start: 60, end: 180 }, { start: 180, end: 210 }])
    expect(plan.totalMinutes).toBe(3.5)
    expect(plan.problems).toEqual([])
  })

  it('should let a slide\'s minutes cover the following slides that give none (a part)', () => {
    const plan = planPacing([undefined, 5, undefined, undefined, 2], undefined)
    expect(plan.windows).toEqual([
      { start: 0, end: 0 },
      { start: 0, end: 300 },
      { start: 0, end: 300 },
      { start: 0, end: 300 },
      { start: 300, end: 420 },
    ])
    expect(plan.slotMinutes).toBeNull()
  })

  it('should report a minutes value that is not a positive number as one Chinese line, counting it as zero', () => {
    const plan = planPacing([1, 'abc', 0, -2, null, 3, { min: 2 }], 20)
    expect(plan.totalMinutes).toBe(4)
    expect(problemLine(plan)).toBe('minutes 应为正数（分钟）：第2页为“abc”，第3页为0，第4页为-2，第5页为空，第7页为{"min":2}。')
  })

  it('should report a slot shorter than the plan, and a slot that is not a positive number', () => {
    expect(problemLine(planPacing([12, 10], 20))).toBe('各页计划合计22分钟，超过时段20分钟。')
    expect(problemLine(planPacing([1], '二十'))).toBe('timeSlot 应为正数（分钟），现为“二十”。')
  })

  it('should leave a deck without any plan unplanned, with nothing to report', () => {
    const plan = planPacing([undefined, undefined], undefined)
    expect(plan.planned).toBe(false)
    expect(plan.problems).toEqual([])
  })

  it('should never throw and always give one window per slide', () => {
    fc.assert(fc.property(fc.array(fc.anything({ withObjectString: true, withNullPrototype: true })), fc.anything(), (minutes, slot) => {
      const plan = planPacing(minutes, slot)
      expect(plan.windows).toHaveLength(minutes.length)
      for (const w of plan.windows)
        expect(w.end).toBeGreaterThanOrEqual(w.start)
    }))
  })
})

describe('slotMismatch and totalLine', () => {
  it('should accept a plan that fills its slot exactly, and say how one that does not differs', () => {
    expect(slotMismatch(planPacing([10, 10], 20))).toBeUndefined()
    expect(slotMismatch(planPacing([10, 8], 20))).toBe('各页计划合计18分钟，与时段20分钟不符。')
    expect(slotMismatch(planPacing([10], undefined))).toBe('头部没有 timeSlot（本场时段，分钟）。')
  })

  it('should give Slidev\'s clock the slot as its duration, and nothing for a bad slot', () => {
    expect(slotDuration(20)).toBe('20min')
    expect(slotDuration('20')).toBeUndefined()
  })

  it('should show the total against the slot', () => {
    expect(totalLine(planPacing([0.5, 19.5], 20))).toBe('合计20分钟，时段20分钟')
    expect(totalLine(planPacing([1.25], undefined))).toBe('合计1.25分钟')
  })
})

describe('pacingStatus', () => {
  const plan = planPacing([2, 4.5, 1], 7.5)

  it('should say how far behind the talk is once the slide\'s planned end has passed', () => {
    expect(pacingStatus(plan, 2, (6 * 60 + 30 + 40) * 1000).line).toBe('计划06:30 · 实际07:10 · 慢40秒')
    expect(pacingStatus(plan, 1, 185_000)).toMatchObject({ tone: 'behind', line: '计划02:00 · 实际03:05 · 慢1分05秒' })
  })

  it('should say how far ahead the talk is when the slide comes before its planned start', () => {
    expect(pacingStatus(plan, 3, 6 * 60 * 1000)).toMatchObject({ tone: 'ahead', line: '计划07:30 · 实际06:00 · 快30秒' })
  })

  it('should say the talk is on plan inside the slide\'s window', () => {
    expect(pacingStatus(plan, 2, 200_000)).toMatchObject({ tone: 'onTime', line: '计划06:30 · 实际03:20 · 按计划' })
  })

  it('should show the plan alone before the timer starts', () => {
    expect(pacingStatus(plan, 1, null)).toMatchObject({ tone: 'idle', actual: null, line: '计划02:00 · 计时未开始' })
  })
})

describe('timer helpers', () => {
  const stopped: SharedTimer = { status: 'stopped', startedAt: 0, pausedAt: 0, slides: {} }

  it('should read elapsed time from a running or paused timer, and none from a stopped one', () => {
    expect(elapsedMs(stopped, 5000)).toBeNull()
    expect(elapsedMs({ ...stopped, status: 'running', startedAt: 1000 }, 5000)).toBe(4000)
    expect(elapsedMs({ ...stopped, status: 'paused', startedAt: 1000, pausedAt: 3000 }, 9000)).toBe(2000)
  })

  it('should start a stopped timer, resume a paused one without losing time, and leave a running one', () => {
    expect(resumeTimer(stopped, 7000)).toEqual({ status: 'running', startedAt: 7000, pausedAt: 0, slides: {} })
    const resumed = resumeTimer({ ...stopped, status: 'paused', startedAt: 1000, pausedAt: 3000 }, 10_000)
    expect(elapsedMs(resumed, 10_000)).toBe(2000)
    const running = { ...stopped, status: 'running' as const, startedAt: 42 }
    expect(resumeTimer(running, 99)).toBe(running)
  })

  it('should format clock times and gaps', () => {
    expect(clockText(0)).toBe('00:00')
    expect(clockText(3725.9)).toBe('62:05')
    expect(gapText(40)).toBe('40秒')
    expect(gapText(125)).toBe('2分05秒')
  })
})
