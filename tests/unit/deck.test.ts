// @vitest-environment happy-dom
// The real deck, checked as its presenter and its audience would: size, titles, notes, the article's
// sections in order, and every Mermaid diagram valid by Mermaid's own parser (Slidev would only show a red box).
import { existsSync, readFileSync } from 'node:fs'
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { GLOSSARY } from '../../content/glossary'
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
      expect(hanzi, `第${s.no}页“${s.heading}”屏幕文字过多`).toBeLessThan(260)
    }
  })

  it('should put 「[click]」 markers in the notes of every slide that has click steps', () => {
    for (const s of slides) {
      const hasSteps = /v-clicks?\b|<v-click/.test(s.content) || Number(s.frontmatter.clicks ?? 0) > 0
      if (hasSteps)
        expect(s.noteClicks, `第${s.no}页“${s.heading}”有动画步骤但备注里没有 [click]`).toBeGreaterThan(0)
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
    ['内容提要', /内容提要/],
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
    ['（一）产业链（示意）', /构建完善协调的产业链/],
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
      expect(at, `缺少“${name}”`).toBeGreaterThan(-1)
      expect(at, `“${name}”顺序不对`).toBeGreaterThan(last)
      last = at
    }
  })

  it('should ask 2–3 discussion questions', () => {
    const s = slides[indexOfTitle(/讨论/)]
    const questions = s.content.match(/^\s*\d+\.\s/gm) ?? []
    expect(questions.length).toBeGreaterThanOrEqual(2)
    expect(questions.length).toBeLessThanOrEqual(3)
  })

  it('should define the article\'s key terms on the glossary slide, rendered from content/glossary.ts', () => {
    const s = slides[indexOfTitle(/术语/)]!
    expect(s.content).toMatch(/<GlossaryTable\s*\/>/)
    const defined = GLOSSARY.filter(e => e.definition).map(e => e.term)
    for (const term of ['全球价值链', '俘获型治理', '根植性', '工艺升级、产品升级', '功能转型', '谈判能力', '集体创新动力缺失', '产、学、研一体化', '知识型服务机构'])
      expect(defined, term).toContain(term)
  })

  it('should label every illustrative slide as 示意 and explain it in the notes', () => {
    const illustrative = slides.filter(s => /<(?:SmileCurve|ClusterNetwork|ImitationDilemma)\b/.test(s.content))
    expect(illustrative.map(s => s.content.match(/<(\w+)/)?.[1]).sort()).toEqual(['ClusterNetwork', 'ImitationDilemma', 'SmileCurve'])
    for (const s of illustrative) {
      expect(s.heading, `第${s.no}页`).toMatch(/^示意：/)
      expect(s.notes, `第${s.no}页`).toMatch(/示意/)
    }
  })
})

// What the audience reads on a slide: its Markdown, the labels of its diagrams and the column headings the
// compare layout takes from the frontmatter, without line-break tags.
function onSlide(no: number): string {
  const s = slides[no - 1]!
  const headings = ['leftTitle', 'rightTitle'].map(key => String(s.frontmatter[key] ?? ''))
  return [s.content, ...headings].join('\n').replace(/<br\s*\/?>/g, '')
}
const articlePath = fromRoot('../shared/article/000_88859cb098309959.txt')

/** Phrases of `phrases` that `visible` does not contain. */
const missingPhrases = (visible: string, phrases: readonly string[]): string[] => phrases.filter(p => !visible.includes(p))
/** The role of 二(二) 第一 stated with the article's actor… */
const LEADER_AS_SUBJECT = /集群龙头企业[为是：]?主体/
/** …and weakened to enterprises in general. */
const ANY_FIRM_AS_SUBJECT = /[^头]企业(?:为|是)?主体/
/** Words the article does not say: the buyer "allows" or "supports" upgrading, a ranking of problems, an overclaim. */
const NOT_THE_ARTICLE = /允许|扶持|最要害|八项举措|全部来自原文|内容全部来自/

describe('the faithfulness checks', () => {
  it('should fail on the wording they exist to catch', () => {
    expect(missingPhrases('左栏：负向激励', ['负向激励', '良性互动'])).toEqual(['良性互动'])
    expect(LEADER_AS_SUBJECT.test('推进知识创新：企业、高校院所、服务机构、政府各司其职')).toBe(false)
    expect(ANY_FIRM_AS_SUBJECT.test('知识创新：企业主体、高校源泉')).toBe(true)
    expect(ANY_FIRM_AS_SUBJECT.test('集群龙头企业为主体')).toBe(false)
    for (const old of ['工艺升级<br/>允许', '大买家仅扶持工艺与产品升级', '内部困境最要害的一点', '两条路径，八项举措', '简报内容全部来自查永东同志的原文'])
      expect(NOT_THE_ARTICLE.test(old), old).toBe(true)
  })
})

describe('faithful to the article', () => {
  it('should carry the article\'s own key phrases on the slides, not only in the notes', () => {
    const phrases = [
      '有选择性的提供技术帮助',
      '面对国际大买家的阻挠时',
      '促进企业创新的有机载体',
      '负向激励',
      '制约了我国产业集群的升级空间',
      '必须承担起维护市场秩序的责任',
      '良性互动',
      '技术创新平台',
      '进行知识创造',
      '加大对研发中心的资金投入',
      '国家和地区',
      '激发创新的潜能',
      '鼓励群众',
      '提高集群的总体创新能力和集体学习能力',
      '向全球价值链高端攀升',
    ]
    expect(missingPhrases(slides.map(s => onSlide(s.no)).join('\n'), phrases)).toEqual([])
    // The list itself must be the article's wording (checked where the article is present, as in tests/unit/outline.test.ts).
    if (existsSync(articlePath)) {
      const article = readFileSync(articlePath, 'utf8').replace('国家大买家', '国际大买家')
      for (const p of phrases)
        expect(article, p).toContain(p)
    }
    else {
      expect(process.env.CI, `${articlePath} is missing in CI`).toBeFalsy()
    }
  })

  it('should name the 集群龙头企业 as the 主体 of knowledge innovation wherever the role is stated', () => {
    for (const pattern of [/内容提要/, /推进知识创新/, /总结/]) {
      const s = slides[indexOfTitle(pattern)]!
      expect(onSlide(s.no), s.heading).toMatch(LEADER_AS_SUBJECT)
      expect(onSlide(s.no), s.heading).not.toMatch(ANY_FIRM_AS_SUBJECT)
    }
  })

  it('should not put words in the article\'s mouth: no “允许” or “扶持” for the buyer, no ranking, no overclaim', () => {
    for (const s of slides) {
      const text = `${s.content}\n${s.notes}`
      expect(text, `第${s.no}页`).not.toMatch(NOT_THE_ARTICLE)
    }
  })

  it('should keep the article\'s hedges in the notes where it hedges', () => {
    const notes = slides.map(s => s.notes).join('\n')
    expect(notes).toMatch(/在一定程度上阻碍/)
    expect(notes).toMatch(/可能会?形成负向激励/)
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
      expect(result, `第${b.no}页“${b.title}”的 Mermaid 图有语法错误`).toBeTruthy()
    }
  })

  it('should reject a broken diagram (the check itself can fail)', async () => {
    const result = await mermaid.parse('flowchart LR\n  A["未闭合 --> B', { suppressErrors: true })
    expect(result).toBe(false)
  })
})
