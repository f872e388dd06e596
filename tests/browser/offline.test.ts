import type { Browser, Request } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { isLoopbackUrl } from '../../scripts/shared/loopback'
import { launchDeckBrowser } from './launch'

const deckUrl = inject('deckUrl')

/**
 * Stall detector, not a speed target (speed belongs to `npm run bench`): a stylesheet or font the page
 * waited on from a dropped host would hold the first paint for Chromium's ~30 s stall, so "slide 1 shows
 * within 20 s at all" tells the two apart even on a loaded 2-core machine.
 */
const STALL_CAP_MS = 20_000

describe('first paint on a network where every outside request hangs (a firewall that drops, not refuses)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchDeckBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should paint slide 1 in the deck font, ask no outside host and wait on nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const hung: string[] = []
    // Never fulfilled, continued or aborted: each outside request stays open like one a firewall drops.
    await context.route(url => !isLoopbackUrl(url.href), (route) => {
      hung.push(route.request().url())
    })
    try {
      const page = await context.newPage()
      /** Requests started and not yet finished or failed. */
      const open = new Set<Request>()
      page.on('request', req => open.add(req))
      page.on('requestfinished', req => open.delete(req))
      page.on('requestfailed', req => open.delete(req))

      await page.goto(`${deckUrl}#/1`, { waitUntil: 'commit' })
      await page.waitForFunction(() => {
        const el = document.querySelector('#slide-content [data-slidev-no="1"] :is(h1, h2, p)')
        if (!el || !el.checkVisibility() || el.getBoundingClientRect().height === 0)
          return false
        const family = getComputedStyle(el).fontFamily.split(',')[0].replace(/["']/g, '').trim()
        const weight = getComputedStyle(el).fontWeight
        return [...document.fonts].some(f => f.family.replace(/["']/g, '') === family && f.weight === weight && f.status === 'loaded')
      }, null, { timeout: STALL_CAP_MS, polling: 50 }).catch(() => {
        throw new Error(`外部请求悬挂时，第 1 页 ${STALL_CAP_MS / 1000} 秒内没有以本套字体显示出来（页面在等被丢弃的外部主机）；被悬挂的外部请求：${hung.join('，') || '无'}`)
      })

      // Chromium really painted (not just laid out) the page.
      const fcp = await page.evaluate(() => new Promise<number | null>((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntries().find(e => e.name === 'first-contentful-paint')
          if (entry)
            resolve(entry.startTime)
        }).observe({ type: 'paint', buffered: true })
        setTimeout(() => resolve(null), 5000)
      }))
      expect(fcp, 'first contentful paint').not.toBeNull()

      // Nothing the page needs is pending: the load event has fired (no stylesheet, script or image
      // outstanding), every font face is settled, and no request is still open.
      await page.waitForFunction(() => document.readyState === 'complete' && document.fonts.status === 'loaded', null, { timeout: STALL_CAP_MS }).catch(async () => {
        const state = await page.evaluate(() => ({ ready: document.readyState, fonts: [...document.fonts].filter(f => f.status === 'loading').map(f => `${f.family} ${f.weight}`) }))
        throw new Error(`页面仍在等待：readyState=${state.ready}，加载中的字体：${state.fonts.join('，') || '无'}；被悬挂的外部请求：${hung.join('，') || '无'}`)
      })
      await page.waitForLoadState('networkidle', { timeout: STALL_CAP_MS }).catch(() => {})
      const stillOpen = [...open].map(req => req.url())
      expect(stillOpen.filter(url => !isLoopbackUrl(url)), 'outside requests still open').toEqual([])
      expect(stillOpen, 'requests still open after the network went idle').toEqual([])

      // The route really leaves outside requests hanging (so the checks above were made under the hang).
      const probe = await page.evaluate(() => Promise.race([
        fetch('https://fonts.googleapis.com/css2?family=Probe', { mode: 'no-cors' }).then(() => 'answered', () => 'failed'),
        new Promise<string>(resolve => setTimeout(resolve, 1500, 'pending')),
      ]))
      expect(probe, 'the route must leave outside requests hanging').toBe('pending')
      expect(hung.filter(url => !url.includes('family=Probe')), 'outside requests made by the deck').toEqual([])
    }
    finally {
      await context.close()
    }
  })
})
