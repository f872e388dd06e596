/**
 * The deck as one vector PDF, printed by Chromium in ONE pass from Slidev's print page with
 * `tagged: true`, so the structure tree (headings, lists, tables, figures with alt text, links) survives.
 *
 * Slidev's `slidev export` prints the same page but without `tagged`, and re-saves it through
 * @lillallol/outline-pdf; here Slidev's dev server is started through its public API
 * (`resolveOptions` + `createServer`) and the system Chromium prints it.
 */
import type { SlidevData } from '@slidev/types'
import { CHROMIUM_ARGS } from '../../shared/chromium'
import { EXPORT_TIMEOUT_MS } from '../exportArgs'
import { deckPrintUrl } from './deckMeta'
import { prepareDeckForPrint } from './pagePrep'

export interface PrintDeckParams {
  /** Chromium binary, from `findChromium()`. */
  executablePath: string
  /** Slides entry, relative to the current directory (the project root). */
  entry?: string
}

export interface PrintedDeck {
  /** Chromium's tagged PDF: one page per slide, in its final click state. */
  pdf: Uint8Array
  /** What Slidev parsed: headmatter, slides (titles, notes), config. */
  data: SlidevData
  /** Diagrams that were given alternative text before printing. */
  labelledDiagrams: number
}

/** Wait until every slide is on the page and nothing is still loading or rendering. */
async function waitUntilSettled(page: import('playwright-chromium').Page, total: number): Promise<void> {
  await page.waitForFunction((count) => {
    return document.querySelectorAll('.print-slide-container').length === count
      && !document.querySelector('.slidev-slide-loading')
      // Mermaid renders in a hidden container first; Slidev's own export waits for it to empty too.
      && !document.querySelector('#mermaid-rendering-container > div')
  }, total, { timeout: EXPORT_TIMEOUT_MS, polling: 200 })
  await page.evaluate(async () => {
    await document.fonts.ready
  })
}

export async function printDeck(params: PrintDeckParams): Promise<PrintedDeck> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const { chromium } = await import('playwright-chromium')
  const options = await resolveOptions({ entry: params.entry ?? 'slides.md' }, 'export')
  const { config } = options.data
  const server = await createServer(options, {
    server: { host: '127.0.0.1', port: 0 },
    clearScreen: false,
    logLevel: 'warn',
  })
  const browser = await chromium.launch({ executablePath: params.executablePath, args: [...CHROMIUM_ARGS] })
  try {
    await server.listen()
    const address = server.httpServer?.address()
    if (!address || typeof address !== 'object')
      throw new Error('Slidev 开发服务器未能监听端口')
    const width = config.canvasWidth
    const height = Math.round(width / config.aspectRatio)
    const page = await browser.newPage({ locale: 'zh-CN', viewport: { width, height } })
    const url = deckPrintUrl({ origin: `http://127.0.0.1:${address.port}`, base: server.config.base, routerMode: config.routerMode })
    await page.goto(url, { waitUntil: 'networkidle', timeout: EXPORT_TIMEOUT_MS })
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    await waitUntilSettled(page, options.data.slides.length)
    const prep = await page.evaluate(prepareDeckForPrint)
    if (prep.slides !== options.data.slides.length)
      throw new Error(`打印页有 ${prep.slides} 张幻灯片，演示文稿有 ${options.data.slides.length} 张`)
    const pdf = await page.pdf({
      // Slidev's print CSS sets @page to the slide size; these are the same numbers, as a fallback.
      width: `${width}px`,
      height: `${height}px`,
      margin: { left: '0', top: '0', right: '0', bottom: '0' },
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      // Bookmarks come from the slide titles (outline.ts), not from every heading on every slide.
      outline: false,
    })
    return { pdf: new Uint8Array(pdf), data: options.data, labelledDiagrams: prep.labelledDiagrams }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
