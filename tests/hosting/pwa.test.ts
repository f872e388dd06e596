import type { Browser, Page } from 'playwright-chromium'
import type { Deck } from '../support/deck'
import type { RunningNginx } from './nginx'
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DECK_PALETTE } from '../../logic/palette'
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/shared/chromium'
import { compact } from '../../scripts/shared/deckText'
import { run } from '../export/tools'
import { loadDeck } from '../support/deck'
import { startNginx } from './nginx'

const SUB_PATH = '/briefings/2026/cluster/'

describe('the hosted deck when the server goes away mid-talk (pwa: build, behind hosting/nginx.conf)', () => {
  let deck: Deck
  let work: string
  let build: string
  let nginx: RunningNginx
  let browser: Browser
  let page: Page
  let url: string
  /** Failed requests, console errors (CSP violations included) and page errors. */
  const problems: string[] = []

  function watch(p: Page): Page {
    p.on('requestfailed', req => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`))
    p.on('console', (m) => {
      if (m.type() === 'error')
        problems.push(`console error: ${m.text()}`)
    })
    p.on('pageerror', e => problems.push(`page error: ${e.message}`))
    return p
  }

  /** Go to slide `no` inside the running page and wait until it shows its heading and diagrams. */
  async function showSlide(no: number): Promise<string[]> {
    const s = deck.slides[no - 1]!
    const slide = page.locator(`#slide-content [data-slidev-no="${no}"]`)
    await slide.waitFor({ state: 'visible', timeout: 30_000 })
    if (s.labels.length > 0)
      await slide.locator('.mermaid svg').first().waitFor({ timeout: 30_000 })
    // The slide's frame is visible before its (lazily loaded) content has rendered: wait for the text a while.
    const unshown = async (): Promise<string[]> => {
      const text = compact(`${await slide.textContent() ?? ''}${(await slide.locator('.mermaid svg').allTextContents()).join('')}`)
      return [s.heading, ...s.labels].filter(t => !text.includes(compact(t))).map(t => `${no}: «${t}» not shown`)
    }
    const deadline = Date.now() + 10_000
    let missing = await unshown()
    while (missing.length > 0 && Date.now() < deadline) {
      await page.waitForTimeout(100)
      missing = await unshown()
    }
    return missing
  }

  beforeAll(async () => {
    deck = await loadDeck()
    work = mkdtempSync(join(tmpdir(), 'deck-pwa-'))
    build = join(work, 'build')
    await run('npm', ['run', '--silent', 'build', '--', '--out', build], { timeoutMs: 900_000 })
    cpSync(build, join(work, 'www', SUB_PATH), { recursive: true })
    chmodSync(work, 0o755)
    nginx = await startNginx(work, join(work, 'www'))
    url = `${nginx.origin}${SUB_PATH}`
    browser = await chromium.launch({ executablePath: requireChromium(), args: [...CHROMIUM_ARGS] })
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', e => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
    })
    page = watch(await context.newPage())
  })

  afterAll(async () => {
    await browser?.close()
    await nginx?.stop()
    if (work)
      rmSync(work, { recursive: true, force: true })
  })

  it('should link a web manifest in the deck\'s colours, served as a manifest', async () => {
    expect(readFileSync(join(build, 'index.html'), 'utf8')).toContain('<link rel="manifest" href="./manifest.webmanifest">')
    const res = await fetch(`${url}manifest.webmanifest`)
    expect(res.headers.get('content-type')).toBe('application/manifest+json')
    const manifest = await res.json() as Record<string, string>
    expect(manifest.theme_color).toBe(DECK_PALETTE.primary)
    expect(manifest.background_color).toBe('#ffffff')
    expect(manifest.short_name).toBe(deck.basename)
  })

  it('should serve the service worker uncached, so a new build reaches the next visit', async () => {
    const res = await fetch(`${url}sw.js`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-cache')
  })

  it('should take control on the first visit with every file of the build in its cache', async () => {
    await page.goto(`${url}#/1`, { waitUntil: 'load' })
    // Slidev's "Caching for offline…" badge exists while it caches, but not for the audience (styles/pwa.css).
    await page.locator('.slidev-pwa-indicator').waitFor({ state: 'attached', timeout: 30_000 })
    expect(await page.locator('.slidev-pwa-indicator').isVisible()).toBe(false)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 })
    const cached = await page.evaluate(async () => {
      const urls: string[] = []
      for (const key of await caches.keys())
        urls.push(...(await (await caches.open(key)).keys()).map(r => new URL(r.url).pathname))
      return urls
    })
    const wanted = ['index.html', 'fonts/generated/deck-sans-400.woff2', 'favicon.svg']
    expect(wanted.filter(file => !cached.some(u => u.endsWith(file)))).toEqual([])
    expect(cached.filter(u => u.includes('/assets/')).length).toBeGreaterThan(50)
  })

  it('should open in a new tab and show every slide after the server has stopped', async () => {
    await nginx.stop()
    await expect(fetch(url)).rejects.toThrow()
    // A new tab has nothing in memory: the page and every chunk a slide needs must come from the cache.
    const first = page
    page = await first.context().newPage()
    watch(page)
    await first.close()
    await page.goto(`${url}#/1`, { waitUntil: 'load' })
    const missing: string[] = []
    for (const s of deck.slides) {
      await page.evaluate((no) => {
        location.hash = `#/${no}`
      }, s.no)
      missing.push(...await showSlide(s.no))
    }
    expect(missing).toEqual([])
  })

  it('should reload and open a deep link with the server still gone', async () => {
    await page.reload({ waitUntil: 'load' })
    expect(await showSlide(deck.slides.length)).toEqual([])
    await page.goto(`${url}#/4`, { waitUntil: 'load' })
    expect(await showSlide(4)).toEqual([])
  })

  it('should have failed no request and logged no error or CSP violation throughout', () => {
    expect(problems).toEqual([])
  })
})
