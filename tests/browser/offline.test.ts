import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchDeckBrowser } from './launch'

const deckUrl = inject('deckUrl')

function isLoopback(url: string): boolean {
  if (/^(?:data|blob|about):/.test(url))
    return true
  const { hostname } = new URL(url)
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
}

interface FirstPaint {
  /** ms from navigation start until slide 1's first heading shows in a loaded deck font. */
  painted: number
  /** First Contentful Paint, ms from navigation start (null if Chromium reported none within 2 s). */
  fcp: number | null
  /** Outside URLs the page asked for (they were left hanging). */
  hung: string[]
  /** What a deliberate fetch to an outside host did within 1.5 s: 'pending' proves the hang is real. */
  probe?: string
}

describe('first paint on a network where every outside request hangs (a firewall that drops, not refuses)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchDeckBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function firstPaint(hang: boolean): Promise<FirstPaint> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const hung: string[] = []
    if (hang) {
      // Never fulfilled, continued or aborted: the request stays open like one a firewall drops.
      await context.route(url => !isLoopback(url.href), (route) => {
        hung.push(route.request().url())
      })
    }
    try {
      const page = await context.newPage()
      await page.goto(`${deckUrl}#/1`, { waitUntil: 'commit' })
      await page.waitForFunction(() => {
        const el = document.querySelector('#slide-content [data-slidev-no="1"] :is(h1, h2, p)')
        if (!el || !el.checkVisibility() || el.getBoundingClientRect().height === 0)
          return false
        const family = getComputedStyle(el).fontFamily.split(',')[0].replace(/["']/g, '').trim()
        const weight = getComputedStyle(el).fontWeight
        return [...document.fonts].some(f => f.family.replace(/["']/g, '') === family && f.weight === weight && f.status === 'loaded')
      }, null, { timeout: 30_000, polling: 20 }).catch(() => {
        throw new Error(`第 1 页 30 秒内没有以本套字体显示出来（${hang ? '外部请求悬挂' : '正常网络'}）；被悬挂的外部请求：${hung.join('，') || '无'}`)
      })
      const painted = await page.evaluate(() => performance.now())
      const fcp = await page.evaluate(() => new Promise<number | null>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find(e => e.name === 'first-contentful-paint')
          if (entry)
            resolve(entry.startTime)
        }).observe({ type: 'paint', buffered: true })
        setTimeout(() => resolve(null), 2000)
      }))
      const seen = [...hung]
      const probe = hang
        ? await page.evaluate(() => Promise.race([
            fetch('https://fonts.googleapis.com/css2?family=Probe', { mode: 'no-cors' }).then(() => 'answered', () => 'failed'),
            new Promise<string>(resolve => setTimeout(() => resolve('pending'), 1500)),
          ]))
        : undefined
      return { painted, fcp, hung: seen, probe }
    }
    finally {
      await context.close()
    }
  }

  it('should paint slide 1 in the deck font as fast as with an open network, asking no outside host', async () => {
    const warmup = await firstPaint(false)
    const open = await firstPaint(false)
    const dropped = await firstPaint(true)
    const baseline = Math.min(warmup.painted, open.painted)
    expect(dropped.probe, 'the route must leave outside requests hanging').toBe('pending')
    expect(dropped.hung, 'outside requests made by the deck').toEqual([])
    expect(dropped.fcp, 'first contentful paint').not.toBeNull()
    expect(dropped.fcp!).toBeLessThan(5000)
    expect(dropped.painted, `open network ${Math.round(baseline)} ms, dropped ${Math.round(dropped.painted)} ms`).toBeLessThan(Math.max(baseline * 1.5, baseline + 1000))
    expect(dropped.painted).toBeLessThan(5000)
  })
})
