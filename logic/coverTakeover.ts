/**
 * Vue takes over the prerendered cover (written into index.html by scripts/vite/cover): once the mounted slide 1
 * fills the same box as the prerendered one and its text is drawn in its final fonts, the prerendered copy is
 * removed one frame later, so no frame shows neither and the DOM never keeps two titles. On any other route
 * (a deep link, the presenter) it is removed at once (the boot script has already hidden it).
 */

/** Ids and the attribute shared by the build (scripts/vite/cover), its boot script and this takeover. */
export const COVER_IDS = {
  /** The prerendered cover. */
  cover: 'deck-cover',
  /** Its CSS rules (removed with it). */
  rules: 'deck-cover-css',
  /** The @font-face rules it uses (kept: the mounted deck uses the same, already loaded faces). */
  faces: 'deck-cover-faces',
  /** JSON data block naming the app's stylesheets, module preloads and entry. */
  app: 'deck-app',
} as const

/** <html> attribute the boot script sets to `off` when the URL does not open slide 1 of the audience view. */
export const COVER_OFF_ATTR = 'data-deck-cover'

/** What the takeover needs of Vue Router. */
export interface TakeoverRouter {
  isReady: () => Promise<unknown>
  currentRoute: { value: { path: string } }
  afterEach: (guard: (to: { path: string }) => void) => unknown
}

/** What the takeover needs of the page; `document` and `requestAnimationFrame` in the deck, fakes in tests. */
export interface TakeoverHost {
  doc: Pick<Document, 'getElementById' | 'querySelector'> & { fonts?: Pick<FontFaceSet, 'check'> }
  frame: (callback: () => void) => unknown
  /** Computed font shorthand of an element (style weight size family). */
  fontOf: (el: Element) => string
}

/** The audience view of slide 1 (Slidev redirects '' to '/1'). */
export function isCoverRoute(path: string): boolean {
  return path === '/1' || path === '/'
}

/** Whether every piece of text under `root` can be drawn with faces already loaded. */
export function textFontsReady(root: Element, host: TakeoverHost): boolean {
  const fonts = host.doc.fonts
  if (!fonts)
    return true
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const text = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent ?? '').join('').trim()
    if (text && !fonts.check(host.fontOf(el), text))
      return false
  }
  return true
}

/** Whether two boxes are the same to within half a pixel on every side. */
export function sameBox(a: DOMRectReadOnly, b: DOMRectReadOnly): boolean {
  return Math.abs(a.left - b.left) < 0.5 && Math.abs(a.top - b.top) < 0.5 && Math.abs(a.right - b.right) < 0.5 && Math.abs(a.bottom - b.bottom) < 0.5
}

/** Remove the prerendered cover and its rules (idempotent). */
export function removeCover(doc: TakeoverHost['doc']): void {
  doc.getElementById(COVER_IDS.cover)?.remove()
  doc.getElementById(COVER_IDS.rules)?.remove()
}

/** Watch the router and the page, and hand the screen from the prerendered cover to the mounted deck. */
export function takeOverCover(router: TakeoverRouter, host: TakeoverHost): void {
  const { doc } = host
  if (!doc.getElementById(COVER_IDS.cover))
    return
  let done = false
  const finish = (): void => {
    done = true
    removeCover(doc)
  }
  const watchMount = (): void => {
    if (done)
      return
    const prerendered = doc.querySelector(`#${COVER_IDS.cover} .deck-cover-canvas`)
    const content = doc.querySelector('#slide-content')
    const layout = doc.querySelector('#slide-content .slidev-page-1 .slidev-layout')
    if (!prerendered || (content && layout && sameBox(content.getBoundingClientRect(), prerendered.getBoundingClientRect()) && textFontsReady(layout, host))) {
      // This frame paints the mounted slide under the prerendered one; the next paints it alone.
      host.frame(finish)
      return
    }
    host.frame(watchMount)
  }
  router.afterEach((to) => {
    if (!isCoverRoute(to.path))
      finish()
  })
  void router.isReady().then(() => {
    if (isCoverRoute(router.currentRoute.value.path))
      watchMount()
    else
      finish()
  })
}
