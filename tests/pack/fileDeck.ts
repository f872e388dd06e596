/**
 * The one-file deck opened as a double-click opens it: a file:// URL, in the suite's Chromium (no CJK system
 * font), with the network off twice over (an offline context and a host resolver that resolves nothing).
 */
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { pathToFileURL } from 'node:url'
import { launchDeckBrowser } from '../browser/launch'

/** Every host name fails to resolve: nothing could leave the machine even if the page tried. */
export const NO_NETWORK_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND'] as const

/** A 16:9 projector window. */
export const VIEWPORT = { width: 1280, height: 720 }

export function launchOffline(): Promise<Browser> {
  return launchDeckBrowser(NO_NETWORK_ARGS)
}

/** The file:// URL of `path` with a hash route, e.g. `#/presenter/1`. */
export function fileUrl(path: string, hash = ''): string {
  return `${pathToFileURL(path).href}${hash}`
}

export interface OfflineContext {
  context: BrowserContext
  /** Requests made by any page of the context, other than data:/blob: and the opening of the file itself. */
  requests: string[]
  /** Console errors and warnings and page errors of every page of the context. */
  problems: string[]
}

/** A context for `file` with no network; every page in it is watched for requests and console errors. */
export async function offlineContext(browser: Browser, file: string, options: { javaScriptEnabled?: boolean } = {}): Promise<OfflineContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, offline: true, ...options })
  // esbuild's keepNames wraps functions in __name(); give the page a no-op so page.evaluate(fn) works.
  await context.addInitScript('globalThis.__name = globalThis.__name || (f => f)')
  const document = pathToFileURL(file).href
  const requests: string[] = []
  const problems: string[] = []
  context.on('request', (req) => {
    const url = req.url()
    if (/^(?:data|blob):/.test(url))
      return
    if (req.isNavigationRequest() && req.resourceType() === 'document' && url.split('#')[0] === document)
      return
    requests.push(`${req.resourceType()} ${url.slice(0, 160)}`)
  })
  context.on('page', (page: Page) => {
    const where = (): string => decodeURIComponent(page.url().split('#')[1] ?? '')
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning')
        problems.push(`[#${where()}] 控制台 ${msg.type()}：${msg.text().slice(0, 300)}`)
    })
    page.on('pageerror', error => problems.push(`[#${where()}] 页面异常：${error.message.slice(0, 300)}`))
  })
  return { context, requests, problems }
}
