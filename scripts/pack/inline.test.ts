import { describe, expect, it } from 'vitest'
import { inlineLocalFiles, PackError } from './inline'

const FONT = new Uint8Array([0x77, 0x4F, 0x46, 0x32, 1, 2, 3])
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
const files: Record<string, Uint8Array> = { 'fonts/generated/deck-sans-400.woff2': FONT, 'favicon.svg': SVG }
const read = (path: string): Uint8Array | undefined => files[path]
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64')

function page(head: string, body = '<div id="app"></div>'): string {
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`
}

describe('inlineLocalFiles', () => {
  it('should put fonts named in <style> and the favicon link inside the page as data: URLs', () => {
    const html = page('<link rel="icon" href="./favicon.svg"><style>@font-face{src:url(./fonts/generated/deck-sans-400.woff2)format("woff2")}</style>')
    const out = inlineLocalFiles(html, read).html
    expect(out).toContain(`url(data:font/woff2;base64,${b64(FONT)})`)
    expect(out).toContain(`<link rel="icon" href="data:image/svg+xml;base64,${b64(SVG)}">`)
    expect(out).not.toMatch(/fonts\/generated|favicon\.svg/)
  })

  it('should accept root-absolute, quoted and query-suffixed references to the same file', () => {
    const html = page(`<style>a{src:url("/fonts/generated/deck-sans-400.woff2?v=2")}b{src:url( './fonts/generated/deck-sans-400.woff2#x' )}</style>`)
    const out = inlineLocalFiles(html, read).html
    expect(out.match(/data:font\/woff2;base64,/g)).toHaveLength(2)
  })

  it('should drop fetch hints (preload, modulepreload) for what is now inside the page', () => {
    const html = page('<link rel="preload" href="./fonts/generated/deck-sans-400.woff2" as="font" crossorigin><link rel="modulepreload" href="./assets/a.js">')
    expect(inlineLocalFiles(html, read).html).not.toContain('<link')
  })

  it('should leave data:, blob: and fragment references and the script text alone', () => {
    const script = '<script type="module">const u = "url(./not-a-file.png)"; fetch(`./x`)</script>'
    const html = page(`${script}<style>i{background:url("data:image/svg+xml;utf8,<svg (x)>")}u{mask:url(#m)}</style>`)
    const out = inlineLocalFiles(html, read).html
    expect(out).toBe(html)
  })

  it('should fail with one line naming a file that is not in the build', () => {
    const html = page('<style>@font-face{src:url(./fonts/generated/deck-serif-700.woff2)}</style>')
    expect(() => inlineLocalFiles(html, read)).toThrow(PackError)
    expect(() => inlineLocalFiles(html, read)).toThrow(/^无法内嵌 fonts\/generated\/deck-serif-700\.woff2：[^\n]+$/)
  })

  it('should fail on an outside address, a file type it cannot label, a path leaving the build and a script file', () => {
    expect(() => inlineLocalFiles(page('<style>a{src:url(https://fonts.gstatic.com/x.woff2)}</style>'), read)).toThrow(/无法内嵌 https:\/\/fonts\.gstatic\.com\/x\.woff2：单文件不能引用外部地址/)
    expect(() => inlineLocalFiles(page('<link rel="manifest" href="./manifest.webmanifest">'), read)).toThrow(/无法内嵌 manifest\.webmanifest：不支持的文件类型/)
    expect(() => inlineLocalFiles(page('<img src="../../etc/secret.png">'), read)).toThrow(/路径超出构建目录/)
    expect(() => inlineLocalFiles(page('<script type="module" src="./assets/index.js"></script>'), read)).toThrow(/无法内嵌 \.\/assets\/index\.js：脚本没有被内联/)
    expect(() => inlineLocalFiles(page('<style>@import "./more.css";</style>'), read)).toThrow(/@import/)
  })

  it('should list the page\'s parts, largest first, adding up to its size', () => {
    const html = page(`<link rel="icon" href="./favicon.svg"><script type="module">${'x'.repeat(500)}</script><style>@font-face{src:url(./fonts/generated/deck-sans-400.woff2)}</style>`)
    const { html: out, parts } = inlineLocalFiles(html, read)
    expect(parts.map(p => p.name).sort()).toEqual(['favicon.svg', 'fonts/generated/deck-sans-400.woff2', '样式', '脚本', '页面标记'].sort())
    expect(parts[0]!.name).toBe('脚本')
    expect(parts.reduce((sum, p) => sum + p.bytes, 0)).toBe(Buffer.byteLength(out))
    expect(parts.map(p => p.bytes)).toEqual([...parts.map(p => p.bytes)].sort((a, b) => b - a))
  })
})
