import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/fonts'
import { readDeck } from './deckModel'
import { launchDeckBrowser } from './launch'
import { settle } from './probes'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo
      srv.close(() => resolve(port))
    })
  })
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

function isLoopbackUrl(url: string): boolean {
  if (/^(?:data|blob|about):/.test(url))
    return true
  const { hostname } = new URL(url)
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]'
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
    const slides = await readDeck(PROJECT_ROOT)
    const port = await freePort()
    const cli = join(PROJECT_ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
    let log = ''
    child = spawn(process.execPath, [cli, 'slides.md', '--port', String(port), '--open', 'false'], {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    })
    const append = (d: Buffer): void => {
      log += d.toString()
    }
    child.stdout?.on('data', append)
    child.stderr?.on('data', append)
    const url = `http://localhost:${port}/`
    await waitForServer(url, child, () => log, 120_000)

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
    for (const slide of slides) {
      await page.evaluate((no) => {
        location.hash = `#/${no}`
      }, slide.no)
      await page.evaluate(settle, { no: slide.no, mermaid: slide.mermaid, timeoutMs: 30_000 })
    }
    expect(outside).toEqual([])
    expect(errors).toEqual([])
  }, 300_000)
})
