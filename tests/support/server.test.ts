import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveStaticPath, startStaticServer } from './server'

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
    const server = await startStaticServer(root, { prefix: '/briefings/2026/cluster/' })
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

describe('startStaticServer with gzip', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'deck-gzip-'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>')
    writeFileSync(join(root, 'app.js'), `console.log(${JSON.stringify('幻灯片'.repeat(400))})`)
    writeFileSync(join(root, 'face.woff2'), Buffer.alloc(4096, 7))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  /** Status, headers and raw body bytes, without the client decompressing (fetch would). */
  function get(url: string, acceptGzip: boolean): Promise<{ encoding?: string, vary?: string, type?: string, body: Buffer }> {
    return new Promise((resolve, reject) => {
      request(url, { headers: acceptGzip ? { 'Accept-Encoding': 'gzip' } : {} }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, type: res.headers['content-type'], body: Buffer.concat(chunks) }))
      }).on('error', reject).end()
    })
  }

  it('should compress scripts of 1 KB and more as nginx does, for clients that accept it, and never WOFF2', async () => {
    const server = await startStaticServer(root, { gzip: true })
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      const js = await get(`${server.url}app.js`, true)
      expect(js).toMatchObject({ encoding: 'gzip', vary: 'Accept-Encoding', type: 'application/javascript; charset=utf-8' })
      expect(gunzipSync(js.body).toString()).toBe(readFileSync(join(root, 'app.js'), 'utf8'))
      expect((await get(`${server.url}app.js`, false)).encoding).toBeUndefined()
      expect((await get(`${server.url}face.woff2`, true)).encoding).toBeUndefined()
      // Too small to be worth it (under gzip_min_length).
      expect((await get(server.url, true)).encoding).toBeUndefined()
    }
    finally {
      await server.close()
    }
  })
})
