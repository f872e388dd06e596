import { describe, expect, it } from 'vitest'
import { checkSlides, countHanzi, extractMermaid, readDeck, speakingMinutes } from './deckSource'

const deck = `---
title: 测试
---

# 封面

<!--
封面备注。
-->

---
layout: section
---

# 第二页

\`\`\`mermaid {scale: 0.8}
flowchart LR
  A --> B
\`\`\`

<!--
[click] 一 [click] 二
-->

---

没有标题的页
`

describe('readDeck', () => {
  it('should give one entry per slide with 1-based numbers, titles and notes', () => {
    const slides = readDeck(deck)
    expect(slides.map(s => s.no)).toEqual([1, 2, 3])
    expect(slides.map(s => s.title)).toEqual(['封面', '第二页', ''])
    expect(slides[0].notes).toBe('封面备注。')
    expect(slides[2].notes).toBe('')
  })

  it('should expose frontmatter and count [click] markers in the notes', () => {
    const slides = readDeck(deck)
    expect(slides[1].frontmatter.layout).toBe('section')
    expect(slides[1].noteClicks).toBe(2)
    expect(slides[0].noteClicks).toBe(0)
  })

  it('should extract mermaid blocks without the fence options', () => {
    const slides = readDeck(deck)
    expect(slides[1].mermaid).toEqual(['flowchart LR\n  A --> B'])
    expect(slides[0].mermaid).toEqual([])
  })
})

describe('extractMermaid', () => {
  it('should find every mermaid fence and ignore other code', () => {
    const md = '```ts\nconst a = 1\n```\n\n```mermaid\ngraph TD\n  X-->Y\n```\n\n```mermaid {scale: 2}\npie\n  "a": 1\n```\n'
    expect(extractMermaid(md)).toEqual(['graph TD\n  X-->Y', 'pie\n  "a": 1'])
  })

  it('should find tilde fences too, so no diagram escapes the syntax check', () => {
    expect(extractMermaid('~~~mermaid\ngraph LR\n  A-->B\n~~~\n')).toEqual(['graph LR\n  A-->B'])
  })
})

describe('checkSlides', () => {
  it('should report each slide without a title or notes, by page number', () => {
    const problems = checkSlides(readDeck(deck))
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('第3页没有标题')
    expect(problems[1]).toContain('第3页')
  })

  it('should report nothing for a sound deck', () => {
    expect(checkSlides(readDeck('# 甲\n\n<!-- 说明 -->\n'))).toEqual([])
  })
})

describe('speakingMinutes', () => {
  it('should count only Chinese characters and divide by the pace', () => {
    expect(countHanzi('汉字abc，。12')).toBe(2)
    const slides = readDeck(`# 一\n\n<!--\n${'字'.repeat(440)}\n-->\n`)
    expect(speakingMinutes(slides, 220)).toBeCloseTo(2)
  })
})
