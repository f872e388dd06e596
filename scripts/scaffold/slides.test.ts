import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { afterAll, describe, expect, it } from 'vitest'
import { checkTraceability } from '../../logic/traceability'
import { escapeMarkdown, toChineseNumeral, yamlValue } from './markdown'
import { toOutline } from './outline'
import { renderSlides } from './slides'
import { renderOutlineModule } from './templates'
import { article, fixture, scratch } from './testSupport'

const OPTIONS = { deckConfig: { theme: 'default' }, coverProps: true, sourceName: 'a.txt' }
const { fresh: freshDir, remove } = scratch('scaffold-slides-')
afterAll(remove)

describe('small helpers', () => {
  it('should write Chinese numerals for section dividers', () => {
    expect([1, 2, 10, 11, 20, 23].map(toChineseNumeral)).toEqual(['一', '二', '十', '十一', '二十', '二十三'])
  })
  it('should quote YAML strings so ids stay strings', () => {
    expect(yamlValue('1.10')).toBe('\'1.10\'')
    expect(yamlValue('it\'s')).toBe('\'it\'\'s\'')
    expect(yamlValue(980)).toBe('980')
    expect(yamlValue({ lang: 'zh-CN' })).toBe('{"lang":"zh-CN"}')
  })
  it('should neutralise HTML, Vue interpolation and markdown syntax', () => {
    expect(escapeMarkdown('<b>{{ x }}</b> *a* [l](u) | #')).toBe('&lt;b&gt;&#123;&#123; x &#125;&#125;&lt;/b&gt; \\*a\\* \\[l\\](u) \\| \\#')
  })
})

describe('renderSlides', () => {
  const a = article(readFileSync(fixture('gov-page.txt'), 'utf8'))
  const md = parseSync(renderSlides(a, OPTIONS), 'slides.md')
  const slides = md.slides.map((s, i) => ({ no: i + 1, frontmatter: s.frontmatter as Record<string, unknown> }))

  it('should open with a cover carrying title, author, organisation and date', () => {
    const cover = md.slides[0]!
    expect(cover.frontmatter).toMatchObject({ layout: 'cover', theme: 'default', outline: 'none', source: '原文：王晓明《社区居家养老服务的短板与对策》，示例县统计局，2023年3月15日' })
    expect(cover.content).toContain('# 社区居家养老服务的短板与对策')
  })
  it('should put a section divider before each top-level part', () => {
    const sections = md.slides.filter(s => s.frontmatter.layout === 'section')
    expect(sections.map(s => [s.frontmatter.num, s.frontmatter.outline, s.title])).toEqual([['一', '1', '社区居家养老服务的主要短板'], ['二', '2', '改进建议']])
  })
  it('should give every outline node a slide, in order, so the traceability check passes', () => {
    expect(md.slides).toHaveLength(1 + a.nodes.length + 2)
    expect(checkTraceability(slides, toOutline(a.nodes))).toEqual([])
  })
  it('should title each point with its heading and put its key sentences in the notes', () => {
    const s = md.slides.find(x => x.frontmatter.outline === '2.1.3')!
    expect(s.title).toBe('建立服务需求清单，按需配置上门服务项目')
    expect(s.note).toContain('另外，建立服务需求清单')
    expect(s.note).toContain('请压缩成自己的话')
  })
  it('should never leave a slide without a heading and visible text', () => {
    for (const s of md.slides.slice(1))
      expect(s.content.replace(/^#.*$/m, '').replace(/<p class="deck-note">.*<\/p>/g, '').trim(), `slide ${s.index + 1}`).not.toBe('')
  })
  it('should end with a source slide and the generated outline map', () => {
    expect(md.slides.at(-1)!.content).toContain('<OutlineMap />')
    expect(md.slides.at(-2)!.title).toBe('来源与说明')
  })
  it('should escape article text that looks like HTML or Vue', () => {
    const out = renderSlides(article('一、<script>alert(1)</script>\n\n正文{{ secret }}写在这里。'), OPTIONS)
    expect(out).not.toContain('<script')
    expect(out).not.toMatch(/\{\{ secret/)
    expect(out).toContain('# &lt;script&gt;alert(1)&lt;/script&gt;')
  })
  it('should make one slide per paragraph group, no dividers, and carry the warning to the cover notes', () => {
    const b = article(readFileSync(fixture('no-outline.txt'), 'utf8'))
    const md2 = parseSync(renderSlides(b, OPTIONS), 'slides.md')
    expect(md2.slides.filter(s => s.frontmatter.layout === 'section')).toEqual([])
    expect(md2.slides.map(s => s.frontmatter.outline)).toEqual(['none', '1', '2', 'none', 'none'])
    expect(md2.slides[0]!.note).toContain('没有识别到提纲')
  })
})

describe('renderOutlineModule', () => {
  it('should write a TypeScript module whose outline equals the parsed one', async () => {
    const a = article(readFileSync(fixture('half-width.txt'), 'utf8'))
    const dir = freshDir()
    mkdirSync(join(dir, 'content'), { recursive: true })
    writeFileSync(join(dir, 'content/outline.ts'), renderOutlineModule(a, 'half-width.txt'))
    const mod = await import(join(dir, 'content/outline.ts')) as { outline: unknown }
    expect(mod.outline).toEqual(toOutline(a.nodes))
  })
})
