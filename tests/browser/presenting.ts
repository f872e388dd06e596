// Helpers for the presenting suites (keys, pacing, Chinese interface). Functions passed to page.evaluate() are
// self-contained; the init scripts are plain strings.

/**
 * Headless Chromium may refuse full screen, so record it instead: `requestFullscreen` and `exitFullscreen` count
 * their calls in `window.__deckFullscreen` and `document.fullscreenElement` follows them.
 */
export const FULLSCREEN_STUB = `(() => {
  const calls = { requests: 0, exits: 0 };
  let element = null;
  Object.defineProperty(window, '__deckFullscreen', { value: calls });
  const changed = () => document.dispatchEvent(new Event('fullscreenchange'));
  Element.prototype.requestFullscreen = function () { calls.requests++; element = this; changed(); return Promise.resolve() };
  Document.prototype.exitFullscreen = function () { calls.exits++; element = null; changed(); return Promise.resolve() };
  Object.defineProperty(Document.prototype, 'fullscreenElement', { configurable: true, get: () => element });
})()`

/** Record screen wake-lock requests in `window.__deckWakeLock` (a list of the requested types). */
export const WAKE_LOCK_STUB = `(() => {
  const requests = [];
  Object.defineProperty(window, '__deckWakeLock', { value: requests });
  const sentinel = { released: false, type: 'screen', addEventListener() {}, removeEventListener() {}, release() { this.released = true; return Promise.resolve() } };
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request: (type) => { requests.push(type); return Promise.resolve(sentinel) } } });
})()`

/** esbuild's keepNames wraps functions in __name(); the page needs a no-op for page.evaluate(fn). */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || (f => f)'

/** Full-screen calls recorded by {@link FULLSCREEN_STUB}. */
export function fullscreenCalls(): { requests: number, exits: number, element: string | null } {
  const calls = (window as unknown as { __deckFullscreen: { requests: number, exits: number } }).__deckFullscreen
  return { requests: calls.requests, exits: calls.exits, element: document.fullscreenElement?.tagName ?? null }
}

/** Slide number in the hash of the audience (`#/7`) or presenter (`#/presenter/7`) view. */
export function routeNo(): number {
  const m = /^#\/(?:presenter\/)?(\d+)/.exec(location.hash)
  return m ? Number(m[1]) : Number.NaN
}

/** The black/white screen overlay shown, or null; `cover` says whether it covers the whole window. */
export function blankShown(): { blank: string, cover: 'window' | 'slide' } | null {
  const el = document.querySelector<HTMLElement>('.deck-blank')
  if (!el || !el.checkVisibility())
    return null
  const r = el.getBoundingClientRect()
  const whole = r.left <= 0 && r.top <= 0 && r.right >= innerWidth && r.bottom >= innerHeight
  return { blank: el.dataset.blank ?? '', cover: whole ? 'window' : 'slide' }
}

/** Opacity of an element as drawn: its own times every ancestor's. */
export function drawnOpacity(selector: string): number {
  let el: Element | null = document.querySelector(selector)
  if (!el)
    return Number.NaN
  let opacity = 1
  for (; el; el = el.parentElement)
    opacity *= Number(getComputedStyle(el).opacity)
  return opacity
}

/** A piece of interface text with a Latin word in it. */
export interface EnglishFinding {
  /** `text`, `title`, `aria-label`, `placeholder`, `alt` or `document.title`. */
  where: string
  /** The text, shortened. */
  text: string
}

/**
 * Every visible text (shadow roots included), and every `title`, `aria-label`, `placeholder` and `alt` (visible or
 * not: they are read out or shown on hover), that holds a Latin word of two letters or more other than those in
 * `allow`. Text is read per block, so `<b>Sli</b>dev` is one word. Key caps (`<kbd>`) are what the keyboard
 * prints and are skipped; so are styles and scripts.
 */
export function findEnglish(allow: string[]): EnglishFinding[] {
  const allowed = new Set(allow.map(w => w.toLowerCase()))
  const english = (text: string): boolean => (text.match(/[A-Z]{2,}|[A-Za-z][a-z]+/g) ?? []).some(w => !allowed.has(w.toLowerCase()))
  const short = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 80)
  const blockOf = (el: Element): Element => {
    let block = el
    while (block.parentElement && ['inline', 'contents'].includes(getComputedStyle(block).display))
      block = block.parentElement
    return block
  }
  const found: EnglishFinding[] = []
  if (english(document.title))
    found.push({ where: 'document.title', text: short(document.title) })
  const blocks = new Map<Element, string>()
  const roots: (Document | ShadowRoot)[] = [document]
  while (roots.length) {
    const root = roots.pop()!
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot)
        roots.push(el.shadowRoot)
      for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr)
        if (value && english(value))
          found.push({ where: attr, text: short(value) })
      }
    }
    // Text in document order, so a word split over <b>Sli</b>dev is read whole.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || !node.textContent?.trim() || el.closest('kbd, style, script, noscript') || !el.checkVisibility())
        continue
      const block = blockOf(el)
      blocks.set(block, (blocks.get(block) ?? '') + node.textContent)
    }
  }
  for (const text of blocks.values()) {
    if (english(text))
      found.push({ where: 'text', text: short(text) })
  }
  return found
}
