/**
 * Checks for the cover that the build writes into index.html (scripts/vite/cover): each returns the problems it
 * found (empty when all is well), so a test can show the same check failing on a bad fixture.
 */
import type { BrowserContext, CDPSession } from 'playwright-chromium'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

/** Most a layout shift may add up to while Vue takes over (the budget). */
export const CLS_BUDGET = 0.01
/** Share of pixels that may differ between the prerendered and the mounted cover. */
export const PIXEL_BUDGET = 0.01
/** Least share of dark pixels in the title's box for the title to count as drawn (a bold CJK title inks ~20 %). */
export const MIN_TITLE_INK = 0.05

/** The attribute value the build puts on the prerendered title (PerformanceObserver 'element' entries). */
export const COVER_TITLE_TIMING = 'deck-cover-title'

/** What a page has to contain for the cover to paint from the HTML alone. */
export function coverHtmlProblems(html: string, title: string): string[] {
  const problems: string[] = []
  const cover = /<div id="deck-cover">([\s\S]*?)<div id="app">/.exec(html)?.[1]
  if (!cover)
    problems.push('index.html 中没有预渲染的封面（#deck-cover）')
  else if (!cover.includes(`>${title}</h1>`))
    problems.push(`预渲染的封面里没有标题「${title}」`)
  for (const face of ['deck-cover-sans-400.woff2', 'deck-cover-serif-700.woff2']) {
    if (!new RegExp(`<link rel="preload" href="[^"]*${face.replace('.', '\\.')}" as="font"[^>]*crossorigin`).test(html))
      problems.push(`index.html 没有预加载封面字体 ${face}`)
  }
  return problems
}

/** Share of pixels in `box` (CSS px = device px here) darker than mid-grey. */
export function inkShare(png: Buffer, box: { x: number, y: number, width: number, height: number }): number {
  const img = PNG.sync.read(png)
  let dark = 0
  let all = 0
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(img.height, Math.ceil(box.y + box.height)); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(img.width, Math.ceil(box.x + box.width)); x++) {
      const i = (y * img.width + x) * 4
      all++
      if (0.299 * img.data[i] + 0.587 * img.data[i + 1] + 0.114 * img.data[i + 2] < 128)
        dark++
    }
  }
  return all ? dark / all : 0
}

/** Share of pixels that differ at all between two screenshots of the same size. */
export function diffShare(a: Buffer, b: Buffer): number {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)]
  if (pa.width !== pb.width || pa.height !== pb.height)
    return 1
  return pixelmatch(pa.data, pb.data, undefined, pa.width, pa.height, { threshold: 0 }) / (pa.width * pa.height)
}

/**
 * The title element's box and the fonts Chromium drew it with, read through the DevTools protocol only (DOM and
 * CSS domains), so it works with JavaScript disabled.
 */
export async function titleFacts(cdp: CDPSession, selector: string): Promise<{ box: { x: number, y: number, width: number, height: number }, fonts: string[] } | undefined> {
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  if (!nodeId)
    return undefined
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId })
  const [x1, y1, x2, , , y3] = model.content
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  return { box: { x: x1, y: y1, width: x2 - x1, height: y3 - y1 }, fonts: fonts.map(f => `${f.isCustomFont ? 'web' : 'system'}:${f.familyName}`) }
}

/** Collects, from the first byte of every page of a context: layout shifts and element-timing entries. */
export const OBSERVE_PAINT = `(() => {
  const seen = { cls: 0, shifts: [], elements: [] };
  window.__coverProbe = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) { seen.cls += e.value; seen.shifts.push(Math.round(e.startTime) + 'ms ' + e.value.toFixed(4)); }
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.elements.push(e.identifier);
  }).observe({ type: 'element', buffered: true });
})()`

export interface PaintRecord {
  cls: number
  shifts: string[]
  /** `elementtiming` identifiers of elements painted so far. */
  elements: string[]
}

export async function newObservedContext(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript(OBSERVE_PAINT)
  return context
}

/** Problems with a takeover's record: layout shift over budget, the cover's look changed, titles duplicated. */
export function takeoverProblems(run: { paint: PaintRecord, before: Buffer, after: Buffer, titles: number }): string[] {
  const problems: string[] = []
  if (run.paint.cls > CLS_BUDGET)
    problems.push(`接管时布局偏移 CLS ${run.paint.cls.toFixed(4)} > ${CLS_BUDGET}（${run.paint.shifts.join('，')}）`)
  const diff = diffShare(run.before, run.after)
  if (diff >= PIXEL_BUDGET)
    problems.push(`接管前后截图有 ${(diff * 100).toFixed(2)}% 的像素不同（上限 ${PIXEL_BUDGET * 100}%）`)
  if (run.titles !== 1)
    problems.push(`接管后页面里有 ${run.titles} 个封面标题（应只有 1 个）`)
  return problems
}
