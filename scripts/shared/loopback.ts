/**
 * Which URLs a page may request in the offline tests and the benchmark: inline data, or this machine.
 * One definition, used by every browser test, the hosting test and the benchmark.
 */

/** Schemes whose content never leaves the page: inline data, object URLs the page made, about:blank/srcdoc. */
const INLINE = /^(?:data|blob|about):/i

/** Schemes a request to a server can use. */
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:'])

/**
 * Loopback host names the test servers listen on. Only these three count: 127.0.0.2 and the rest of
 * 127.0.0.0/8 are loopback too, but no test server listens there, so a deck asking for one has a
 * hard-coded address and must fail. `localhost` counts (Chromium always resolves it to loopback);
 * with `origin`, it must still match that origin exactly, so `localhost` ≠ `127.0.0.1` there.
 */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost'])

/**
 * Whether a request to `url` stays on this machine: inline (data:, blob:, about:), or http(s)/ws(s) to
 * 127.0.0.1, [::1] or localhost. With `origin` (e.g. `http://127.0.0.1:4000`), a network URL must
 * have exactly that origin (scheme, host and port). Unparsable URLs are not allowed.
 */
export function isLoopbackUrl(url: string, origin?: string): boolean {
  if (INLINE.test(url))
    return true
  let parsed: URL
  try {
    parsed = new URL(url)
  }
  catch {
    return false
  }
  if (!NETWORK_PROTOCOLS.has(parsed.protocol) || !LOOPBACK_HOSTS.has(parsed.hostname))
    return false
  if (origin === undefined)
    return true
  let allowed: URL
  try {
    allowed = new URL(origin)
  }
  catch {
    return false
  }
  return parsed.origin === allowed.origin
}
