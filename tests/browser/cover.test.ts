import type { Browser, Page, Route } from 'playwright-chromium'
import type { PaintRecord } from './coverProbe'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'
import { parseDeck } from '../support/deck'
import { COVER_TITLE_TIMING, coverHtmlProblems, inkShare, MIN_TITLE_INK, newObservedContext, takeoverProblems, titleFacts } from './coverProbe'
import { launchDeckBrowser } from './launch'
import { watchPage } from './watch'

const deckUrl = inject('deckUrl')
const deckOrigin = inject('deckOrigin')
const buildDir = inject('buildDir')
/** Slide 1's `# ` heading. */
const title = parseDeck(readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8'))[0]!.heading
const VIEWPORT = { width: 1280, height: 720 }
/** Fonts the cover's text may be drawn with (internal names of the deck's faces). */
const DECK_FONTS = new Set(['web:Noto Serif SC', 'web:Noto Sans SC'])

const paintOf = (page: Page): Promise<PaintRecord> => page.evaluate('window.__coverProbe') as Promise<PaintRecord>
const titleCount = (page: Page): Promise<number> => page.evaluate(t => [...document.querySelectorAll('h1')].filter(h => h.textContent?.trim() === t).length, title)

describe('slide 1 painted from index.html before any script, and taken over by Vue', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchDeckBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should ship the cover title and both cover-face preloads in index.html (and the bare template has neither)', () => {
    expect(coverHtmlProblems(readFileSync(join(buildDir, 'index.html'), 'utf8'), title)).toEqual([])
    expect(coverHtmlProblems(readFileSync(join(PROJECT_ROOT, 'index.html'), 'utf8'), title)).not.toEqual([])
  })

  /** With JavaScript off: is the title drawn, in the deck's faces? `hangFonts` leaves every font request unanswered. */
  async function noScriptProblems(hangFonts: boolean): Promise<string[]> {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, javaScriptEnabled: false })
    try {
      if (hangFonts)
        await context.route('**/*.woff2', () => {})
      const page = await context.newPage()
      await page.goto(`${deckUrl}#/1`, { waitUntil: hangFonts ? 'domcontentloaded' : 'load' })
      await page.waitForTimeout(hangFonts ? 800 : 300)
      const cdp = await context.newCDPSession(page)
      const facts = await titleFacts(cdp, '#deck-cover h1')
      if (!facts)
        return ['没有预渲染的封面标题']
      const problems: string[] = []
      // The protocol's own capture: Playwright's screenshot would wait for the hanging fonts.
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' })
      const ink = inkShare(Buffer.from(data, 'base64'), facts.box)
      if (ink < MIN_TITLE_INK)
        problems.push(`标题没有画出来（标题框内深色像素 ${(ink * 100).toFixed(1)}% < ${MIN_TITLE_INK * 100}%）`)
      const foreign = facts.fonts.filter(f => !DECK_FONTS.has(f))
      if (!facts.fonts.length || foreign.length)
        problems.push(`标题不是用本套字体画的：${facts.fonts.join('，') || '（无字形）'}`)
      return problems
    }
    finally {
      await context.close()
    }
  }

  it('should show the cover with JavaScript disabled, its title drawn in the deck\'s fonts (and catch a blank title)', async () => {
    expect(await noScriptProblems(false)).toEqual([])
    expect(await noScriptProblems(true)).not.toEqual([])
  })

  /**
   * Open slide 1 with the app's entry held back, screenshot the prerendered cover, release the entry, wait for the
   * takeover and screenshot again. `spoil` changes the page first (a bad fixture).
   */
  async function takeover(spoil?: (html: string) => string) {
    const context = await newObservedContext(await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 }))
    try {
      let held: Route | undefined
      let release!: () => void
      const released = new Promise<void>(resolve => release = resolve)
      await context.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        held = route
        await released
        await route.continue()
      })
      if (spoil) {
        await context.route(u => u.pathname.endsWith('/') && u.href.startsWith(deckUrl), async (route) => {
          const response = await route.fetch()
          await route.fulfill({ response, body: spoil(await response.text()) })
        })
      }
      const page = await context.newPage()
      const watch = watchPage(page, deckOrigin)
      await page.goto(`${deckUrl}#/1`)
      await page.waitForFunction(t => (window as any).__coverProbe.elements.includes(t) && document.fonts.status === 'loaded', COVER_TITLE_TIMING, { timeout: 30_000 })
      const before = await page.screenshot()
      expect(held, 'the boot script starts the app after the cover has painted').toBeDefined()
      release()
      await page.waitForSelector('#slide-content .slidev-page-1 .slidev-layout', { timeout: 30_000 })
      await page.waitForFunction(() => !document.querySelector('#deck-cover'), null, { timeout: 10_000 }).catch(() => {})
      await page.waitForTimeout(500)
      const after = await page.screenshot()
      return { page, watch, context, paint: await paintOf(page), before, after, titles: await titleCount(page) }
    }
    catch (error) {
      await context.close()
      throw error
    }
  }

  it('should hand over to Vue with no console message, no layout shift, no visible change and one title left', async () => {
    const run = await takeover()
    try {
      expect(run.watch.take(), 'console and network').toEqual([])
      expect(takeoverProblems(run)).toEqual([])
      // Bad fixture, same check: the title 3 % larger after mount is a visible change.
      await run.page.evaluate(() => document.querySelector<HTMLElement>('#slide-content h1')!.style.fontSize = '2.68rem')
      expect(takeoverProblems({ ...run, after: await run.page.screenshot() }).join()).toMatch(/像素不同/)
    }
    finally {
      await run.context.close()
    }
  })

  it('should catch a prerendered cover left in the page (bad fixture: its id renamed, so nothing takes it over)', async () => {
    const run = await takeover(html => html.replaceAll('id="deck-cover"', 'id="deck-cover-stale"'))
    try {
      expect(takeoverProblems(run).join()).toMatch(/2 个封面标题/)
    }
    finally {
      await run.context.close()
    }
  })

  it('should catch a layout shift and a console warning (bad fixture page)', async () => {
    const context = await newObservedContext(await browser.newContext({ viewport: VIEWPORT }))
    try {
      const fixture = `${deckUrl}fixture-shift.html`
      await context.route(fixture, route => route.fulfill({
        contentType: 'text/html',
        body: '<p id="t" style="font:40px sans-serif">moves</p><p>below</p><script>setTimeout(() => { document.getElementById("t").style.marginTop = "200px"; console.warn("fixture") }, 100)</script>',
      }))
      const page = await context.newPage()
      const watch = watchPage(page, deckOrigin)
      await page.goto(fixture)
      await page.waitForTimeout(600)
      const shot = await page.screenshot()
      expect(takeoverProblems({ paint: await paintOf(page), before: shot, after: shot, titles: 1 }).join()).toMatch(/CLS/)
      expect(watch.take().join()).toMatch(/控制台 warning/)
    }
    finally {
      await context.close()
    }
  })

  /**
   * Font files fetched from opening #/1 until Vue has mounted slide 1 and taken the cover over. The deck faces'
   * background warm-up (logic/fontWarmup.ts) asks through document.fonts.load: switched off here, so a deck face
   * fetched in that time is one the page's own text needed. `spoil` changes the page first (a bad fixture).
   */
  async function fontsBeforeMount(spoil?: (html: string) => string): Promise<string[]> {
    const context = await browser.newContext({ viewport: VIEWPORT })
    try {
      await context.addInitScript(() => {
        FontFaceSet.prototype.load = () => Promise.resolve([])
      })
      const fetched: string[] = []
      // The page's own requests: the service worker (pwa: build) fetches every file of the build for offline use.
      context.on('request', (req) => {
        if (req.url().endsWith('.woff2') && !req.serviceWorker())
          fetched.push(req.url().split('/').pop()!)
      })
      if (spoil) {
        await context.route(u => u.pathname.endsWith('/') && u.href.startsWith(deckUrl), async (route) => {
          const response = await route.fetch()
          await route.fulfill({ response, body: spoil(await response.text()) })
        })
      }
      const page = await context.newPage()
      await page.goto(`${deckUrl}#/1`)
      await page.waitForSelector('#slide-content .slidev-page-1 .slidev-layout', { timeout: 30_000 })
      await page.waitForFunction(() => !document.getElementById('deck-cover'), null, { timeout: 30_000 })
      await page.waitForTimeout(300)
      return [...fetched]
    }
    finally {
      await context.close()
    }
  }

  it('should fetch only the cover faces until Vue has mounted slide 1, Slidev\'s controls included (and catch hidden text the cover faces lack)', async () => {
    // Slidev's nav bar is laid out from the first frame, its titles as screen-reader text: shaped like any text.
    const fetched = await fontsBeforeMount()
    expect(fetched.length).toBeGreaterThan(0)
    expect(fetched.filter(f => !f.startsWith('deck-cover-'))).toEqual([])
    const hidden = '<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);font-family:\'Deck Cover Sans\',\'Deck Sans\'">俘</span>'
    expect(await fontsBeforeMount(html => html.replace('<div id="app">', `${hidden}<div id="app">`))).toContain('deck-sans-400.woff2')
  })

  /** Elements painted with the cover title's timing id when opening `hash`; `blockBoot` removes the boot script. */
  async function coverPaintedAt(hash: string, blockBoot = false): Promise<{ painted: boolean, inDom: boolean, problems: string[] }> {
    const context = await newObservedContext(await browser.newContext({ viewport: VIEWPORT }))
    try {
      if (blockBoot)
        await context.route(/\/assets\/deck-boot-\w+\.js$/, route => route.abort())
      const page = await context.newPage()
      const watch = watchPage(page, deckOrigin)
      await page.goto(`${deckUrl}${hash}`, { waitUntil: 'load' })
      if (hash === '#/12' && !blockBoot)
        await page.waitForSelector('#slide-content [data-slidev-no="12"] h1', { timeout: 30_000 })
      // Chromium warns about an unused preload a few seconds after the load event: wait past that.
      await page.waitForTimeout(blockBoot ? 1000 : 3500)
      const paint = await paintOf(page)
      return { painted: paint.elements.includes(COVER_TITLE_TIMING), inDom: await page.$('#deck-cover') !== null, problems: watch.take() }
    }
    finally {
      await context.close()
    }
  }

  for (const hash of ['#/12', '#/presenter/1']) {
    it(`should never paint the cover when opening ${hash} (and would, without the boot script)`, async () => {
      const run = await coverPaintedAt(hash)
      expect(run).toMatchObject({ painted: false, inDom: false })
      expect(run.problems.filter(p => !p.includes('HTTP 404'))).toEqual([])
      expect((await coverPaintedAt(hash, true)).painted).toBe(true)
    })
  }
})
