/**
 * The first-paint figures of issue 16, from one load (bench/browser.ts measureLoad): what the first paint had to
 * wait for, what arrived before Vue mounted slide 1, how long the main thread was blocked, and — for a deck that
 * paints slide 1 from its HTML — whether Vue's takeover changes a pixel.
 */
import type { Browser } from 'playwright-chromium'
import type { LoadRun, ResourceRecord } from './browser'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

/** The weak meeting-room Wi-Fi of the issue: 1.6 Mbit/s down, 150 ms round trip (upload 750 kbit/s). */
export const SLOW_LINK = { latencyMs: 150, downKbps: 1600, upKbps: 750 } as const
/** The CPU slowdown and the window for main-thread blocking (Lighthouse's mobile preset slows the CPU 4×). */
export const CPU_RATE = 4
export const BLOCKING_WINDOW_MS = 10_000

const FONT = /\.(?:woff2?|ttf|otf)(?:$|\?)/

/**
 * Bytes (encoded bodies) that had to arrive before the first contentful paint: the document, every render-blocking
 * resource and every font that arrived before the paint; and when the HTML alone has nothing to show (the page
 * is built by script), every resource that arrived before the paint, since the paint waited for the scripts.
 */
export function bytesBeforePaint(run: Pick<LoadRun, 'fcp' | 'resources' | 'htmlHasContent'>): number {
  if (run.fcp === null)
    return Number.NaN
  const needed = (r: ResourceRecord): boolean => r.kind === 'document' || r.blocking || FONT.test(r.name) || run.htmlHasContent === false
  return run.resources.filter(r => r.end <= run.fcp! && needed(r)).reduce((sum, r) => sum + r.bytes, 0)
}

/** Bytes (encoded bodies) of everything requested before Vue mounted slide 1. */
export function bytesBeforeMount(run: Pick<LoadRun, 'mounted' | 'resources'>): number {
  if (run.mounted === null)
    return Number.NaN
  return run.resources.filter(r => r.start <= run.mounted!).reduce((sum, r) => sum + r.bytes, 0)
}

/** Main-thread blocking: the part over 50 ms of every task that starts in [from, to) (Lighthouse's TBT rule). */
export function blockingTime(run: Pick<LoadRun, 'longTasks'>, from = 0, to = BLOCKING_WINDOW_MS): number {
  return run.longTasks.filter(([start]) => start >= from && start < to).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0)
}

/**
 * Blocking time by phase: until Vue mounted slide 1; from then until Slidev's background preload mounts every
 * other slide (3 s after the slide show mounted; it draws every Mermaid diagram); from the preload to the window's end.
 */
export function blockingPhases(run: Pick<LoadRun, 'longTasks' | 'mounted' | 'preloaded'>): { beforeMount: number, settle: number, preload: number } {
  const mounted = Math.min(run.mounted ?? BLOCKING_WINDOW_MS, BLOCKING_WINDOW_MS)
  // A task already running when the preload was seen began it: take the phase from that task's start.
  const seen = run.preloaded ?? mounted + 3000
  const begun = run.longTasks.find(([start, duration]) => start <= seen && start + duration >= seen)?.[0] ?? seen
  const preload = Math.max(mounted, Math.min(BLOCKING_WINDOW_MS, begun))
  return { beforeMount: blockingTime(run, 0, mounted), settle: blockingTime(run, mounted, preload), preload: blockingTime(run, preload) }
}

/** Share of pixels that differ between two equally sized PNG screenshots. */
export function pixelShare(a: Buffer, b: Buffer): number {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)]
  if (pa.width !== pb.width || pa.height !== pb.height)
    return 1
  return pixelmatch(pa.data, pb.data, undefined, pa.width, pa.height, { threshold: 0 }) / (pa.width * pa.height)
}

/**
 * Screenshot slide 1 as painted from the HTML (the app's entry held back), then again after Vue has taken over;
 * the share of pixels that differ. Undefined for a deck without a prerendered cover. Not timed (request
 * interception slows every request), so it runs apart from the timed loads.
 */
export async function takeoverPixelShare(browser: Browser, url: string, capMs: number): Promise<number | undefined> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
  try {
    let release!: () => void
    const released = new Promise<void>(resolve => release = resolve)
    await context.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await released
      await route.continue()
    })
    const page = await context.newPage()
    // Only 'commit': a page whose entry is held back never reaches its load event (and, for a page that has its
    // module script in the HTML, never reaches DOMContentLoaded either).
    await page.goto(`${url}#/1`, { waitUntil: 'commit', timeout: capMs })
    if (!await page.waitForSelector('#deck-cover h1', { timeout: 10_000 }).catch(() => null))
      return undefined
    await page.waitForFunction('document.fonts.status === "loaded"', undefined, { timeout: capMs })
    await page.waitForTimeout(300)
    const before = await page.screenshot()
    release()
    await page.waitForFunction('!document.getElementById("deck-cover") && !!document.querySelector("#slide-content .slidev-page-1")', undefined, { timeout: capMs })
    await page.waitForTimeout(500)
    return pixelShare(before, await page.screenshot())
  }
  finally {
    await context.close()
  }
}
