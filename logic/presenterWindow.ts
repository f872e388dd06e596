/**
 * The presenter view in a window of its own. The audience window stays where it is (on the projector) and
 * keeps showing the slide; the presenter window (notes, timer, next slide) opens beside it on the laptop.
 * Both are the same page, so Slidev keeps them in step through its BroadcastChannel, even from file://.
 */

/** Key that opens the presenter window from the audience view (Slidev leaves `p` unused). */
export const PRESENTER_KEY = 'p'

/** Window name: pressing the key again brings back the same window instead of opening another. */
export const PRESENTER_WINDOW_NAME = 'deck-presenter'

/**
 * The presenter URL for the audience URL `href` under hash routing: `…/deck.html#/7?clicks=2` →
 * `…/deck.html#/presenter/7?clicks=2`. Undefined when `href` already shows the presenter view (or another
 * Slidev page such as the overview or print view).
 */
export function presenterUrl(href: string): string | undefined {
  const at = href.indexOf('#')
  const page = at < 0 ? href : href.slice(0, at)
  const route = at < 0 ? '' : href.slice(at + 1)
  if (route === '' || route === '/')
    return `${page}#/presenter/1`
  const slide = /^\/(\d+)(\?.*)?$/.exec(route)
  if (!slide)
    return undefined
  return `${page}#/presenter/${slide[1]}${slide[2] ?? ''}`
}

/** What {@link openPresenterWindow} needs of `window`. */
export interface PresenterHost {
  location: { href: string }
  open: (url: string, target: string) => unknown
}

/** Open (or bring back) the presenter window for the slide `host` shows; false when nothing was opened. */
export function openPresenterWindow(host: PresenterHost): boolean {
  const url = presenterUrl(host.location.href)
  if (!url)
    return false
  host.open(url, PRESENTER_WINDOW_NAME)
  return true
}
