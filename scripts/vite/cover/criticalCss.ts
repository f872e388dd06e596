/**
 * The CSS the prerendered cover needs, cut from the deck's own stylesheets by beasties (a maintained
 * critical-CSS extractor: it keeps the rules whose selectors match the cover's markup), plus every @font-face
 * rule (a declaration downloads nothing; families named through custom properties, as the cover's are, are
 * invisible to selector matching). The full stylesheets then load with the app, after the cover has painted,
 * so the first paint waits only for the HTML, one tiny script and the cover's two faces.
 */
import Beasties from 'beasties'

export interface CriticalCss {
  /** Rules that style the cover (minified); removed with the cover when Vue takes over. */
  rules: string
  /** Every @font-face rule of the stylesheets, to be declared by the page itself (see ./index.ts). */
  faces: string
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g

/** The stylesheet without its @font-face rules. */
export function stripFontFaces(css: string): string {
  return css.replace(FONT_FACE, '')
}

/**
 * Rules of `stylesheets` (in cascade order) that apply to `bodyHtml`, on a page whose root carries `htmlAttrs`
 * (e.g. `lang="zh-CN"`). Pure CSS in, CSS out: nothing is read from disk or fetched.
 */
/**
 * Rewrite the relative `url()`s of a stylesheet served at `sheetPath` (e.g. `assets/index.css`) so they resolve
 * from the page at `pagePath` (e.g. `index.html`) instead, as they must once the CSS is inlined into the page.
 */
export function rebaseUrls(css: string, sheetPath: string, pagePath = 'index.html'): string {
  const origin = 'http://deck.invalid/'
  const page = new URL(pagePath, origin)
  return css.replace(/url\((["']?)([^"')\s][^"')]*)\1\)/g, (whole, quote: string, url: string) => {
    if (/^(?:[a-z][\w+.-]*:|\/|#)/i.test(url))
      return whole
    const target = new URL(url, new URL(sheetPath, origin))
    const pageDir = page.pathname.replace(/[^/]*$/, '')
    const rel = target.pathname.startsWith(pageDir) ? `./${target.pathname.slice(pageDir.length)}` : target.pathname
    return `url(${quote}${rel}${target.search}${target.hash}${quote})`
  })
}

export async function criticalCss(bodyHtml: string, stylesheets: readonly string[], htmlAttrs = ''): Promise<CriticalCss> {
  const warnings: string[] = []
  const beasties = new Beasties({
    reduceInlineStyles: true,
    inlineFonts: false,
    preloadFonts: false,
    keyframes: 'critical',
    compress: true,
    logger: { warn: m => warnings.push(m), error: m => warnings.push(m), info: () => {}, debug: () => {}, trace: () => {} },
  })
  const styles = stylesheets.map(css => `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`).join('')
  const page = `<!DOCTYPE html><html ${htmlAttrs}><head>${styles}</head><body>${bodyHtml}</body></html>`
  const out = await beasties.process(page)
  const css = [...out.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(m => m[1]).join('')
  if (!css.trim())
    throw new Error(`critical CSS: nothing of the deck's stylesheets applies to the cover${warnings.length ? ` (${warnings[0]})` : ''}`)
  return { rules: css.replace(FONT_FACE, ''), faces: stylesheets.flatMap(sheet => sheet.match(FONT_FACE) ?? []).join('') }
}
