import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LATIN_FONT_DIR, writeLatinFontconfig } from '../browser/launch'
import { resolveStaticPath, startStaticServer } from '../browser/server'
import { isAllowedUrl } from '../browser/watch'

describe('resolveStaticPath', () => {
  const root = '/srv/deck'
  const prefix = '/briefings/2026/cluster/'

  it('should map paths under the sub-path to files under the root', () => {
    expect(resolveStaticPath(root, prefix, '/briefings/2026/cluster/assets/a.js')).toBe('/srv/deck/assets/a.js')
    expect(resolveStaticPath(root, prefix, '/briefings/2026/cluster/fonts/%E5%AD%97.woff2')).toBe('/srv/deck/fonts/字.woff2')
  })

  it('should refuse paths outside the sub-path or escaping the root', () => {
    expect(resolveStaticPath(root, prefix, '/assets/a.js')).toBeUndefined()
    expect(resolveStaticPath(root, prefix, '/briefings/2026/cluster/../../../../etc/passwd')).toBeUndefined()
    expect(resolveStaticPath(root, prefix, '/briefings/2026/cluster/%2e%2e/%2e%2e/x')).toBeUndefined()
    expect(resolveStaticPath(root, prefix, '/briefings/2026/cluster/%E0%A4%A')).toBeUndefined()
  })
})

describe('startStaticServer', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'deck-static-'))
    mkdirSync(join(root, 'fonts'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>')
    writeFileSync(join(root, 'fonts', 'a.woff2'), 'xx')
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('should serve the deck only under its sub-path, on loopback, with the right types', async () => {
    const server = await startStaticServer(root, '/briefings/2026/cluster/')
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/briefings\/2026\/cluster\/$/)
      const index = await fetch(server.url)
      expect(index.status).toBe(200)
      expect(index.headers.get('content-type')).toContain('text/html')
      const font = await fetch(`${server.url}fonts/a.woff2`)
      expect(font.headers.get('content-type')).toBe('font/woff2')
      expect((await fetch(`${server.origin}/index.html`)).status).toBe(404)
      expect((await fetch(`${server.url}missing.js`)).status).toBe(404)
      const bare = await fetch(`${server.origin}/briefings/2026/cluster`, { redirect: 'manual' })
      expect(bare.status).toBe(301)
      expect(bare.headers.get('location')).toBe('/briefings/2026/cluster/')
    }
    finally {
      await server.close()
    }
  })
})

describe('isAllowedUrl', () => {
  const origin = 'http://127.0.0.1:4000'
  it('should allow the test server and inline data only', () => {
    expect(isAllowedUrl('http://127.0.0.1:4000/briefings/x.js', origin)).toBe(true)
    expect(isAllowedUrl('data:font/woff2;base64,AA', origin)).toBe(true)
    expect(isAllowedUrl('blob:http://127.0.0.1:4000/uuid', origin)).toBe(true)
    expect(isAllowedUrl('https://fonts.googleapis.com/css2?family=Nunito+Sans', origin)).toBe(false)
    expect(isAllowedUrl('https://cdn.jsdelivr.net/gh/slidevjs/slidev/assets/favicon.png', origin)).toBe(false)
    expect(isAllowedUrl('http://127.0.0.1:40001/x', origin)).toBe(false)
    expect(isAllowedUrl('http://127.0.0.1:4000.evil.example/x', origin)).toBe(false)
  })
})

describe('writeLatinFontconfig', () => {
  it('should list only the Latin font folder, so Chromium cannot find a CJK system font', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-fc-'))
    try {
      const text = readFileSync(writeLatinFontconfig(dir), 'utf8')
      expect([...text.matchAll(/<dir>([^<]+)<\/dir>/g)].map(m => m[1])).toEqual([LATIN_FONT_DIR])
      expect(text).not.toMatch(/<include/)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
