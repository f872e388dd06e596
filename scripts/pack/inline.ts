/**
 * Puts the files a built index.html still points at (the fonts and favicon Vite copies from public/) inside
 * it as data: URLs, so the page makes no request at all when opened from file://. Chromium blocks web fonts
 * from file:// (origin 'null'), so they must be data, not files beside the page.
 *
 * Scripts are left alone: vite-plugin-singlefile has inlined them, and Vite inlined every asset they
 * import. Only markup attributes and <style> blocks can still name a file.
 */
import { extname, posix } from 'node:path'

/** A problem the user can fix; its message is one line, printed without a stack trace. */
export class PackError extends Error {}

/** One piece of the one-file deck and its size inside the HTML. */
export interface PackPart {
  /** What it is: a file path as referenced (`fonts/generated/deck-sans-400.woff2`) or `脚本`/`样式`/`页面标记`. */
  name: string
  /** Bytes it takes in the HTML (a data: URL is about 4/3 of the file). */
  bytes: number
}

export interface InlineResult {
  /** The HTML with every local file inlined. */
  html: string
  /** Its pieces, largest first; their bytes add up to the HTML's UTF-8 size. */
  parts: PackPart[]
}

/** Reads a file of the build output by its path relative to the output folder; undefined when missing. */
export type ReadBuildFile = (path: string) => Uint8Array | undefined

const MIME: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
}

/** Links whose only purpose is fetching early a file that is now inside the page. */
const FETCH_HINT = /\brel\s*=\s*["']?(?:preload|prefetch|modulepreload|preconnect|dns-prefetch)\b/i
const BLOCK = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi
const TAG_URL_ATTR = /(<(?:link|img|source|video|audio|track|iframe|embed|object|input)\b[^>]*?\s(?:href|src|poster|data)\s*=\s*)(["'])([^"']*)\2/gi
/** `url(…)`; the inside is trimmed and unquoted in code (a quoted data: URL may hold `)`, but it stays as it is). */
const CSS_URL = /url\(([^)]*)\)/gi
const CSS_IMPORT = /@import\s(?:url\()?["']?([^"');\s]+)/i
const SIZE = (text: string): number => Buffer.byteLength(text, 'utf8')

/** Whether a reference needs nothing from outside the page. */
function isSelfContained(ref: string): boolean {
  return /^(?:data:|blob:|#|about:|javascript:)/i.test(ref.trim()) || ref.trim() === ''
}

/** Build-output path of a local reference (`./fonts/a.woff2?v=1` → `fonts/a.woff2`). */
function localPath(ref: string): string {
  if (/^(?:[a-z][\w+.-]*:|\/\/)/i.test(ref))
    throw new PackError(`无法内嵌 ${ref}：单文件不能引用外部地址，请把该文件放进 public/ 并用相对路径引用。`)
  let path = ref.replace(/[?#].*$/, '')
  try {
    path = decodeURI(path)
  }
  catch {}
  const normal = posix.normalize(path.replace(/^\.?\//, ''))
  if (normal.startsWith('..') || posix.isAbsolute(normal))
    throw new PackError(`无法内嵌 ${ref}：路径超出构建目录。`)
  return normal
}

/** Inline the files `html` references (markup attributes and <style> url()) as data: URLs. */
export function inlineLocalFiles(html: string, read: ReadBuildFile): InlineResult {
  const files = new Map<string, PackPart>()
  const dataUrl = (ref: string): string => {
    const path = localPath(ref)
    const mime = MIME[extname(path).toLowerCase()]
    if (!mime)
      throw new PackError(`无法内嵌 ${path}：不支持的文件类型（${extname(path) || '无扩展名'}）。`)
    const bytes = read(path)
    if (!bytes)
      throw new PackError(`无法内嵌 ${path}：构建结果中没有这个文件（public/${path} 是否存在？）。`)
    const url = `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`
    const part = files.get(path) ?? { name: path, bytes: 0 }
    part.bytes += url.length
    files.set(path, part)
    return url
  }
  const cssUrl = (whole: string, inside: string): string => {
    const ref = inside.trim().replace(/^["']/, '').replace(/["']$/, '')
    return isSelfContained(ref) ? whole : `url(${dataUrl(ref)})`
  }
  const inlineCss = (css: string): string => {
    const imported = CSS_IMPORT.exec(css)
    if (imported && !isSelfContained(imported[1]!))
      throw new PackError(`无法内嵌 ${imported[1]}：样式表中的 @import 不能放进单文件。`)
    return css.replace(CSS_URL, cssUrl)
  }
  const inlineMarkup = (markup: string): string => markup
    .replace(/<link\b[^>]*>/gi, tag => FETCH_HINT.test(tag) ? '' : tag)
    .replace(TAG_URL_ATTR, (whole, head: string, q: string, ref: string) => isSelfContained(ref) ? whole : `${head}${q}${dataUrl(ref)}${q}`)
    // style="…url(…)…" attributes
    .replace(CSS_URL, cssUrl)

  let scripts = 0
  let styles = 0
  let out = ''
  let last = 0
  for (const m of html.matchAll(BLOCK)) {
    out += inlineMarkup(html.slice(last, m.index))
    const [, tag, attrs, body] = m as unknown as [string, string, string, string]
    if (tag.toLowerCase() === 'style') {
      const before = [...files.values()].reduce((sum, p) => sum + p.bytes, 0)
      const block = `<style${attrs}>${inlineCss(body)}</style>`
      const added = [...files.values()].reduce((sum, p) => sum + p.bytes, 0) - before
      styles += SIZE(block) - added
      out += block
    }
    else {
      const src = /\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]
      if (src && !isSelfContained(src))
        throw new PackError(`无法内嵌 ${src}：脚本没有被内联（单文件构建是否启用了 vite-plugin-singlefile？）。`)
      scripts += SIZE(m[0])
      out += m[0]
    }
    last = m.index + m[0].length
  }
  out += inlineMarkup(html.slice(last))
  const inlined = [...files.values()].reduce((sum, p) => sum + p.bytes, 0)
  const parts: PackPart[] = [
    ...files.values(),
    { name: '脚本', bytes: scripts },
    { name: '样式', bytes: styles },
    { name: '页面标记', bytes: SIZE(out) - scripts - styles - inlined },
  ]
  return { html: out, parts: parts.filter(p => p.bytes > 0).sort((a, b) => b.bytes - a.bytes) }
}
