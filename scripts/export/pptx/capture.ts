/**
 * Read the rendered deck in Chromium: Slidev's dev server (public API, as the notes handout does), its print
 * page (every slide at its final click step, one page, 980 px wide so one CSS px is one canvas px), the slide
 * model from inpage/, and a 2× screenshot of each picture (≥ 2× the slide's resolution, sharp on a projector).
 */
import type { Browser, Page } from 'playwright-chromium'
import type { DeckModel, Item, Slide } from './model'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS } from '../../shared/chromium'
import { EXPORT_TIMEOUT_MS } from '../exportArgs'
import { CANVAS } from './model'

/** Device pixels per canvas px for the pictures: 2 makes a 980-px slide picture 1960 px wide. */
export const PICTURE_SCALE = 2

/** The page-side reader, in the order it must load (plain JavaScript, see inpage/paint.js). */
const INPAGE = ['paint.js', 'text.js', 'slide.js'].map(file => fileURLToPath(new URL(`./inpage/${file}`, import.meta.url)))

export interface PrintUrlParams {
  /** Dev server origin, e.g. `http://127.0.0.1:4000`. */
  origin: string
  /** Vite base, `/` unless the deck sets another. */
  base?: string
  /** The deck's `routerMode` headmatter. */
  routerMode?: string
}

/** URL of Slidev's print page with every slide at its last click (what `slidev export` opens). */
export function printUrl(params: PrintUrlParams): string {
  let base = params.base ?? '/'
  if (!base.startsWith('/'))
    base = `/${base}`
  if (!base.endsWith('/'))
    base = `${base}/`
  const origin = params.origin.replace(/\/+$/, '')
  return params.routerMode === 'hash' ? `${origin}${base}?print=true#print` : `${origin}${base}print?print=true`
}

/** Wait until every slide is in the page, fonts are loaded, lazy slides and Mermaid diagrams have rendered. */
async function settle(page: Page, total: number): Promise<void> {
  await page.waitForFunction((n) => {
    const containers = [...document.querySelectorAll('.print-slide-container')]
    // Each slide is an async component: its layout replaces Slidev's loading placeholder once it has loaded.
    const rendered = containers.every(c => c.querySelector('.slidev-page .slidev-layout') && !c.querySelector('.slidev-slide-loading'))
    // Slidev draws each diagram into a shadow root.
    const pending = [...document.querySelectorAll('.mermaid')].some(m => !(m.shadowRoot ?? m).querySelector('svg'))
    return containers.length === n && rendered && !pending && document.fonts.status === 'loaded'
  }, total, { timeout: EXPORT_TIMEOUT_MS, polling: 100 })
  // Slidev's own export hides the off-screen container Mermaid renders in; two frames let the last layout land.
  await page.evaluate(() => new Promise<void>((resolve) => {
    const box = document.getElementById('mermaid-rendering-container')
    if (box)
      box.style.display = 'none'
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
  }))
}

function pictures(items: Item[]): Extract<Item, { kind: 'picture' }>[] {
  return items.filter((item): item is Extract<Item, { kind: 'picture' }> => item.kind === 'picture')
}

/** Screenshot every tagged element; `background` shots hide the element's children first (gradients only). */
async function shoot(page: Page, slides: Slide[]): Promise<void> {
  const take = async (id: number): Promise<Uint8Array> => {
    const selector = `[data-pptx-shot-${id}]`
    const mode = await page.getAttribute(selector, `data-pptx-shot-${id}`)
    const hide = mode === 'background'
      ? await page.addStyleTag({ content: `${selector} > * { visibility: hidden !important; }` })
      : undefined
    try {
      return await page.locator(selector).screenshot({ animations: 'disabled', timeout: EXPORT_TIMEOUT_MS })
    }
    finally {
      await hide?.evaluate(node => (node as Element).remove())
    }
  }
  for (const slide of slides) {
    if (slide.backgroundShot !== undefined)
      slide.backgroundPng = await take(slide.backgroundShot)
    for (const picture of [...pictures(slide.items), ...pictures(slide.global)])
      picture.png = await take(picture.shot)
  }
}

export interface CaptureParams {
  /** Chromium binary (scripts/shared/chromium.ts). */
  executablePath: string
  /** Slides entry, relative to the project root. */
  entry: string
}

/** Start Slidev, render the print page in Chromium and read the deck's slide model with pictures and notes. */
export async function captureDeck(params: CaptureParams): Promise<DeckModel> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const { chromium } = await import('playwright-chromium')
  const options = await resolveOptions({ entry: params.entry }, 'export')
  const server = await createServer(options, { server: { host: '127.0.0.1', port: 0 }, clearScreen: false, logLevel: 'warn' })
  let browser: Browser | undefined
  try {
    await server.listen()
    const address = server.httpServer?.address()
    if (!address || typeof address !== 'object')
      throw new Error('Slidev 开发服务器未能监听端口')
    browser = await chromium.launch({ executablePath: params.executablePath, args: [...CHROMIUM_ARGS] })
    const page = await browser.newPage({ viewport: { ...CANVAS }, deviceScaleFactor: PICTURE_SCALE, locale: 'zh-CN' })
    const url = printUrl({ origin: `http://127.0.0.1:${address.port}`, base: server.config.base, routerMode: options.data.config.routerMode })
    await page.goto(url, { waitUntil: 'networkidle', timeout: EXPORT_TIMEOUT_MS })
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    await settle(page, options.data.slides.length)
    for (const file of INPAGE)
      await page.addScriptTag({ content: readFileSync(file, 'utf8') })
    const slides = await page.evaluate(() => (window as unknown as { __deckPptx: { extract: () => Slide[] } }).__deckPptx.extract())
    if (slides.length !== options.data.slides.length)
      throw new Error(`打印页有 ${slides.length} 页，幻灯片有 ${options.data.slides.length} 页`)
    slides.forEach((slide, i) => {
      slide.notes = options.data.slides[i]?.note ?? ''
    })
    await shoot(page, slides)
    const head = options.data.headmatter
    return {
      title: String(options.data.config.title ?? ''),
      author: typeof head.author === 'string' ? head.author : undefined,
      subject: typeof head.info === 'string' ? head.info.trim().split('\n')[0] : undefined,
      slides,
    }
  }
  finally {
    await browser?.close()
    await server.close()
  }
}
