import type { Browser, Page } from 'playwright-chromium'
import type { Deck } from '../support/deck'
import type { RunningNginx } from './nginx'
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/shared/chromium'
import { compact } from '../../scripts/shared/deckText'
import { listFiles } from '../../scripts/shared/files'
import { isLoopbackUrl } from '../../scripts/shared/loopback'
import { freePort, PortTakenError } from '../browser/ports'
import { requireProgram, run } from '../export/tools'
import { loadDeck } from '../support/deck'
import { NGINX_CONF, renderServerBlock, startNginx, startNginxOn } from './nginx'

/** Deep sub-path the tests host the deck under, as an intranet would. */
const SUB_PATH = '/briefings/2026/cluster/'

interface HttpResponse { status: number, headers: Record<string, string | string[] | undefined>, body: Buffer }

/** Raw HTTP GET (no automatic decompression or redirect following). */
function get(url: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    }).on('error', reject).end()
  })
}

describe('renderServerBlock', () => {
  it('should replace only the listen and root lines', () => {
    const template = 'server {\n    listen 8080;\n    root /srv/www;\n    index index.html;\n}\n'
    expect(renderServerBlock(template, '127.0.0.1:9', '/tmp/w')).toBe('server {\n    listen 127.0.0.1:9;\n    root /tmp/w;\n    index index.html;\n}\n')
  })

  it('should refuse a configuration without exactly one listen and one root', () => {
    expect(() => renderServerBlock('server { }', 'a', 'b')).toThrow(/exactly one listen/)
    expect(() => renderServerBlock('listen 1;\nlisten 2;\nroot /a;', 'a', 'b')).toThrow(/exactly one listen/)
  })
})

describe('startNginxOn', () => {
  it('should report a port another process holds as PortTakenError, so startNginx retries on a new one', async () => {
    const work = mkdtempSync(join(tmpdir(), 'deck-nginx-port-'))
    const holder = createServer()
    try {
      chmodSync(work, 0o755)
      const port = await freePort()
      await new Promise<void>(resolve => holder.listen(port, '127.0.0.1', resolve))
      const error = await startNginxOn(requireProgram('nginx', 'nginx-light'), port, work, work).then(() => undefined, (e: unknown) => e)
      expect(error).toBeInstanceOf(PortTakenError)
      expect((error as PortTakenError).port).toBe(port)
    }
    finally {
      holder.close()
      rmSync(work, { recursive: true, force: true })
    }
  })
})

describe('the built deck behind nginx (hosting/nginx.conf)', () => {
  let deck: Deck
  let work: string
  let build: string
  let nginx: RunningNginx
  let browser: Browser
  /** Console errors, page errors, CSP violations and off-origin requests, with the URL they happened on. */
  const problems: string[] = []
  const csp = readFileSync(NGINX_CONF, 'utf8').match(/add_header Content-Security-Policy "([^"]+)"/)?.[1]

  async function openPage(): Promise<Page> {
    const page = await browser.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`console error on ${page.url()}: ${message.text()}`)
    })
    page.on('pageerror', error => problems.push(`page error on ${page.url()}: ${error.message}`))
    page.on('request', (req) => {
      if (!isLoopbackUrl(req.url(), nginx.origin))
        problems.push(`request leaves the origin: ${req.url()}`)
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)
      })
    })
    return page
  }

  /** Load `base#/no` in a fresh page, as a deep link would, and return the visible slide. */
  async function openSlide(page: Page, base: string, no: number) {
    await page.goto('about:blank')
    await page.goto(`${nginx.origin}${base}#/${no}`, { waitUntil: 'networkidle' })
    const slide = page.locator(`[data-slidev-no="${no}"]`).first()
    await slide.waitFor({ state: 'visible', timeout: 30_000 })
    return slide
  }

  beforeAll(async () => {
    deck = await loadDeck()
    work = mkdtempSync(join(tmpdir(), 'deck-hosting-'))
    build = join(work, 'build')
    await run('npm', ['run', '--silent', 'build', '--', '--out', build], { timeoutMs: 900_000 })
    const www = join(work, 'www')
    // The same build, unchanged, at the site root and under a deep sub-path.
    cpSync(build, www, { recursive: true })
    cpSync(build, join(www, SUB_PATH), { recursive: true })
    // nginx workers run as an unprivileged user when the tests run as root.
    chmodSync(work, 0o755)
    nginx = await startNginx(work, www)
    browser = await chromium.launch({ executablePath: requireChromium(), args: [...CHROMIUM_ARGS] })
  })

  afterAll(async () => {
    await browser?.close()
    await nginx?.stop()
    if (work)
      rmSync(work, { recursive: true, force: true })
  })

  it('should be routed by hash, so the server never has to know slide URLs', () => {
    expect(deck.routerMode).toBe('hash')
  })

  it('should serve index.html uncached with the Content-Security-Policy, gzip-compressed', async () => {
    expect(csp).toBeTruthy()
    const res = await get(`${nginx.origin}${SUB_PATH}`, { 'Accept-Encoding': 'gzip' })
    expect(res.status).toBe(200)
    expect(res.headers['content-security-policy']).toBe(csp)
    expect(res.headers['cache-control']).toBe('no-cache')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('should redirect the sub-path without its trailing slash with a relative Location', async () => {
    const res = await get(`${nginx.origin}${SUB_PATH.replace(/\/$/, '')}`)
    expect(res.status).toBe(301)
    expect(res.headers.location).toBe(SUB_PATH)
  })

  it('should name every emitted asset by content hash, and let browsers cache them for a year', async () => {
    const assets = listFiles(join(build, 'assets'))
    expect(assets.length).toBeGreaterThan(0)
    expect(assets.filter(file => !/-[\w-]{8}\.\w+$/.test(file))).toEqual([])
    const js = assets.find(file => file.endsWith('.js'))!
    const res = await get(`${nginx.origin}${SUB_PATH}assets/${js}`, { 'Accept-Encoding': 'gzip' })
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('max-age=31536000')
    expect(res.headers['content-encoding']).toBe('gzip')
  })

  it('should reference its assets relatively, so one build works under any sub-path', () => {
    const html = readFileSync(join(build, 'index.html'), 'utf8')
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map(m => m[1]!)
    expect(urls.length).toBeGreaterThan(0)
    expect(urls.filter(url => !url.startsWith('./'))).toEqual([])
  })

  it('should open every slide by deep link under a sub-path, showing its heading and diagrams', async () => {
    const page = await openPage()
    const wrong: string[] = []
    for (const s of deck.slides) {
      const slide = await openSlide(page, SUB_PATH, s.no)
      expect(new URL(page.url()).hash).toBe(`#/${s.no}`)
      // Mermaid renders after the page settles (the deck's setup waits for its fonts first).
      if (s.labels.length > 0)
        await slide.locator('.mermaid svg').first().waitFor({ timeout: 30_000 })
      // Slidev draws each diagram inside a shadow root, which textContent does not enter; locators do.
      const diagrams = await slide.locator('.mermaid svg').allTextContents()
      const text = compact(`${await slide.textContent() ?? ''}${diagrams.join('')}`)
      if (!text.includes(compact(s.heading)))
        wrong.push(`${s.no}: heading「${s.heading}」not shown`)
      for (const label of s.labels) {
        if (!text.includes(compact(label)))
          wrong.push(`${s.no}: Mermaid label「${label}」not shown`)
      }
      if (/syntaxerror/i.test(text))
        wrong.push(`${s.no}: Mermaid syntax error`)
    }
    await page.close()
    expect(wrong).toEqual([])
  })

  it('should work unchanged at the site root too', async () => {
    const page = await openPage()
    for (const s of [deck.slides[0]!, deck.slides.at(-1)!]) {
      const slide = await openSlide(page, '/', s.no)
      expect(compact(await slide.textContent() ?? '')).toContain(compact(s.heading))
    }
    await page.close()
  })

  it('should keep the slide after moving on with the keyboard and refreshing', async () => {
    const page = await openPage()
    await openSlide(page, SUB_PATH, 1)
    // Step through any clicks on slide 1 (#/1, #/1?clicks=1, ...) until the deck moves to slide 2: one
    // press at a time, each waiting until the deck has taken it (the hash changes), so none is lost or doubled.
    const onSlide1 = (hash: string): boolean => /^#\/1(?:\?|$)/.test(hash)
    for (let press = 0; press < 20 && onSlide1(new URL(page.url()).hash); press++) {
      const before = await page.evaluate(() => location.hash)
      await page.keyboard.press('ArrowRight')
      await page.waitForFunction(previous => location.hash !== previous, before, { timeout: 10_000 }).catch(() => {
        throw new Error(`ArrowRight on ${before} did not change the slide or click step within 10 s`)
      })
    }
    expect(new URL(page.url()).hash).toBe('#/2')
    await page.reload({ waitUntil: 'networkidle' })
    await page.locator('[data-slidev-no="2"]').first().waitFor({ state: 'visible' })
    expect(new URL(page.url()).hash).toMatch(/^#\/2\b/)
    expect(compact(await page.locator('[data-slidev-no="2"]').first().textContent() ?? '')).toContain(compact(deck.slides[1]!.heading))
    await page.close()
  })

  it('should offer the presenter view on the hosted page (#/presenter/1), with the notes', async () => {
    expect(deck.presenter).toBe(true)
    const page = await openPage()
    await page.goto(`${nginx.origin}${SUB_PATH}#/presenter/1`, { waitUntil: 'networkidle' })
    const presenter = page.locator('.slidev-presenter')
    await presenter.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await page.title()).toMatch(/（演讲者视图）$/)
    await expect.poll(async () => compact(await presenter.textContent() ?? '')).toContain(compact(deck.slides[0]!.noteLines[0]!))
    await page.close()
  })

  it('should not put the presenter view before the audience: its button stays hidden until the pointer goes there', async () => {
    const page = await openPage()
    await openSlide(page, SUB_PATH, 1)
    expect(await page.locator('.slidev-presenter').count()).toBe(0)
    // Slidev's nav bar (bottom left) holds the presenter button; it is transparent until hovered or focused.
    const button = page.locator('button:has(.i-carbon\\:user-speaker)')
    await expect.poll(() => button.count()).toBe(1)
    const opacity = (): Promise<number> => button.evaluate((el) => {
      let o = 1
      for (let e: Element | null = el; e; e = e.parentElement)
        o *= Number(getComputedStyle(e).opacity)
      return o
    })
    expect(await opacity()).toBe(0)
    await button.hover()
    await expect.poll(opacity).toBeGreaterThan(0.5)
    await page.close()
  })

  it('should log no console error, break no CSP rule and fetch nothing from another origin', () => {
    expect(problems).toEqual([])
  })
})
