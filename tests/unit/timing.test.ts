// The talk fits its slot: the planned minutes of every slide (frontmatter `minutes:`) add up to the headmatter's
// `timeSlot:`, each slide's plan matches its notes read at 230 characters a minute plus its demo, and the notes state
// each part's minutes as planned.
import type { TimedSlide } from '../support/talkTiming'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'
import { countHanzi, parseDeck, SPEAKING_RATE } from '../support/deck'
import { speakingTime, statedMinutes, talkParts, timingProblems } from '../support/talkTiming'

const root = PROJECT_ROOT
const deck = parseDeck(readFileSync(join(root, 'slides.md'), 'utf8'))

/** Notes that start with `said` and are padded to `minutes` of reading at 230 characters a minute. */
const notesOf = (said: string, minutes: number): string => said + '讲'.repeat(minutes * SPEAKING_RATE - countHanzi(said))

/**
 * A 4-minute talk that fits: a cover (the opening part, 1 minute), a section of two slides (2 minutes, one of them
 * with half a minute of demo) and a closing slide (1 minute). Each part's first slide states its minutes.
 */
function fittingTalk(): TimedSlide[] {
  return [
    { no: 1, notes: notesOf('开场约一分钟，第一部分约两分钟，结尾约一分钟。', 1), frontmatter: { timeSlot: 4, minutes: 1 } },
    { no: 2, notes: notesOf('这一部分约两分钟。', 1), frontmatter: { layout: 'section', outline: '1', minutes: 1 } },
    { no: 3, notes: notesOf('', 0.5), frontmatter: { outline: '1', minutes: 1, demoMinutes: 0.5 } },
    { no: 4, notes: notesOf('总结约一分钟。', 1), frontmatter: { outline: 'none', minutes: 1 } },
  ]
}

describe('statedMinutes', () => {
  it('should read the minutes a note states, halves included, but not the slot', () => {
    expect(statedMinutes('今天用二十分钟。开场约两分钟，第一部分约八分半钟，第二部分约七分半钟，总结约十二分钟。')).toEqual([2, 8.5, 7.5, 12])
    expect(statedMinutes('没有计划。')).toEqual([])
  })
})

describe('talkParts', () => {
  it('should cut a talk at each section slide and at the closing after the last section', () => {
    expect(talkParts(fittingTalk())).toEqual([{ from: 1, to: 1, planned: 1 }, { from: 2, to: 3, planned: 2 }, { from: 4, to: 4, planned: 1 }])
  })
})

describe('timingProblems', () => {
  it('should find nothing wrong in a plan that fits', () => {
    expect(timingProblems(fittingTalk())).toEqual([])
  })

  it('should report a missing slot', () => {
    const talk = fittingTalk()
    delete talk[0]!.frontmatter.timeSlot
    expect(timingProblems(talk)).toEqual(['headmatter 没有 timeSlot（汇报时段，分钟），例如 timeSlot: 20'])
  })

  it('should report notes too long for their slide and for the slot', () => {
    const talk = fittingTalk()
    talk[2]!.notes = notesOf('', 2)
    expect(timingProblems(talk)).toEqual([
      '第3页计划1分钟，备注和演示约需2.5分钟',
      '备注和演示合计约5.5分钟，与4分钟的时段相差超过0.5分钟',
    ])
  })

  it('should report a slide without a plan, a plan that does not add up to the slot, and the part it leaves short', () => {
    const talk = fittingTalk()
    delete talk[3]!.frontmatter.minutes
    expect(timingProblems(talk)).toEqual([
      '第4页没有计划用时：在 frontmatter 写 minutes: 0.5（分钟）',
      '各页计划用时合计3分钟，时段是4分钟',
      '封面备注说各部分约1、2、1分钟，计划是1、2、0分钟',
      '第4页备注说这一部分约1分钟，计划是0分钟',
    ])
  })

  it('should report a demo longer than its slide and minutes the notes misstate', () => {
    const talk = fittingTalk()
    talk[2]!.frontmatter.demoMinutes = 2
    talk[1]!.notes = notesOf('这一部分约三分钟。', 1)
    expect(timingProblems(talk)).toEqual([
      '第3页的 demoMinutes 应为0到1之间的分钟数',
      // 3.5 minutes of notes and the 2-minute demo
      '备注和演示合计约5.5分钟，与4分钟的时段相差超过0.5分钟',
      '第2页备注说这一部分约3分钟，计划是2分钟',
    ])
  })
})

describe('the deck', () => {
  const slides = deck.map(s => ({ no: s.no, notes: s.notes, frontmatter: s.frontmatter }))

  it('should plan every slide, every part and the whole 20-minute slot consistently with its notes', () => {
    expect(deck[0]!.frontmatter.timeSlot).toBe(20)
    expect(timingProblems(slides)).toEqual([])
  })

  it('should speak for about 18 minutes at 230 characters a minute and leave the rest to the demonstrations', () => {
    const speaking = slides.reduce((sum, s) => sum + speakingTime(s.notes), 0)
    const demos = slides.reduce((sum, s) => sum + Number(s.frontmatter.demoMinutes ?? 0), 0)
    expect(speaking).toBeGreaterThanOrEqual(17.5)
    expect(speaking).toBeLessThanOrEqual(18.5)
    expect(demos).toBe(2)
    const demoSlides = deck.filter(s => s.frontmatter.demoMinutes !== undefined).map(s => s.content.match(/<(\w+)\s*\/>/)?.[1])
    expect(demoSlides).toEqual(['SmileCurve', 'ImitationDilemma', 'ClusterNetwork'])
  })
})
