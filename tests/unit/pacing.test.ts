// This deck's time plan, read from the real slides.md with Slidev's own parser: every `minutes:` a positive
// number, and the planned minutes filling the headmatter's `timeSlot` exactly. The same check is shown to fail
// on two bad decks in tests/fixtures/pacing/.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { planPacing, problemLine, slotMismatch } from '../../logic/pacing'
import { parseDeck } from '../support/deck'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')

/** The plan of a deck file: each slide's `minutes` and the headmatter's `timeSlot`. */
function deckPlan(path: string): ReturnType<typeof planPacing> {
  const slides = parseDeck(readFileSync(join(root, path), 'utf8'), path)
  return planPacing(slides.map(s => s.frontmatter.minutes), slides[0]?.frontmatter.timeSlot)
}

describe('the deck\'s time plan', () => {
  const plan = deckPlan('slides.md')

  it('should give only positive numbers as minutes, and a slot no shorter than the plan', () => {
    const line = problemLine(plan)
    expect(line, line).toBe('')
  })

  it('should plan minutes that add up to the time slot', () => {
    const mismatch = slotMismatch(plan)
    expect(mismatch, mismatch).toBeUndefined()
  })
})

describe('the same checks on bad decks', () => {
  it('should report minutes that are not positive numbers', () => {
    expect(problemLine(deckPlan('tests/fixtures/pacing/bad-minutes.md'))).toBe('minutes 应为正数（分钟）：第2页为“两分钟”，第3页为0。')
  })

  it('should report a slot shorter than the plan, and a plan that does not fill its slot', () => {
    const plan = deckPlan('tests/fixtures/pacing/short-slot.md')
    expect(problemLine(plan)).toBe('各页计划合计4分钟，超过时段3分钟。')
    expect(slotMismatch(plan)).toBe('各页计划合计4分钟，与时段3分钟不符。')
  })
})
