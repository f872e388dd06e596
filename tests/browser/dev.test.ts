import type { ChildProcess } from 'node:child_process'
import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isLoopbackUrl } from '../../scripts/shared/loopback'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'
import { loadDeck } from '../support/deck'
import { launchDeckBrowser } from './launch'
import { PortTakenError, printedSlideShowUrl, reportsPortTaken, withFreePort } from './ports'
import { settle } from './probes'

interface DevServer {
  child: ChildProcess
  /** The URL Slidev printed once it was listening, e.g. `http://localhost:41234/`. */
  url: string
}

/**
 * Start `slidev` on `port` (Slidev passes --port to Vite with strictPort, so it never moves to another
 * port) and wait for the URL it prints; a port taken in the meantime is a {@link PortTakenError}.
 */
async function startSlidev(port: number, onChild: (child: ChildProcess) => void, timeoutMs: number): Promise<DevServer> {
  const cli = join(PROJECT_ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
  let log = ''
  const child = spawn(process.execPath, [cli, 'slides.md', '--port', String(port), '--open', 'false'], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  })
  onChild(child)
  const append = (d: Buffer): void => {
    log += d.toString()
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const closed = new Promise<void>(resolve => child.once('close', () => resolve()))
  const start = Date.now()
  let url = printedSlideShowUrl(log)
  for (; url === undefined; url = printedSlideShowUrl(log)) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await closed
      if (reportsPortTaken(log))
        throw new PortTakenError(port, log.slice(-500))
      throw new Error(`slidev 开发服务器提前退出（${child.exitCode ?? child.signalCode}）：\n${log.slice(-3000)}`)
    }
    if (Date.now() - start > timeoutMs)
      throw new Error(`slidev 开发服务器 ${timeoutMs / 1000} 秒内没有报告地址：\n${log.slice(-3000)}`)
    await new Promise(r => setTimeout(r, 200))
  }
  if (new URL(url).port !== String(port))
    throw new Error(`slidev 监听了 ${url}，而不是要求的端口 ${port}：\n${log.slice(-3000)}`)
  await waitForServer(url, child, () => log, timeoutMs)
  return { child, url }
}

async function waitForServer(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`slidev 开发服务器提前退出（${child.exitCode}）：\n${log().slice(-3000)}`)
    try {
      if ((await fetch(url)).ok)
        return
    }
    catch {}
    await new Promise(r => setTimeout(r, 300))
  }
  throw new Error(`slidev 开发服务器 ${timeoutMs / 1000} 秒内没有响应：\n${log().slice(-3000)}`)
}

describe('slidev dev mode', () => {
  let child: ChildProcess | undefined
  let browser: Browser | undefined

  afterAll(async () => {
    await browser?.close()
    if (child?.pid && child.exitCode === null)
      process.kill(-child.pid, 'SIGTERM')
  })

  it('should make no request outside loopback on any slide', async () => {
    const { slides } = await loadDeck()
    const { url } = await withFreePort(port => startSlidev(port, (started) => {
      child = started
    }, 120_000))

    browser = await launchDeckBrowser()
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.addInitScript('globalThis.__name = globalThis.__name || (f => f)')
    const outside: string[] = []
    const errors: string[] = []
    page.on('request', (req) => {
      if (!isLoopbackUrl(req.url()))
        outside.push(req.url())
    })
    page.on('pageerror', err => errors.push(err.message))
    await page.goto(`${url}#/1`)
    await page.waitForSelector('#slide-content [data-slidev-no="1"]', { timeout: 120_000 })
    // Slidev's own controls are in Chinese in dev mode too (scripts/vite/slidevChinese.ts runs in dev as in build).
    expect(await page.locator('nav [title="下一步"]').count()).toBe(1)
    for (const slide of slides) {
      await page.evaluate((no) => {
        location.hash = `#/${no}`
      }, slide.no)
      await page.evaluate(settle, { no: slide.no, mermaid: slide.mermaid.length, timeoutMs: 30_000 })
    }
    expect(outside).toEqual([])
    expect(errors).toEqual([])
  }, 300_000)
})
