// The presenter's pacing line against the deck's own plan (minutes per slide, timeSlot in the headmatter), with
// Playwright's fake clock; and the quiet audience screen (pointer and controls hidden after 2 s still, wake lock).
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'
import { parseDeck } from '../support/deck'
import { launchDeckBrowser } from './launch'
import { drawnOpacity, FULLSCREEN_STUB, NAME_SHIM, routeNo, WAKE_LOCK_STUB } from './presenting'

const deckUrl = inject('deckUrl')
const slides = parseDeck(readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8'))
const minutes = slides.map(s => (typeof s.frontmatter.minutes === 'number' ? s.frontmatter.minutes : 0))
const slot = slides[0]!.frontmatter.timeSlot as number
/** A weekday morning meeting, as the fake clock's start. */
const MEETING = new Date('2026-03-02T09:00:00+08:00').getTime()

/** Planned end of slide `no`'s part, in seconds: every planned minute up to and including it. */
function plannedEnd(no: number): number {
  return minutes.slice(0, no).reduce((a, b) => a + b, 0) * 60
}
/** Planned start of slide `no`'s part: before the last slide up to it that plans its own minutes. */
function plannedStart(no: number): number {
  let head = no - 1
  while (head > 0 && !(minutes[head]! > 0))
    head--
  return plannedEnd(head)
}
const mmss = (s: number): string => `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`

let browser: Browser

beforeAll(async () => {
  browser = await launchDeckBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(context: BrowserContext, hash: string, no: number): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${deckUrl}${hash}`, { waitUntil: 'load' })
  await page.waitForSelector(`#slide-content [data-slidev-no="${no}"]`, { state: 'visible', timeout: 30_000 })
  return page
}

async function typeSlide(page: Page, no: number): Promise<void> {
  for (const digit of String(no))
    await page.keyboard.press(digit)
  await page.keyboard.press('Enter')
  await expect.poll(() => page.evaluate(routeNo)).toBe(no)
}

describe('the pacing line in the presenter view', () => {
  it('should show the plan to this slide, the time on the clock and how far behind or ahead, and the total against the slot', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    await context.addInitScript(NAME_SHIM)
    await context.addInitScript(FULLSCREEN_STUB)
    await context.clock.install({ time: MEETING })
    const page = await open(context, '#/presenter/1', 1)
    const status = page.getByTestId('pacing-status')
    expect((await status.textContent())?.trim()).toBe(`计划${mmss(plannedEnd(1))} · 计时未开始`)
    expect((await page.getByTestId('pacing-total').textContent())?.trim()).toBe(`合计${minutes.reduce((a, b) => a + b, 0)}分钟，时段${slot}分钟`)

    // Freeze time, start the talk with F5 (it starts the timer), go to slide 10 and let time pass.
    await page.clock.pauseAt(MEETING + 60_000)
    await page.keyboard.press('F5')
    await typeSlide(page, 10)
    const late = plannedEnd(10) + 40
    await page.clock.fastForward(late * 1000)
    await expect.poll(async () => (await status.textContent())?.trim()).toBe(`计划${mmss(plannedEnd(10))} · 实际${mmss(late)} · 慢40秒`)
    expect(await status.getAttribute('class')).toContain('behind')

    // Jump ahead to slide 20: the talk is now before that part's planned start.
    await typeSlide(page, 20)
    const early = plannedStart(20) - late
    expect(early).toBeGreaterThan(60)
    await page.clock.fastForward(1000)
    const gap = early - 1
    await expect.poll(async () => (await status.textContent())?.trim())
      .toBe(`计划${mmss(plannedEnd(20))} · 实际${mmss(late + 1)} · 快${Math.floor(gap / 60)}分${String(gap % 60).padStart(2, '0')}秒`)
    await context.close()
  })
})

describe('the quiet audience screen', () => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    await context.addInitScript(NAME_SHIM)
    await context.addInitScript(WAKE_LOCK_STUB)
    await context.clock.install({ time: MEETING })
    page = await open(context, '#/2', 2)
    // Time stands still unless a test moves it.
    await page.clock.pauseAt(MEETING + 60_000)
  })
  afterAll(async () => {
    await context?.close()
  })

  const idle = (): Promise<boolean> => page.evaluate(() => document.documentElement.classList.contains('deck-pointer-idle'))
  const cursorAt = (x: number, y: number): Promise<string> => page.evaluate(([px, py]) => getComputedStyle(document.elementFromPoint(px!, py!)!).cursor, [x, y])

  it('should keep the screen awake (Slidev\'s wake lock, on by default here)', async () => {
    await expect.poll(() => page.evaluate(() => (window as unknown as { __deckWakeLock: string[] }).__deckWakeLock)).toContain('screen')
  })

  it('should hide the pointer and every Slidev control after 2 s without pointer movement', async () => {
    await page.clock.fastForward(2100)
    expect(await idle()).toBe(true)
    expect(await cursorAt(640, 360)).toBe('none')
    expect(await page.evaluate(drawnOpacity, '#page-root nav')).toBe(0)
  })

  it('should bring the controls back when the pointer moves over them, and hide them again when it rests there', async () => {
    await page.mouse.move(60, 690)
    expect(await idle()).toBe(false)
    await expect.poll(() => page.evaluate(drawnOpacity, '#page-root nav')).toBeGreaterThan(0.9)
    expect(await cursorAt(640, 360)).not.toBe('none')
    await page.clock.fastForward(1900)
    expect(await idle()).toBe(false)
    await page.clock.fastForward(200)
    expect(await idle()).toBe(true)
    expect(await page.evaluate(drawnOpacity, '#page-root nav')).toBe(0)
    expect(await cursorAt(60, 690)).toBe('none')
  })

  it('should never hide the pointer in the presenter view', async () => {
    const presenter = await open(context, '#/presenter/2', 2)
    await presenter.clock.fastForward(3000)
    expect(await presenter.evaluate(() => document.documentElement.classList.contains('deck-pointer-idle'))).toBe(false)
    await presenter.close()
  })
})
