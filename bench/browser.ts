/**
 * Measurements in headless Chromium: a cold first load of the deck, and a walk through it with PageDown.
 * Each run gets a fresh browser context (empty cache, no cookies). In-page timing lives in bench/inpage.js.
 */
import type { Browser, BrowserContext, Request } from 'playwright-chromium'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS } from '../scripts/shared/chromium'
import { isLoopbackUrl } from '../scripts/shared/loopback'

const INPAGE = fileURLToPath(new URL('./inpage.js', import.meta.url))

export interface RequestRecord {
  url: string
  /** Not inline and not on 127.0.0.1, [::1] or localhost (scripts/shared/loopback.ts). */
  outside: boolean
  /** Epoch ms when the request started (the browser's clock; for unanswered requests, when Node heard of it). */
  start: number
  /** 'ok' with sizes, 'failed' (e.g. DNS), or 'pending' (no answer by the end of the run). */
  outcome: 'ok' | 'failed' | 'pending'
  /** Response body as sent (after Content-Encoding), bytes. */
  wireBytes: number
  /** Response body after decoding, bytes. */
  decodedBytes: number
}

export interface LoadRun {
  /** First contentful paint, ms from navigation start; null when it did not happen before the cap. */
  fcp: number | null
  /** First frame with slide 1 shown and all its text in its final font, ms; null when not before the cap. */
  ready: number | null
  /** The fonts (style, weight, size, family list) of slide 1's text at `ready`. */
  readyFonts: string[] | null
  /** Requests started before the slide was ready (or before the cap). */
  requests: RequestRecord[]
}

/** When the browser started the request (epoch ms); Node sees the event later, by as much as its loop is busy. */
function browserStart(request: Request, fallback: number): number {
  const start = request.timing().startTime
  return start > 0 ? start : fallback
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN' })
  await context.addInitScript({ path: INPAGE })
  return context
}

/**
 * Headless Chromium with the project's flags. With `blackHolePort`, every host but 127.0.0.1 resolves to a
 * loopback port that accepts connections and never answers (bench/blackHole.ts), as behind a firewall that drops
 * traffic; no request interception is involved, so loopback requests cost the same in both modes.
 */
export async function launchBrowser(executablePath: string, blackHolePort?: number): Promise<Browser> {
  const { chromium } = await import('playwright-chromium')
  const args: string[] = [...CHROMIUM_ARGS]
  if (blackHolePort !== undefined)
    args.push(`--host-resolver-rules=MAP * 127.0.0.1:${blackHolePort}, EXCLUDE 127.0.0.1`)
  return chromium.launch({ executablePath, args })
}

/** Open the deck cold and time slide 1; gives up at `capMs` from navigation start. */
export async function measureLoad(browser: Browser, url: string, capMs: number): Promise<LoadRun> {
  const context = await newContext(browser)
  const page = await context.newPage()
  const records = new Map<Request, RequestRecord>()
  const pending: Promise<void>[] = []
  page.on('request', (request) => {
    const href = request.url()
    if (href.startsWith('data:'))
      return
    records.set(request, { url: href, outside: !isLoopbackUrl(href), start: Date.now(), outcome: 'pending', wireBytes: 0, decodedBytes: 0 })
  })
  page.on('requestfinished', (request) => {
    pending.push((async () => {
      const record = records.get(request)
      const response = await request.response()
      if (!record || !response)
        return
      const [sizes, body] = await Promise.all([request.sizes(), response.body().catch(() => Buffer.alloc(0))])
      record.start = browserStart(request, record.start)
      record.outcome = 'ok'
      record.wireBytes = sizes.responseBodySize
      record.decodedBytes = body.length
    })().catch(() => {}))
  })
  page.on('requestfailed', (request) => {
    const record = records.get(request)
    if (record) {
      record.start = browserStart(request, record.start)
      record.outcome = 'failed'
    }
  })
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: capMs })
    const origin = await page.evaluate('performance.timeOrigin') as number
    const left = Math.max(1, capMs - (Date.now() - origin))
    await page.waitForFunction('window.__bench && window.__bench.ready !== null', undefined, { timeout: left, polling: 50 }).catch(() => {})
    // The paint entry reaches the observer a task or two after the frame it times.
    await page.waitForFunction('window.__bench.fcp !== null', undefined, { timeout: 2000, polling: 20 }).catch(() => {})
    const state = await page.evaluate('({ fcp: window.__bench.fcp, ready: window.__bench.ready, readyFonts: window.__bench.readyFonts })') as Pick<LoadRun, 'fcp' | 'ready' | 'readyFonts'>
    const cut = origin + (state.ready ?? capMs)
    const inScope = (r: RequestRecord): boolean => r.start <= cut
    // Let loopback responses already under way finish (outside ones may hang by design).
    const until = Date.now() + 5000
    while (Date.now() < until && [...records.values()].some(r => inScope(r) && !r.outside && r.outcome === 'pending'))
      await page.waitForTimeout(50)
    await Promise.all(pending)
    return {
      fcp: state.fcp !== null && state.fcp <= capMs ? state.fcp : null,
      ready: state.ready,
      readyFonts: state.readyFonts,
      requests: [...records.values()].filter(inScope),
    }
  }
  finally {
    await context.close()
  }
}

export interface NavStep {
  from: number
  to: number
  kind: 'slide' | 'click'
  /** Key press to the first frame with the new slide displayed, mounted, Mermaid drawn, fonts final (ms). */
  rendered: number | null
  /** Key press to the end of the slide transition (ms). */
  settled: number | null
}

interface RawNav { from: number, to: number | null, kind: 'slide' | 'click' | null, pressedAt: number | null, rendered: number | null, settled: number | null }

/**
 * Load the deck, let Slidev's preloading finish (it mounts every slide 3 s after the first), then press
 * PageDown through every click step and slide to the end, timing each press.
 */
export async function measureNav(browser: Browser, url: string, mermaidBySlide: Record<number, number>, slideCount: number, capMs: number): Promise<NavStep[]> {
  const context = await newContext(browser)
  const page = await context.newPage()
  try {
    await page.goto(url, { waitUntil: 'load', timeout: capMs })
    await page.waitForFunction('window.__bench && window.__bench.ready !== null', undefined, { timeout: capMs, polling: 50 })
    await page.waitForTimeout(3500)
    await page.waitForLoadState('networkidle', { timeout: capMs }).catch(() => {})
    const steps: NavStep[] = []
    // Upper bound on presses: every slide plus generous click steps; stops at the last slide.
    for (let press = 0; press < slideCount * 12; press++) {
      await page.evaluate(`window.__bench.armNav(${JSON.stringify(mermaidBySlide)}, 10000)`)
      await page.keyboard.press('PageDown')
      const raw = await page.evaluate('window.__bench.nav.done') as RawNav
      if (raw.kind === null) {
        if (raw.from >= slideCount)
          break
        throw new Error(`PageDown on slide ${raw.from} changed nothing within 10 s`)
      }
      const since = (t: number | null): number | null => (t === null || raw.pressedAt === null ? null : t - raw.pressedAt)
      steps.push({ from: raw.from, to: raw.to ?? raw.from, kind: raw.kind, rendered: since(raw.rendered), settled: since(raw.settled) })
      if (raw.kind === 'slide' && raw.to === slideCount)
        break
    }
    return steps
  }
  finally {
    await context.close()
  }
}
