/**
 * The one static server for a built deck on 127.0.0.1, used by the browser tests (under an intranet-like
 * sub-path) and the benchmark (compressing as hosting/nginx.conf does: gzip level 6, from 1 KB, for text, JS,
 * JSON, SVG and TTF/OTF, never WOFF2). Content types follow nginx's mime.types.
 */
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { listFiles } from '../../scripts/shared/files'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** Types nginx compresses with hosting/nginx.conf's `gzip_types` (text/html always). */
const COMPRESSED = /^(?:text\/|application\/javascript|application\/json|image\/svg\+xml|font\/ttf|font\/otf)/
const GZIP_MIN_LENGTH = 1024

/** The content type a file is served with. */
export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

export interface StaticServerOptions {
  /** URL path the folder is served under, starting and ending with `/` (default `/`); anything else is 404. */
  prefix?: string
  /**
   * Compress as hosting/nginx.conf does when the client accepts gzip (compressed once, before the first
   * request, so compression costs no time while a page loads).
   */
  gzip?: boolean
}

export interface StaticServer {
  /** Loopback origin, e.g. `http://127.0.0.1:41234`. */
  origin: string
  /** Full URL of the deck: origin + prefix, ending in `/`. */
  url: string
  close: () => Promise<void>
}

/**
 * Map a request path to a file under `root`, or undefined when it is outside the prefix or the root.
 * `prefix` starts and ends with `/`; a directory maps to its index.html.
 */
export function resolveStaticPath(root: string, prefix: string, pathname: string): string | undefined {
  if (!pathname.startsWith(prefix))
    return undefined
  let rel: string
  try {
    rel = decodeURIComponent(pathname.slice(prefix.length))
  }
  catch {
    return undefined
  }
  if (rel.includes('\0'))
    return undefined
  const file = normalize(join(root, rel))
  if (file !== normalize(root) && !file.startsWith(normalize(root) + sep))
    return undefined
  if (existsSync(file) && statSync(file).isDirectory())
    return join(file, 'index.html')
  return file
}

interface Entry { body: Buffer, gzip?: Buffer }

/**
 * Every file under `root` by absolute path, read once before the first request (so no request waits on the
 * disk or the compressor), with its gzipped body when `gzip` is on and nginx would compress it.
 */
function readAll(root: string, gzip: boolean): Map<string, Entry> {
  const out = new Map<string, Entry>()
  for (const rel of listFiles(root)) {
    const path = join(root, rel)
    const body = readFileSync(path)
    const compress = gzip && COMPRESSED.test(contentType(path)) && body.length >= GZIP_MIN_LENGTH
    out.set(path, { body, gzip: compress ? gzipSync(body, { level: 6 }) : undefined })
  }
  return out
}

/** Serve the files under `root` (as they are when it starts) on a free loopback port under `options.prefix`. */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const prefix = options.prefix ?? '/'
  const files = readAll(root, options.gzip ?? false)
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x')
    if (prefix !== '/' && pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end()
      return
    }
    const file = resolveStaticPath(root, prefix, pathname)
    const entry = file === undefined ? undefined : files.get(file)
    if (!file || !entry) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    const useGzip = entry.gzip !== undefined && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    const body = useGzip ? entry.gzip! : entry.body
    res.writeHead(200, {
      'Content-Type': contentType(file),
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(entry.gzip !== undefined ? { Vary: 'Accept-Encoding' } : {}),
      ...(useGzip ? { 'Content-Encoding': 'gzip' } : {}),
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: `${origin}${prefix}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
