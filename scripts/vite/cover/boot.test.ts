import { describe, expect, it } from 'vitest'
import { appDataBlock, bootScript, COVER_HASH, deferAppTags, preloadedFaces } from './boot'

const PAGE = `<head>
<link rel="preload" href="./fonts/generated/deck-cover-serif-700.woff2" as="font" type="font/woff2" crossorigin>
  <script type="module" crossorigin src="./assets/index-A.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/vue-B.js">
  <link rel="stylesheet" crossorigin href="./assets/index-C.css">
</head><body><div id="app"></div></body>`
const FACES = '@font-face{font-family:Deck Cover Serif;font-style:normal;font-weight:700;src:url(./fonts/generated/deck-cover-serif-700.woff2)format("woff2")}'
  + '@font-face{font-family:Deck Sans;font-weight:400;src:url(./fonts/generated/deck-sans-400.woff2)}'

describe('COVER_HASH', () => {
  it('should match the routes of slide 1 in the audience view only', () => {
    for (const hash of ['', '#', '#/', '#/1', '#/1?clicks=1'])
      expect(COVER_HASH.test(hash), hash).toBe(true)
    for (const hash of ['#/12', '#/2', '#/presenter/1', '#/overview', '#/print', '#/10?clicks=1'])
      expect(COVER_HASH.test(hash), hash).toBe(false)
  })
})

describe('deferAppTags', () => {
  it('should move the entry, module preloads and stylesheets into data, in order', () => {
    const { html, app } = deferAppTags(PAGE, FACES)
    expect(app).toEqual({ entry: './assets/index-A.js', modulepreload: ['./assets/vue-B.js'], css: ['./assets/index-C.css'], fonts: ['normal 700 1em "Deck Cover Serif"'] })
    expect(html).not.toMatch(/index-A|vue-B|index-C/)
    expect(html).toContain('deck-cover-serif-700.woff2')
  })

  it('should refuse a page without exactly one module entry', () => {
    expect(() => deferAppTags('<head></head>')).toThrow(/found 0/)
    expect(() => deferAppTags(PAGE.replace('</head>', '<script type="module" crossorigin src="./x.js"></script></head>'))).toThrow(/found 2/)
  })

  it('should keep the data block closed whatever a file name holds', () => {
    expect(appDataBlock({ entry: '</script><script>alert(1)</script>', css: [], modulepreload: [], fonts: [] })).not.toMatch(/<\/script><script>/)
  })
})

describe('preloadedFaces', () => {
  it('should name only the preloaded faces', () => {
    expect(preloadedFaces(PAGE, FACES)).toEqual(['normal 700 1em "Deck Cover Serif"'])
    expect(preloadedFaces('<head></head>', FACES)).toEqual([])
  })
})

/** Run the boot script against a minimal fake page; returns what it did. */
function boot(hash: string, withData = true) {
  const attrs: Record<string, string> = {}
  const added: string[] = []
  const loaded: string[] = []
  const listeners: Record<string, () => void> = {}
  const el = (tag: string) => ({ tag, rel: '', src: '', href: '', type: '', crossOrigin: null as string | null, onload: null as null | (() => void), onerror: null })
  const head = {
    appendChild: (e: ReturnType<typeof el>) => added.push(`${e.tag}:${e.rel || e.type}:${e.src || e.href}`),
    insertBefore: (e: ReturnType<typeof el>) => {
      added.push(`${e.tag}:${e.rel}:${e.href}`)
      e.onload?.()
    },
  }
  const data = { textContent: JSON.stringify({ entry: './e.js', modulepreload: ['./m.js'], css: ['./c.css'], fonts: ['700 1em "Deck Cover Serif"'] }) }
  const document = {
    documentElement: { hasAttribute: (n: string) => n in attrs, setAttribute: (n: string, v: string) => attrs[n] = v, style: { setProperty: (n: string, v: string) => attrs[`style:${n}`] = v } },
    getElementById: (id: string) => (id === 'deck-app' && withData ? data : null),
    createElement: el,
    head,
    fonts: {
      load: (f: string) => {
        loaded.push(f)
        return Promise.resolve([])
      },
      ready: Promise.resolve(),
    },
    addEventListener: (type: string, fn: () => void) => listeners[type] = fn,
  }
  const window = { CSS: { supports: () => true } }
  // eslint-disable-next-line no-new-func -- the boot script is plain browser JavaScript
  new Function('document', 'window', 'location', 'setTimeout', 'addEventListener', 'innerWidth', 'innerHeight', bootScript({ width: 980, height: 552 }))(document, window, { hash }, () => {}, () => {}, 1280, 720)
  return { attrs, added, loaded, listeners }
}

describe('bootScript', () => {
  it('should hide the cover and start the app at once on a deep link, loading the preloaded faces', () => {
    const run = boot('#/12')
    expect(run.attrs['data-deck-cover']).toBe('off')
    expect(run.loaded).toEqual(['700 1em "Deck Cover Serif"'])
    expect(run.added).toEqual(['link:stylesheet:./c.css', 'link:modulepreload:./m.js', 'script:module:./e.js'])
  })

  it('should leave the cover shown on slide 1 and start the app only after the page has parsed', async () => {
    const run = boot('#/1')
    expect(run.attrs['data-deck-cover']).toBeUndefined()
    expect(run.added).toEqual([])
    run.listeners.DOMContentLoaded()
    await Promise.resolve()
    await Promise.resolve()
    expect(run.added.at(-1)).toBe('script:module:./e.js')
  })

  it('should only mark the page when the app tags were left in place (the one-file deck)', () => {
    const run = boot('#/3', false)
    expect(run.attrs['data-deck-cover']).toBe('off')
    expect(run.added).toEqual([])
  })
})
