import type { Browser, CDPSession, Page } from 'playwright-chromium'
import type { DeckSlide } from '../support/deck'
import type { OfflineContext } from './fileDeck'
import type { PackRun } from './runPack'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compact } from '../../scripts/shared/deckText'
import { platformFonts } from '../browser/platformFonts'
import { loadDeck } from '../support/deck'
import { fileUrl, launchOffline, offlineContext } from './fileDeck'
import { runPack } from './runPack'
import { walkSlide } from './walk'

const deck = await loadDeck()
const slides: DeckSlide[] = deck.slides
const basename = deck.basename

let out: string
let pack: PackRun
let html: string
let browser: Browser

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'deck-pack-file-'))
  // The machine the meeting file is often made on has no browser: the HTML must come out regardless.
  pack = await runPack(['--out-dir', out], { ...process.env, CHROMIUM_PATH: join(out, 'no-chromium') })
  html = join(out, `${basename}.html`)
  browser = await launchOffline()
})

afterAll(async () => {
  await browser?.close()
  if (out)
    rmSync(out, { recursive: true, force: true })
})

describe('npm run pack on a machine without Chromium', () => {
  it('should still write the one-file deck, name the skipped exports and why, and exit 0', () => {
    expect(pack.code, pack.stderr).toBe(0)
    expect(readdirSync(out).filter(f => !f.startsWith('no-chromium'))).toEqual([`${basename}.html`])
    expect(pack.stderr).toMatch(/已跳过 PDF、讲稿、PPTX，会议包未生成：CHROMIUM_PATH/)
    expect(pack.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('the one-file deck opened from file:// with no network, in Chromium without CJK fonts', () => {
  let session: OfflineContext
  let page: Page
  let cdp: CDPSession

  beforeAll(async () => {
    session = await offlineContext(browser, html)
    page = await session.context.newPage()
    await page.goto(fileUrl(html))
    await page.locator('#slide-content [data-slidev-no="1"]').waitFor({ state: 'visible', timeout: 30_000 })
    cdp = await session.context.newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
  })

  afterAll(async () => {
    await session?.context.close()
  })

  it('should be one file that names no other file and no other address', () => {
    // The markup around the inlined scripts and styles (their text may hold URL-like strings of its own).
    const markup = readFileSync(html, 'utf8').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
    expect(markup.match(/\s(?:src|href)="(?!data:)[^"]*"/g) ?? []).toEqual([])
    expect(markup).toMatch(/<link rel="icon" href="data:image\/svg\+xml;base64,/)
  })

  it('should open on slide 1 from a plain double-click URL (no route)', () => {
    expect(new URL(page.url()).hash).toBe('#/1')
  })

  for (const slide of slides) {
    it(`slide ${slide.no}“${slide.heading}”: every click step renders, on the box, in the deck's fonts`, async () => {
      const { problems } = await walkSlide(page, cdp, slide, slide.no === slides.length)
      problems.push(...session.problems.splice(0))
      expect(problems, problems.join('\n')).toEqual([])
    })
  }

  it('should have asked for nothing but data: and blob: URLs the whole time', () => {
    expect(session.requests).toEqual([])
  })

  it('should hide the old-browser message once the deck runs', async () => {
    await page.waitForTimeout(500)
    expect(await page.locator('#deck-old-browser').isVisible()).toBe(false)
  })
})

describe('the presenter view from the file, in a second window of the same browser', () => {
  let session: OfflineContext
  let audience: Page
  let presenter: Page
  /** Slide number and click step a page's hash route shows, presenter or not. */
  const route = (page: Page): Promise<string> => page.evaluate(() => location.hash.replace('#/presenter/', '#/').replace(/\?clicks=0$/, ''))

  /** Press `key` in the presenter window; the audience window must end on the presenter's slide and step. */
  async function press(key: string): Promise<string> {
    const before = await route(presenter)
    await presenter.keyboard.press(key)
    await presenter.waitForFunction(h => location.hash.replace('#/presenter/', '#/').replace(/\?clicks=0$/, '') !== h, before, { timeout: 10_000 })
    const wanted = await route(presenter)
    await audience.waitForFunction(h => location.hash.replace(/\?clicks=0$/, '') === h, wanted, { timeout: 10_000 }).catch(async () => {
      throw new Error(`演讲者视图按 ${key} 到了 ${wanted}，观众窗口停在 ${await route(audience)}`)
    })
    return wanted
  }

  beforeAll(async () => {
    session = await offlineContext(browser, html)
    audience = await session.context.newPage()
    await audience.goto(fileUrl(html, '#/1'))
    await audience.locator('#slide-content [data-slidev-no="1"]').waitFor({ state: 'visible', timeout: 30_000 })
  })

  afterAll(async () => {
    await session?.context.close()
  })

  it('should open from the audience window with P, in a window of its own showing notes', async () => {
    ;[presenter] = await Promise.all([session.context.waitForEvent('page'), audience.keyboard.press('p')])
    await presenter.locator('.slidev-presenter').waitFor({ state: 'visible', timeout: 30_000 })
    expect(new URL(presenter.url()).hash).toBe('#/presenter/1')
    expect(new URL(audience.url()).hash).toBe('#/1')
    const firstNote = compact(deck.slides[0]!.noteLines[0]!)
    await expect.poll(async () => compact(await presenter.locator('.slidev-presenter').textContent() ?? '')).toContain(firstNote)
    expect(await audience.locator('.slidev-presenter').count()).toBe(0)
  })

  it('should drive the audience window with PageDown and PageUp', async () => {
    expect(await press('PageDown')).not.toBe('#/1')
    expect(await press('PageUp')).toBe('#/1')
  })

  it('should step an illustration\'s click states in the audience window', async () => {
    const illustration = deck.slides.find(s => /<SmileCurve\b/.test(s.content))!
    const steps = Number(illustration.frontmatter.clicks)
    expect(steps).toBeGreaterThanOrEqual(2)
    await presenter.evaluate((no) => {
      location.hash = `#/presenter/${no}`
    }, illustration.no)
    await audience.waitForFunction(no => location.hash.replace(/\?clicks=0$/, '') === `#/${no}`, illustration.no, { timeout: 10_000 })
    const pressedChip = (): Promise<number> => audience.locator(`#slide-content [data-slidev-no="${illustration.no}"] [role="group"] button`)
      .evaluateAll(buttons => buttons.findIndex(b => b.getAttribute('aria-pressed') === 'true'))
    await expect.poll(pressedChip).toBe(0)
    for (let step = 1; step <= steps; step++) {
      expect(await press('PageDown')).toBe(`#/${illustration.no}?clicks=${step}`)
      await expect.poll(pressedChip).toBe(step)
    }
    expect(await press('PageUp')).toBe(`#/${illustration.no}?clicks=${steps - 1}`)
    await expect.poll(pressedChip).toBe(steps - 1)
  })

  it('should do all of it without a request, a console error or a page error', () => {
    expect(session.requests).toEqual([])
    expect(session.problems).toEqual([])
  })
})

describe('the one-file deck in a browser that cannot run it (scripts off)', () => {
  it('should show one Chinese paragraph naming the browsers that work and the PDF, in the deck\'s font', async () => {
    const session = await offlineContext(browser, html, { javaScriptEnabled: false })
    try {
      const page = await session.context.newPage()
      await page.goto(fileUrl(html))
      const message = page.locator('#deck-old-browser')
      await message.waitFor({ state: 'visible', timeout: 15_000 })
      // Inside the window, not below Slidev's full-height #app.
      const box = (await message.boundingBox())!
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height)
      const text = await message.textContent() ?? ''
      expect(text).toMatch(/Chrome[\s\S]*Edge[\s\S]*PDF/)
      // Over the whole window, above the prerendered cover: the centre (the cover's title) and the corners are
      // the message's, so no other text reads through it.
      // (A locator's evaluate: with scripts off, page.evaluate waits forever for the page's own world.)
      const topmost = (): Promise<string[]> => page.locator('html').evaluate(() => [[innerWidth / 2, innerHeight / 2], [8, 8], [innerWidth - 8, innerHeight - 8]]
        .map(([x, y]) => document.elementFromPoint(x!, y!)?.id ?? 'nothing'))
      const onTop = await topmost()
      expect(onTop).toEqual(['deck-old-browser', 'deck-old-browser', 'deck-old-browser'])
      const cdp = await session.context.newCDPSession(page)
      await cdp.send('DOM.enable')
      await cdp.send('CSS.enable')
      const [drawn] = await platformFonts(cdp, '[document.getElementById("deck-old-browser")]')
      expect(drawn!.fonts.map(f => `${f.familyName}${f.isCustomFont ? '' : ' (system)'}`)).toEqual(['Noto Sans SC'])
      expect(session.requests).toEqual([])
      // Bad fixture: the message as a paragraph under the cover's layer, as it was before the cover existed.
      await message.evaluate((el) => {
        el.style.zIndex = '10'
        el.style.bottom = 'auto'
      })
      expect(await topmost()).not.toEqual(onTop)
    }
    finally {
      await session.context.close()
    }
  })
})
