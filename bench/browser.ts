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

/** One resource as Resource Timing saw it (bench/inpage.js): ms from navigation start, encoded body bytes. */
export interface ResourceRecord {
  name: string
  /** initiatorType, or 'document' for the page itself. */
  kind: string
  start: number
  end: number
  bytes: number
  /** renderBlockingStatus === 'blocking' (stylesheets and classic scripts in <head>; the document). */
  blocking: boolean
}

export interface LoadRun {
  /** First contentful paint, ms from navigation start; null when it did not happen before the cap. */
  fcp: number | null
  /** First frame with slide 1 shown (prerendered or mounted) and all its text in its final font, ms; null when not before the cap. */
  ready: number | null
  /** First frame with slide 1 mounted by Vue and all its text in its final font, ms; null when not before the cap. */
  mounted: number | null
  /** When Slidev's background preload mounted the other slides, ms; null when not seen. */
  preloaded: number | null
  /** Layout shift score up to the end of the run. */
  cls: number
  /** Whether the HTML had visible text before any deferred or module script ran. */
  htmlHasContent: boolean | null
  /** Every resource of the page, with timing and bytes. */
  resources: ResourceRecord[]
  /** Main-thread tasks over 50 ms: [start, duration] in ms. */
  longTasks: [number, number][]
  /** The fonts (style, weight, size, family list) of slide 1's text at `ready`. */
  readyFonts: string[] | null
  /** Requests started before Vue mounted slide 1 (or before the cap). */
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

/** How a load is run: the network and CPU Chromium emulates, and how long the page is watched. */
export interface LoadConditions {
  /** Chromium network emulation (CDP Network.emulateNetworkConditions). */
  network?: { latencyMs: number, downKbps: number, upKbps: number }
  /** CPU slowdown factor (CDP Emulation.setCPUThrottlingRate). */
  cpuRate?: number
  /** Keep watching until this many ms after navigation start (for long tasks). */
  watchMs?: number
}

/** Open the deck cold and time slide 1; gives up at `capMs` from navigation start. */
export async function measureLoad(browser: Browser, url: string, capMs: number, conditions: LoadConditions = {}): Promise<LoadRun> {
  const context = await newContext(browser)
  const page = await context.newPage()
  if (conditions.network || conditions.cpuRate) {
    const cdp = await context.newCDPSession(page)
    if (conditions.network) {
      const { latencyMs, downKbps, upKbps } = conditions.network
      await cdp.send('Network.enable')
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: downKbps * 1000 / 8, uploadThroughput: upKbps * 1000 / 8 })
    }
    if (conditions.cpuRate)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpuRate })
  }
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
    await page.waitForFunction('window.__bench && window.__bench.mounted !== null', undefined, { timeout: left, polling: 50 }).catch(() => {})
    // The paint entry reaches the observer a task or two after the frame it times; shifts after the takeover
    // need a moment to be reported too.
    await page.waitForFunction('window.__bench.fcp !== null', undefined, { timeout: 2000, polling: 20 }).catch(() => {})
    await page.waitForTimeout(500)
    if (conditions.watchMs)
      await page.waitForTimeout(Math.max(0, conditions.watchMs - (Date.now() - origin)))
    const state = await page.evaluate(`({ fcp: window.__bench.fcp, ready: window.__bench.ready, readyFonts: window.__bench.readyFonts,
      mounted: window.__bench.mounted, preloaded: window.__bench.preloaded, cls: window.__bench.cls, htmlHasContent: window.__bench.htmlHasContent,
      longTasks: window.__bench.longTasks, resources: window.__bench.resources() })`) as Pick<LoadRun, 'fcp' | 'ready' | 'readyFonts' | 'mounted' | 'preloaded' | 'cls' | 'htmlHasContent' | 'longTasks' | 'resources'>
    const cut = origin + (state.mounted ?? capMs)
    const inScope = (r: RequestRecord): boolean => r.start <= cut
    // Let loopback responses already under way finish (outside ones may hang by design).
    const until = Date.now() + 5000
    while (Date.now() < until && [...records.values()].some(r => inScope(r) && !r.outside && r.outcome === 'pending'))
      await page.waitForTimeout(50)
    await Promise.all(pending)
    return {
      ...state,
      fcp: state.fcp !== null && state.fcp <= capMs ? state.fcp : null,
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
