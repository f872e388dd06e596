import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
}

export interface StaticServer {
  /** Loopback origin, e.g. `http://127.0.0.1:41234`. */
  origin: string
  /** Full URL of the deck: origin + sub-path, ending in `/`. */
  url: string
  close: () => Promise<void>
}

/**
 * Map a request path to a file under `root`, or undefined when it is outside the sub-path or the root.
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

/** Serve `root` on 127.0.0.1 under `prefix` (like an intranet sub-path); everything else is 404. */
export async function startStaticServer(root: string, prefix: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x')
    if (pathname === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix }).end()
      return
    }
    const file = resolveStaticPath(root, prefix, pathname)
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-cache',
    })
    if (req.method === 'HEAD')
      res.end()
    else
      createReadStream(file).pipe(res)
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
