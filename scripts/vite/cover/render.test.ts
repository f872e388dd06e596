import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../shared/projectRoot'
import { criticalCss, rebaseUrls, stripFontFaces } from './criticalCss'
import { slideBodyTemplate } from './index'
import { renderCover } from './render'
import { stageCss, stageHtml, stageOf } from './stage'

const BODY = '<h1>地方产业集群升级的困境与出路探析</h1>\n<p>两难困境从何而来</p>\n'
const FRONTMATTER = { layout: 'cover', speaker: '大观区统计局', meetingDate: '', source: '原文：某文', outline: 'none' }

describe('renderCover', () => {
  it('should render the deck\'s cover layout with slide 1 in its slot and the layout\'s props, as Vue would', async () => {
    const out = await renderCover({ root: PROJECT_ROOT, layout: 'cover', frontmatter: FRONTMATTER, bodyTemplate: BODY })
    expect(out.ok).toBe(true)
    if (!out.ok)
      return
    expect(out.html).toContain('<h1 elementtiming="deck-cover-title">地方产业集群升级的困境与出路探析</h1>')
    expect(out.html).toContain('<span>汇报：大观区统计局</span>')
    expect(out.html).toContain('>原文：某文</p>')
    // An empty prop renders nothing (v-if), and a frontmatter key the layout does not declare is no attribute.
    expect(out.html).not.toMatch(/outline=|<!--/)
    expect(out.css).toContain('.deck-cover-band')
  })

  it('should leave to Vue a slide 1 that needs the running deck, a missing layout, or no title', async () => {
    const render = (bodyTemplate: string, layout = 'cover') => renderCover({ root: PROJECT_ROOT, layout, frontmatter: FRONTMATTER, bodyTemplate })
    expect(await render('<h1>标题</h1><v-click>后出现</v-click>')).toMatchObject({ ok: false, reason: expect.stringMatching(/v-click/) })
    expect(await render('<h1>{{ $slidev.nav.total }}</h1>')).toMatchObject({ ok: false, reason: expect.stringMatching(/runtime/) })
    expect(await render(BODY, 'no-such-layout')).toMatchObject({ ok: false, reason: expect.stringMatching(/no-such-layout/) })
    expect(await render('<p>只有一段</p>')).toMatchObject({ ok: false, reason: expect.stringMatching(/title/) })
  })
})

describe('slideBodyTemplate', () => {
  it('should take the body out of Slidev\'s markdown output, and nothing else', () => {
    expect(slideBodyTemplate(`<template><div>${BODY}</div></template>\n<script setup>\n</script>`)).toBe(BODY)
    expect(slideBodyTemplate('<template><div><h1>x</h1></div></template>\n<script setup>\nimport A from "./a"\n</script>')).toBeUndefined()
  })
})

describe('stage', () => {
  it('should size the canvas as Slidev does and scale it in CSS', () => {
    expect(stageOf({ canvasWidth: 980, aspectRatio: '16/9', lang: 'zh-CN' })).toEqual({ width: 980, height: 552, background: '#fff', lang: 'zh-CN' })
    expect(stageOf({})).toMatchObject({ width: 980, height: 552 })
    expect(() => stageOf({ canvasWidth: 'wide' })).toThrow(/not a size/)
    const stage = stageOf({ lang: 'zh-CN' })
    expect(stageHtml(stage, '<i></i>')).toBe('<div id="deck-cover"><div class="deck-cover-canvas"><div class="slidev-page slidev-page-1" lang="zh-CN"><i></i></div></div></div>')
    expect(stageCss(stage)).toContain('scale(var(--deck-cover-scale-js,min(tan(atan2(100vw,980px)),tan(atan2(100vh,552px)))))')
    expect(stageCss(stage)).toContain('html[data-deck-cover=off] #deck-cover{display:none}')
  })
})

describe('criticalCss', () => {
  it('should keep the rules that match the cover, drop the rest, and hand back every @font-face', async () => {
    const css = '@font-face{font-family:A;src:url(./a.woff2)}h1{color:red}.unused{color:blue}.x p{margin:0}@media print{.x{color:green}}'
    const out = await criticalCss('<div class="x"><h1>t</h1><p>p</p></div>', [css])
    expect(out.rules).toContain('h1{color:red}')
    expect(out.rules).toContain('.x p{margin:0}')
    expect(out.rules).not.toContain('unused')
    expect(out.rules).not.toContain('@font-face')
    expect(out.faces).toBe('@font-face{font-family:A;src:url(./a.woff2)}')
    await expect(criticalCss('<p>x</p>', ['.none{color:red}'])).rejects.toThrow(/nothing/)
  })

  it('should rebase relative URLs from the stylesheet onto the page, and strip faces', () => {
    expect(rebaseUrls('a{src:url(../fonts/x.woff2)}b{background:url("data:x")}c{x:url(/abs.png)}', 'assets/index.css'))
      .toBe('a{src:url(./fonts/x.woff2)}b{background:url("data:x")}c{x:url(/abs.png)}')
    expect(rebaseUrls('a{src:url(../../f.woff2)}', 'assets/modules/s.css')).toBe('a{src:url(./f.woff2)}')
    expect(stripFontFaces('@font-face{font-family:A}h1{x:y}')).toBe('h1{x:y}')
  })
})
