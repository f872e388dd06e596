/**
 * Slide 1 as static HTML, rendered at build time with Vue's own server renderer: the slide's layout SFC
 * (layouts/<layout>.vue, compiled with vue/compiler-sfc) and the slide's body as Slidev's markdown pipeline
 * produced it (captured by the plugin, so headings and paragraphs come out exactly as in the deck).
 * No browser is involved, so `npm run build` needs no Chromium.
 */
import type { SFCDescriptor } from 'vue/compiler-sfc'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import ts from 'typescript'
import { compileScript, compileStyle, compileTemplate, parse } from 'vue/compiler-sfc'

/** Slide 1 rendered, or why it cannot be (the deck then simply paints when Vue mounts, as before). */
export type CoverRender
  = | { ok: true, html: string, css: string }
    | { ok: false, reason: string }

export interface CoverInput {
  /** Project root (where layouts/ is). */
  root: string
  /** Layout name from slide 1's frontmatter (Slidev's default for slide 1 is `cover`). */
  layout: string
  /** Slide 1's frontmatter (the headmatter): the layout's props are taken from it, as Slidev binds them. */
  frontmatter: Record<string, unknown>
  /** The slide body as Slidev's markdown plugin turned it into a Vue template (inside its wrapper <div>). */
  bodyTemplate: string
}

/** Attribute that marks the prerendered title for `PerformanceObserver({ type: 'element' })`. */
export const COVER_TITLE_TIMING = 'deck-cover-title'

/** Transpile TypeScript or ESM JavaScript to CommonJS and evaluate it with the project's own `require`. */
function evaluate(code: string, root: string): Record<string, any> {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText
  const module = { exports: {} as Record<string, any> }
  // eslint-disable-next-line no-new-func -- evaluating our own compiled layout, at build time, in Node
  new Function('require', 'exports', 'module', js)(createRequire(join(root, 'package.json')), module.exports, module)
  return module.exports
}

function compileLayout(descriptor: SFCDescriptor, file: string, root: string): { component: Record<string, any>, css: string } | string {
  if (!descriptor.template)
    return 'the layout has no <template>'
  const id = 'deck-cover'
  const scoped = descriptor.styles.some(s => s.scoped)
  const script = descriptor.script || descriptor.scriptSetup ? compileScript(descriptor, { id, inlineTemplate: false }) : undefined
  const template = compileTemplate({
    source: descriptor.template.content,
    filename: file,
    id,
    scoped,
    ssr: true,
    ssrCssVars: descriptor.cssVars,
    compilerOptions: { bindingMetadata: script?.bindings, scopeId: scoped ? `data-v-${id}` : undefined },
  })
  if (template.errors.length)
    return `its template does not compile: ${String(template.errors[0])}`
  const component = { ...(script ? evaluate(script.content, root).default : {}), ssrRender: evaluate(template.code, root).ssrRender }
  if (scoped)
    component.__scopeId = `data-v-${id}`
  const css: string[] = []
  for (const style of descriptor.styles) {
    if (style.lang && style.lang !== 'css' && style.lang !== 'postcss')
      return `<style lang="${style.lang}"> is not supported`
    const out = compileStyle({ source: style.content, filename: file, id: `data-v-${id}`, scoped: !!style.scoped })
    if (out.errors.length)
      return `its <style> does not compile: ${String(out.errors[0])}`
    css.push(out.code)
  }
  return { component, css: css.join('\n') }
}

/** Props the layout declares, taken from the frontmatter (Slidev passes the whole frontmatter; the rest would be attributes). */
function layoutProps(component: Record<string, any>, frontmatter: Record<string, unknown>): Record<string, unknown> {
  const declared = Array.isArray(component.props) ? component.props : Object.keys(component.props ?? {})
  return Object.fromEntries(declared.filter((k: string) => k in frontmatter).map((k: string) => [k, frontmatter[k]]))
}

/** A slide body that uses components or directives needs the deck's runtime: it is not prerendered. */
function bodyNeedsRuntime(bodyTemplate: string): string | undefined {
  const compiled = compileTemplate({ source: bodyTemplate, filename: 'slide-1.md', id: 'deck-cover-body' })
  if (compiled.errors.length)
    return `slide 1 does not compile: ${String(compiled.errors[0])}`
  const ast = compiled.ast as { components?: string[], directives?: string[] } | undefined
  const used = [...(ast?.components ?? []), ...(ast?.directives ?? []).map(d => `v-${d}`)]
  return used.length ? `slide 1 uses ${used.join(', ')}, which only the running deck can draw` : undefined
}

/** Render slide 1 with its layout to HTML, plus the layout's own CSS. */
export async function renderCover(input: CoverInput): Promise<CoverRender> {
  const file = join(input.root, 'layouts', `${input.layout}.vue`)
  if (!existsSync(file))
    return { ok: false, reason: `layout '${input.layout}' is not a file of this deck (layouts/${input.layout}.vue)` }
  const blocked = bodyNeedsRuntime(input.bodyTemplate)
  if (blocked)
    return { ok: false, reason: blocked }
  const { descriptor, errors } = parse(readFileSync(file, 'utf8'), { filename: file })
  if (errors.length)
    return { ok: false, reason: `layouts/${input.layout}.vue does not parse: ${String(errors[0])}` }
  try {
    const layout = compileLayout(descriptor, file, input.root)
    if (typeof layout === 'string')
      return { ok: false, reason: `layouts/${input.layout}.vue: ${layout}` }
    const require = createRequire(join(input.root, 'package.json'))
    const { createSSRApp, h } = require('vue') as typeof import('vue')
    const { renderToString } = require('vue/server-renderer') as typeof import('vue/server-renderer')
    const body = { template: input.bodyTemplate }
    const app = createSSRApp({ render: () => h(layout.component, layoutProps(layout.component, input.frontmatter), { default: () => h(body) }) })
    app.config.warnHandler = (message) => {
      throw new Error(message)
    }
    const html = (await renderToString(app)).replace(/<!--[\s\S]*?-->/g, '')
    if (!/<h1[\s>]/.test(html))
      return { ok: false, reason: 'slide 1 has no # title' }
    return { ok: true, html: html.replace(/<h1(?=[\s>])/, `<h1 elementtiming="${COVER_TITLE_TIMING}"`), css: layout.css }
  }
  catch (error) {
    return { ok: false, reason: `slide 1 does not render without the deck's runtime: ${(error as Error).message.split('\n')[0]}` }
  }
}
