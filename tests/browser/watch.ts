import type { Page } from 'playwright-chromium'
import { isLoopbackUrl } from '../../scripts/shared/loopback'

/** Problems a page reported since the last {@link PageWatch.take}: outside requests, failures, console noise. */
export interface PageWatch {
  /** Return and clear the problems collected so far. */
  take: () => string[]
  /** Every URL the page requested outside `origin` (never cleared). */
  outside: string[]
}

/** Collect everything the issue forbids: requests to other hosts, failed requests, console errors/warnings, page errors. */
export function watchPage(page: Page, origin: string): PageWatch {
  let problems: string[] = []
  const outside: string[] = []
  page.on('request', (req) => {
    if (!isLoopbackUrl(req.url(), origin)) {
      outside.push(req.url())
      problems.push(`外部请求：${req.method()} ${req.url()}`)
    }
  })
  page.on('requestfailed', (req) => {
    if (isLoopbackUrl(req.url(), origin))
      problems.push(`请求失败：${req.url()}（${req.failure()?.errorText ?? '?'}）`)
  })
  page.on('response', (res) => {
    if (res.status() >= 400)
      problems.push(`HTTP ${res.status()}：${res.url()}`)
  })
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`控制台 ${msg.type()}：${msg.text().slice(0, 300)}`)
  })
  page.on('pageerror', (err) => {
    problems.push(`页面异常：${err.message.slice(0, 300)}`)
  })
  return {
    take: () => {
      const out = problems
      problems = []
      return out
    },
    outside,
  }
}
