/**
 * A static server for a built deck on 127.0.0.1, compressing like the README's nginx block
 * (hosting/nginx.conf: gzip level 6, from 1 KB, for text, JS, JSON, SVG and TTF/OTF; never WOFF2).
 * Files are read and compressed once, before the first request, so compression costs no time in a run.
 */
import type { AddressInfo } from 'node:net'
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createServer as createTcpServer } from 'node:net'
import { extname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** Types nginx compresses with the README's `gzip_types` (text/html always). */
const COMPRESSED = /^(?:text\/|application\/javascript|application\/json|image\/svg\+xml|font\/ttf|font\/otf)/
const GZIP_MIN_LENGTH = 1024

interface Entry { type: string, body: Buffer, gzip?: Buffer }

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory())
      walk(path, out)
    else if (entry.isFile())
      out.push(path)
  }
  return out
}

export interface BenchServer {
  /** e.g. `http://127.0.0.1:41234/` */
  url: string
  close: () => Promise<void>
}

/** Serve `root` at `/` on a free loopback port. */
export async function serveStatic(root: string): Promise<BenchServer> {
  const files = new Map<string, Entry>()
  for (const path of walk(root, [])) {
    const type = TYPES[extname(path)] ?? 'application/octet-stream'
    const body = readFileSync(path)
    const gzip = COMPRESSED.test(type) && body.length >= GZIP_MIN_LENGTH ? gzipSync(body, { level: 6 }) : undefined
    files.set(`/${relative(root, path).split('\\').join('/')}`, { type, body, gzip })
  }
  const server = createServer((req, res) => {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    }
    catch {
      res.writeHead(400).end()
      return
    }
    const entry = files.get(pathname.endsWith('/') ? `${pathname}index.html` : pathname)
    if (!entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    const body = gzip ? entry.gzip! : entry.body
    res.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', 'Vary': 'Accept-Encoding' } : {}),
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

export interface BlackHole {
  port: number
  close: () => Promise<void>
}

/** A loopback TCP port that accepts connections, reads whatever is sent and never answers. */
export async function startBlackHole(): Promise<BlackHole> {
  const sockets = new Set<import('node:net').Socket>()
  const server = createTcpServer((socket) => {
    sockets.add(socket)
    socket.on('data', () => {})
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets)
        socket.destroy()
      server.close(() => resolve())
    }),
  }
}
