// @vitest-environment happy-dom
// The real deck, checked as its presenter and its audience would: size, titles, notes, the article's
// sections in order, and every Mermaid diagram valid by Mermaid's own parser (Slidev would only show a red box).
import { readFileSync } from 'node:fs'
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { fromRoot } from '../../scripts/shared/projectRoot'
import { checkSlides, loadDeck, speakingMinutes } from '../support/deck'

const { slides } = await loadDeck()
const titles = slides.map(s => s.heading)

function indexOfTitle(pattern: RegExp): number {
  return titles.findIndex(t => pattern.test(t))
}

describe('the deck', () => {
  it('should have 24–32 slides for a 20-minute slot', () => {
    expect(slides.length).toBeGreaterThanOrEqual(24)
    expect(slides.length).toBeLessThanOrEqual(32)
  })

  it('should give every slide a title and speaker notes', () => {
    expect(checkSlides(slides)).toEqual([])
  })

  it('should have notes that add up to about a 20-minute talk', () => {
    const minutes = speakingMinutes(slides)
    expect(minutes).toBeGreaterThan(14)
    expect(minutes).toBeLessThan(26)
  })

  it('should keep each slide short: no wall of text on screen', () => {
    for (const s of slides) {
      const visible = s.content.replace(/```mermaid[\s\S]*?```/g, '').replace(/<[^>]+>/g, '')
      const hanzi = (visible.match(/\p{Script=Han}/gu) ?? []).length
      expect(hanzi, `第 ${s.no} 页「${s.heading}」屏幕文字过多`).toBeLessThan(260)
    }
  })

  it('should put 「[click]」 markers in the notes of every slide that has click steps', () => {
    for (const s of slides) {
      const hasSteps = /v-clicks?\b|<v-click/.test(s.content) || Number(s.frontmatter.clicks ?? 0) > 0
      if (hasSteps)
        expect(s.noteClicks, `第 ${s.no} 页「${s.heading}」有动画步骤但备注里没有 [click]`).toBeGreaterThan(0)
    }
  })
})

describe('the cover', () => {
  const cover = slides[0]
  it('should show the title, 「简报」 (from the layout) and the source line from the headmatter', () => {
    expect(cover.heading).toBe('地方产业集群升级的困境与出路探析')
    expect(cover.frontmatter.layout).toBe('cover')
    expect(String(cover.frontmatter.source)).toMatch(/查永东/)
    expect(String(cover.frontmatter.source)).toMatch(/大观区统计局/)
    expect(String(cover.frontmatter.source)).toMatch(/2017/)
  })

  it('should take speaker and meeting date from the headmatter, not from the layout', () => {
    expect(cover.frontmatter).toHaveProperty('speaker')
    expect(cover.frontmatter).toHaveProperty('meetingDate')
    const layout = readFileSync(fromRoot('layouts/cover.vue'), 'utf8')
    expect(layout).not.toMatch(/大观区|查永东|20\d\d年/)
  })

  it('should set the headmatter that the projector, the PDF and offline hosting depend on', () => {
    expect(cover.frontmatter.colorSchema).toBe('light')
    expect(cover.frontmatter.htmlAttrs).toMatchObject({ lang: 'zh-CN' })
    expect(cover.frontmatter.fonts).toMatchObject({ provider: 'none' })
    expect(cover.frontmatter.routerMode).toBe('hash')
  })
})

describe('the article, in order', () => {
  const sections: [string, RegExp][] = [
    ['一页结论', /结论/],
    ['背景', /背景/],
    ['先进集群经验', /先进集群/],
    ['一、现状：两难困境', /两难困境/],
    ['（一）俘获型价值链', /（一）俘获型/],
    ['国际大买家—代工者', /国际大买家—代工者/],
    ['原因一', /原因一/],
    ['原因二', /原因二/],
    ['（二）本地网络缺失', /（二）本地网络缺失/],
    ['横向与纵向', /横向.*纵向/],
    ['集体创新动力缺失', /集体创新动力缺失/],
    ['二、升级途径', /升级途径/],
    ['（一）产业链', /（一）构建完善协调的产业链/],
    ['首先：合作竞争', /首先.*合作竞争/],
    ['其次：配套本地化', /其次.*配套本地化/],
    ['另外：核心企业', /另外.*核心企业/],
    ['最后：政府软硬环境', /最后.*政府/],
    ['（二）知识创新', /（二）推进知识创新/],
    ['第一：龙头企业', /第一.*龙头企业/],
    ['源泉与桥梁', /源泉.*桥梁/],
    ['第四：政府', /第四.*政府/],
    ['总结', /总结/],
    ['供讨论', /讨论/],
    ['来源', /来源/],
    ['术语', /术语/],
  ]

  it('should present every part of the article, in the article\'s order', () => {
    let last = -1
    for (const [name, pattern] of sections) {
      const at = indexOfTitle(pattern)
      expect(at, `缺少「${name}」`).toBeGreaterThan(-1)
      expect(at, `「${name}」顺序不对`).toBeGreaterThan(last)
      last = at
    }
  })

  it('should ask 2–3 discussion questions', () => {
    const s = slides[indexOfTitle(/讨论/)]
    const questions = s.content.match(/^\s*\d+\.\s/gm) ?? []
    expect(questions.length).toBeGreaterThanOrEqual(2)
    expect(questions.length).toBeLessThanOrEqual(3)
  })

  it('should define the article\'s key terms in the glossary', () => {
    const s = slides[indexOfTitle(/术语/)]
    for (const term of ['全球价值链', '俘获型治理', '根植性', '工艺', '产品升级', '功能升级', '产学研'])
      expect(s.content, term).toContain(term)
  })

  it('should label every illustrative slide as 示意 and explain it in the notes', () => {
    const illustrative = slides.filter(s => /<(?:SmileCurve|ClusterNetwork|ImitationDilemma)\b/.test(s.content))
    expect(illustrative.map(s => s.content.match(/<(\w+)/)?.[1]).sort()).toEqual(['ClusterNetwork', 'ImitationDilemma', 'SmileCurve'])
    for (const s of illustrative)
      expect(s.notes, `第 ${s.no} 页`).toMatch(/示意/)
  })
})

describe('the Mermaid diagrams', () => {
  const blocks = slides.flatMap(s => s.mermaid.map(code => ({ no: s.no, title: s.heading, code })))

  it('should number at least six', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6)
  })

  it('should each carry accTitle and accDescr for screen readers', () => {
    for (const b of blocks) {
      expect(b.code, `第 ${b.no} 页`).toMatch(/^\s*accTitle:\s*\S/m)
      expect(b.code, `第 ${b.no} 页`).toMatch(/^\s*accDescr:\s*\S/m)
    }
  })

  it('should each parse with Mermaid\'s own parser', async () => {
    for (const b of blocks) {
      const result = await mermaid.parse(b.code, { suppressErrors: true })
      expect(result, `第 ${b.no} 页「${b.title}」的 Mermaid 图有语法错误`).toBeTruthy()
    }
  })

  it('should reject a broken diagram (the check itself can fail)', async () => {
    const result = await mermaid.parse('flowchart LR\n  A["未闭合 --> B', { suppressErrors: true })
    expect(result).toBe(false)
  })
})
