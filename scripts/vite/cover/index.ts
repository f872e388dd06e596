/**
 * Vite plugin (build only): slide 1 painted from the HTML itself.
 *
 * At build time it renders slide 1 with its layout (./render.ts), cuts the CSS that cover needs from the deck's
 * stylesheets (./criticalCss.ts) and writes both into the built index.html, with a tiny boot script in <head>
 * (./boot.ts). The browser paints the cover from the HTML, that CSS and the two preloaded cover faces before
 * any JavaScript of the deck runs; the app's stylesheets and modules load after that paint; Vue then draws
 * the same slide underneath and logic/coverTakeover.ts removes the prerendered copy.
 *
 * With DECK_PACK=1 (the one-file deck, whose build inlines every script and stylesheet) the boot script is
 * written inline and the app's tags stay where Vite put them: a file:// page has no network to share.
 * A slide 1 that only the running deck can draw (components, directives, expressions) is left to Vue, with one
 * warning in the build output: the deck works as before.
 */
import type { Plugin, ResolvedConfig, Rollup } from 'vite'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { appDataBlock, bootScript, COVER_IDS, deferAppTags } from './boot.ts'
import { criticalCss, rebaseUrls, stripFontFaces } from './criticalCss.ts'
import { renderCover } from './render.ts'
import { stageCss, stageHtml, stageOf } from './stage.ts'

/** Slidev compiles each slide of `<entry>.md` as a module `<entry>.md__slidev_<n>.md`. */
const SLIDE_ONE = /^(.*\.md)__slidev_1\.md$/

export interface CoverPrerenderOptions {
  /** Build the one-file deck (boot script inline, app tags untouched); defaults to env DECK_PACK=1. */
  pack?: boolean
}

/** Slidev's markdown output for a slide: `<template><div>…</div></template>` (+ script). The body, or undefined. */
export function slideBodyTemplate(sfc: string): string | undefined {
  const m = /^<template><div>([\s\S]*)<\/div><\/template>\s*(?:<script setup>\s*<\/script>\s*)?$/.exec(sfc.trim())
  return m?.[1]
}

interface LinkedSheet {
  /** The bundle's asset (its source is rewritten when the @font-face rules move into the page). */
  asset: { type: 'asset', source: string | Uint8Array }
  /** Its CSS with relative URLs rebased onto the page. */
  css: string
}

type Bundle = Record<string, { type: string, source?: string | Uint8Array }>

function stylesheetsOf(html: string, base: string, bundle: Bundle | undefined): LinkedSheet[] {
  const out: LinkedSheet[] = []
  for (const [, href] of html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const fileName = href.startsWith(base) ? href.slice(base.length) : href.replace(/^\.?\//, '')
    const asset = bundle?.[fileName]
    if (asset?.type !== 'asset' || asset.source === undefined)
      throw new Error(`cover prerender: stylesheet ${href} is not in the bundle`)
    const text = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
    out.push({ asset: asset as LinkedSheet['asset'], css: rebaseUrls(text, fileName) })
  }
  return out
}

export function coverPrerender(options: CoverPrerenderOptions = {}): Plugin {
  const pack = options.pack ?? process.env.DECK_PACK === '1'
  let config: ResolvedConfig
  let entry: string | undefined
  let body: string | undefined

  return {
    name: 'deck:cover-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    transform(code, id) {
      const m = SLIDE_ONE.exec(id.split('?')[0])
      if (m) {
        entry = m[1]
        body = slideBodyTemplate(code)
      }
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const skip = (reason: string): string => {
          config.logger.warn(`[deck] 封面未预渲染（第 1 页在 Vue 挂载后才显示）：${reason}`)
          return html
        }
        if (!entry || body === undefined)
          return skip(entry ? 'slide 1 is not plain markdown' : 'slide 1 was not compiled')
        const slides = parseSync(readFileSync(entry, 'utf8'), entry).slides
        const headmatter = slides[0]?.frontmatter ?? {}
        if ((headmatter.routerMode ?? 'history') !== 'hash')
          return skip('the boot script reads hash routes only (routerMode: hash)')
        const cover = await renderCover({ root: config.root, layout: String(headmatter.layout ?? 'cover'), frontmatter: headmatter, bodyTemplate: body })
        if (!cover.ok)
          return skip(cover.reason)
        const stage = stageOf(headmatter)
        const markup = stageHtml(stage, cover.html)
        const sheets = stylesheetsOf(html, config.base, ctx.bundle)
        const css = await criticalCss(markup, [...sheets.map(s => s.css), cover.css], stage.lang ? `lang="${stage.lang}"` : '')
        const rules = `<style id="${COVER_IDS.rules}">${css.rules}${stageCss(stage)}</style>`
        const source = bootScript({ width: stage.width, height: stage.height })
        let page = html.replace('<div id="app"></div>', `${markup}<div id="app"></div>`)
        if (pack)
          return page.replace('<head>', `<head>\n${rules}<script>${source}</script>`)
        // The @font-face rules now live in the page (the cover paints with them before any stylesheet loads);
        // taken out of the stylesheets, so each face exists once and document.fonts.check() stays truthful.
        for (const sheet of sheets)
          sheet.asset.source = stripFontFaces(typeof sheet.asset.source === 'string' ? sheet.asset.source : new TextDecoder().decode(sheet.asset.source))
        const deferred = deferAppTags(page, css.faces)
        const fileName = `assets/deck-boot-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`
        // Vite runs this hook inside its generateBundle, with that hook's plugin context: the asset can be emitted here.
        const context = this as unknown as Partial<Rollup.PluginContext>
        if (typeof context.emitFile !== 'function')
          throw new Error('cover prerender: no emitFile in transformIndexHtml (Vite changed how it calls this hook)')
        context.emitFile({ type: 'asset', fileName, source })
        // Order: the cover's rules, then the app's stylesheets (the boot script inserts them before the faces,
        // so they win ties with the cover's copy of their rules), then the faces.
        page = deferred.html.replace('</head>', `${rules}<style id="${COVER_IDS.faces}">${css.faces}</style>${appDataBlock(deferred.app)}<script src="${config.base}${fileName}"></script>\n</head>`)
        return page
      },
    },
  }
}
