/**
 * The deck's boot script: a tiny classic script in <head>, same-origin (the CSP forbids inline scripts), that runs
 * before the body is parsed and so before the first paint. It
 *  1. marks <html data-deck-cover="off"> unless the URL opens slide 1 of the audience view, so a deep link
 *     (#/12) or the presenter (#/presenter/1) never paints the prerendered cover;
 *  2. sets the cover's scale where CSS cannot compute it (browsers without CSS trigonometry, before 2023);
 *  3. on those routes, loads the preloaded cover faces (a preload nobody uses is a console warning);
 *  4. starts the app — its stylesheets, module preloads and entry, which the build moved out of <head> into a
 *     JSON data block — once the cover has painted in its fonts, so on a slow link the runtime does not share
 *     the bandwidth with the cover's fonts; on any other route at once.
 * Written for old browsers (no arrow functions, no optional chaining) and safe to inline (it reads nothing from
 * its own element, and runs once), as the one-file deck does.
 */

import { COVER_IDS, COVER_OFF_ATTR } from '../../../logic/coverTakeover.ts'

export { COVER_IDS, COVER_OFF_ATTR }

/** What the build moved out of <head>, for the boot script to load. */
export interface DeferredApp {
  css: string[]
  modulepreload: string[]
  entry: string
  /** CSS font shorthands of the faces index.html preloads; loaded at once on routes without the cover. */
  fonts: string[]
}

export interface BootOptions {
  /** Slide canvas size in CSS px (Slidev's canvasWidth × ceil(canvasWidth / aspectRatio)). */
  width: number
  height: number
  /** Start the app anyway after this long (ms), whatever the fonts do. */
  startCapMs?: number
}

/** Hash routes that show slide 1 of the audience view: '', '#', '#/', '#/1', '#/1?clicks=1'. */
export const COVER_HASH = /^(?:#\/?1?(?:\?[^#]*)?)?$/

/** Source of the boot script (ES5). */
export function bootScript(options: BootOptions): string {
  const ids = JSON.stringify(COVER_IDS)
  return `(function () {
  var d = document, root = d.documentElement, ids = ${ids};
  if (root.hasAttribute('data-deck-boot')) return;
  root.setAttribute('data-deck-boot', '');
  var onCover = ${COVER_HASH.toString()}.test(location.hash);
  if (!onCover) root.setAttribute('${COVER_OFF_ATTR}', 'off');
  var css = window.CSS;
  if (onCover && !(css && css.supports && css.supports('scale', 'tan(atan2(1px, 1px))'))) {
    var fit = function () { root.style.setProperty('--deck-cover-scale-js', String(Math.min(innerWidth / ${options.width}, innerHeight / ${options.height}))); };
    fit();
    addEventListener('resize', fit);
  }
  var data = d.getElementById(ids.app);
  if (!data) return;
  var app = JSON.parse(data.textContent), started = false;
  function start() {
    if (started) return;
    started = true;
    var anchor = d.getElementById(ids.faces), left = app.css.length + 1, i, link;
    function ready() {
      if (--left) return;
      var entry = d.createElement('script');
      entry.type = 'module';
      entry.crossOrigin = '';
      entry.src = app.entry;
      d.head.appendChild(entry);
    }
    for (i = 0; i < app.css.length; i++) {
      link = d.createElement('link');
      link.rel = 'stylesheet';
      link.crossOrigin = '';
      link.onload = link.onerror = ready;
      link.href = app.css[i];
      d.head.insertBefore(link, anchor);
    }
    for (i = 0; i < app.modulepreload.length; i++) {
      link = d.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = app.modulepreload[i];
      d.head.appendChild(link);
    }
    ready();
  }
  if (!onCover) {
    for (var f = 0; d.fonts && f < app.fonts.length; f++) d.fonts.load(app.fonts[f]).catch(function () {});
    return start();
  }
  setTimeout(start, ${options.startCapMs ?? 3000});
  d.addEventListener('DOMContentLoaded', function () {
    var cover = d.getElementById(ids.cover);
    if (cover) cover.getBoundingClientRect();
    if (d.fonts && d.fonts.ready) d.fonts.ready.then(start, start);
    else start();
  });
})();
`
}

const TAG = {
  entry: /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g,
  modulepreload: /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g,
  css: /<link rel="stylesheet" crossorigin href="([^"]+)">\s*/g,
}

/**
 * Take Vite's entry script, module preloads and stylesheets out of the page (they stay in the same order, in a
 * JSON data block the boot script reads). Throws when the page does not have exactly one entry script.
 */
export function deferAppTags(html: string, facesCss = ''): { html: string, app: DeferredApp } {
  const app: DeferredApp = { css: [], modulepreload: [], entry: '', fonts: [] }
  const entries: string[] = []
  let out = html.replace(TAG.entry, (_, src: string) => {
    entries.push(src)
    return ''
  })
  if (entries.length !== 1)
    throw new Error(`cover prerender: expected one module entry in index.html, found ${entries.length}`)
  app.entry = entries[0]
  out = out.replace(TAG.modulepreload, (_, href: string) => {
    app.modulepreload.push(href)
    return ''
  })
  out = out.replace(TAG.css, (_, href: string) => {
    app.css.push(href)
    return ''
  })
  app.fonts = preloadedFaces(out, facesCss)
  return { html: out, app }
}

/**
 * The faces of `facesCss` (@font-face rules, URLs relative to the page) that `html` preloads, as CSS font
 * shorthands (`700 1em "Deck Cover Serif"`).
 */
export function preloadedFaces(html: string, facesCss: string): string[] {
  const hrefs = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map(m => m[1])
  const specs: string[] = []
  for (const [rule] of facesCss.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const src = /url\((["']?)([^"')]+)\1\)/.exec(rule)?.[2]
    const family = /font-family:\s*(["']?)([^;"'}]+)\1/.exec(rule)?.[2]?.trim()
    if (!src || !family || !hrefs.includes(src))
      continue
    const weight = /font-weight:\s*([^;}]+)/.exec(rule)?.[1]?.trim() ?? '400'
    const style = /font-style:\s*([^;}]+)/.exec(rule)?.[1]?.trim() ?? 'normal'
    specs.push(`${style} ${weight} 1em "${family}"`)
  }
  return specs
}

/** The data block for {@link deferAppTags}' result; `<` escaped so no text can close the element. */
export function appDataBlock(app: DeferredApp): string {
  return `<script type="application/json" id="${COVER_IDS.app}">${JSON.stringify(app).replace(/</g, '\\u003c')}</script>`
}
