// The presenting keys on the built deck, from the keyboard, in the audience view and the presenter view alike:
// black and white screens, F5 / Shift+F5 / Esc (full screen recorded by a stub: headless Chromium may refuse it),
// page number + Enter, the key help, and Slidev's own navigation keys still working.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { PageWatch } from './watch'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchDeckBrowser } from './launch'
import { blankShown, FULLSCREEN_STUB, fullscreenCalls, NAME_SHIM, routeNo } from './presenting'
import { watchPage } from './watch'

const deckUrl = inject('deckUrl')
const deckOrigin = inject('deckOrigin')

let browser: Browser

beforeAll(async () => {
  browser = await launchDeckBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
  await context.addInitScript(NAME_SHIM)
  await context.addInitScript(FULLSCREEN_STUB)
  return context
}

/** Open the audience (`#/no`) or presenter (`#/presenter/no`) view on slide `no`, ready for keys. */
async function openView(context: BrowserContext, presenter: boolean, no: number, before?: (page: Page) => void): Promise<Page> {
  const page = await context.newPage()
  before?.(page)
  await page.goto(`${deckUrl}#/${presenter ? 'presenter/' : ''}${no}`, { waitUntil: 'load' })
  await page.waitForSelector(`#slide-content [data-slidev-no="${no}"]`, { state: 'visible', timeout: 30_000 })
  await page.waitForFunction(() => document.fonts.status === 'loaded')
  return page
}

async function onSlide(page: Page, no: number): Promise<void> {
  await page.waitForFunction(n => /^#\/(?:presenter\/)?(\d+)/.exec(location.hash)?.[1] === String(n), no, { timeout: 10_000 })
}

for (const presenter of [false, true]) {
  const view = presenter ? 'the presenter view' : 'the audience view'

  describe(`keys in ${view}`, () => {
    let context: BrowserContext
    let page: Page
    let watch: PageWatch

    beforeAll(async () => {
      context = await newContext()
      page = await openView(context, presenter, 3, (p) => {
        watch = watchPage(p, deckOrigin)
      })
    })
    afterAll(async () => {
      await context?.close()
    })

    it('should black the screen on B and on the full stop, white it on W and on the comma, and bring it back on any key', async () => {
      const cover = presenter ? 'slide' : 'window'
      for (const [key, blank] of [['b', 'black'], ['.', 'black'], ['w', 'white'], [',', 'white']] as const) {
        await page.keyboard.press(key)
        expect(await page.evaluate(blankShown), key).toEqual({ blank, cover })
        await page.keyboard.press('PageDown')
        expect(await page.evaluate(blankShown), `${key}, then PageDown`).toBeNull()
        // The key that ended the blank screen did not also turn the page.
        expect(await page.evaluate(routeNo)).toBe(3)
      }
    })

    it('should bring the screen back on a click', async () => {
      await page.keyboard.press('B')
      expect(await page.evaluate(blankShown)).not.toBeNull()
      await page.mouse.click(400, 300)
      expect(await page.evaluate(blankShown)).toBeNull()
      expect(await page.evaluate(routeNo)).toBe(3)
    })

    it('should jump to the slide whose number is typed, then Enter, showing the number while it is typed', async () => {
      await page.keyboard.press('1')
      await page.keyboard.press('2')
      await expect.poll(() => page.locator('.jump-badge').textContent()).toBe('跳到第12页，按回车确认')
      await page.keyboard.press('Enter')
      await onSlide(page, 12)
      expect(await page.locator('.jump-badge').count()).toBe(0)
      await page.keyboard.press('9')
      await page.keyboard.press('9')
      await page.keyboard.press('Enter')
      await expect.poll(() => page.locator('.jump-badge').textContent()).toBe('没有第99页（共32页）')
      expect(await page.evaluate(routeNo)).toBe(12)
    })

    it('should start full screen from slide 1 on F5, from the current slide on Shift+F5, and leave it on Esc', async () => {
      await page.evaluate(() => Object.assign(window, { __notReloaded: true }))
      await page.keyboard.press('F5')
      await onSlide(page, 1)
      expect(await page.evaluate(fullscreenCalls)).toEqual({ requests: 1, exits: 0, element: 'BODY' })
      await page.keyboard.press('Escape')
      expect(await page.evaluate(fullscreenCalls)).toEqual({ requests: 1, exits: 1, element: null })

      await page.keyboard.press('5')
      await page.keyboard.press('Enter')
      await onSlide(page, 5)
      await page.keyboard.press('Shift+F5')
      expect(await page.evaluate(fullscreenCalls)).toEqual({ requests: 2, exits: 1, element: 'BODY' })
      expect(await page.evaluate(routeNo)).toBe(5)
      // A clicker's start button: F5, then Esc on its next press.
      await page.keyboard.press('Escape')
      await page.keyboard.press('F5')
      await onSlide(page, 1)
      await page.keyboard.press('Escape')
      expect(await page.evaluate(fullscreenCalls)).toEqual({ requests: 3, exits: 3, element: null })
      // F5 never reloaded the page.
      expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true)
    })

    it('should show the key help on ? and on H, and close it on any key', async () => {
      for (const key of ['?', 'h']) {
        await page.keyboard.press(key)
        const help = page.getByRole('dialog', { name: '放映快捷键' })
        await expect.poll(() => help.isVisible(), { message: key }).toBe(true)
        expect(await help.locator('tr').count()).toBeGreaterThan(10)
        await page.keyboard.press('ArrowRight')
        await expect.poll(() => help.count()).toBe(0)
      }
      expect(await page.evaluate(routeNo)).toBe(1)
    })

    it('should still step with PageDown, PageUp, the arrows and the space bar', async () => {
      // Slides 5 and 6 have no click steps: every key turns the page.
      await page.keyboard.press('5')
      await page.keyboard.press('Enter')
      await onSlide(page, 5)
      for (const [key, no] of [['PageDown', 6], ['PageUp', 5], ['ArrowRight', 6], ['ArrowLeft', 5], ['Space', 6], ['Shift+Space', 5], ['ArrowDown', 6], ['ArrowUp', 5]] as const) {
        await page.keyboard.press(key)
        await onSlide(page, no)
      }
    })

    it('should have logged no error or warning and made no outside request', () => {
      expect(watch.take()).toEqual([])
    })
  })
}

describe('a blank screen shared between the presenter and the audience windows', () => {
  it('should black the projector from the presenter view and bring it back from either window', async () => {
    const context = await newContext()
    const audience = await openView(context, false, 4)
    const presenter = await openView(context, true, 4)
    await presenter.keyboard.press('.')
    await expect.poll(() => audience.evaluate(blankShown)).toEqual({ blank: 'black', cover: 'window' })
    expect(await presenter.evaluate(blankShown)).toEqual({ blank: 'black', cover: 'slide' })
    await presenter.keyboard.press('Space')
    await expect.poll(() => audience.evaluate(blankShown)).toBeNull()

    await presenter.keyboard.press('w')
    await expect.poll(() => audience.evaluate(blankShown)).toEqual({ blank: 'white', cover: 'window' })
    await audience.keyboard.press('Enter')
    await expect.poll(() => presenter.evaluate(blankShown)).toBeNull()
    expect(await audience.evaluate(routeNo)).toBe(4)
    await context.close()
  })
})
