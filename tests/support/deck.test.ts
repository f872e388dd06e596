import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkSlides, countHanzi, loadDeck, parseDeck, speakingMinutes } from './deck'

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

describe('parseDeck', () => {
  it('should give one entry per slide with 1-based numbers, headings, titles and notes', () => {
    const slides = parseDeck(deck)
    expect(slides.map(s => s.no)).toEqual([1, 2, 3])
    expect(slides.map(s => s.heading)).toEqual(['封面', '第二页', ''])
    expect(slides.map(s => s.title)).toEqual(['测试', '第二页', ''])
    expect(slides[0].notes).toBe('封面备注。')
    expect(slides[2].notes).toBe('')
  })

  it('should expose frontmatter, count [click] markers and give the note lines without them', () => {
    const slides = parseDeck(deck)
    expect(slides[1].frontmatter.layout).toBe('section')
    expect(slides[1].noteClicks).toBe(2)
    expect(slides[0].noteClicks).toBe(0)
    expect(slides[1].noteLines).toEqual(['一', '二'])
  })

  it('should extract mermaid blocks without the fence options, and their visible labels', () => {
    const slides = parseDeck(deck)
    expect(slides[1].mermaid).toEqual(['flowchart LR\n  A --> B'])
    expect(slides[0].mermaid).toEqual([])
  })

  it('should find every mermaid fence, tilde fences too, and ignore other code', () => {
    const md = '# 图\n\n```ts\nconst a = 1\n```\n\n```mermaid\ngraph TD\n  X-->Y\n```\n\n~~~mermaid {scale: 2}\npie\n  "a": 1\n~~~\n'
    expect(parseDeck(md)[0].mermaid).toEqual(['graph TD\n  X-->Y', 'pie\n  "a": 1'])
    expect(parseDeck('# 图\n\n```mermaid\nflowchart LR\n  A[龙头企业] -->|带动| B\n```\n')[0].labels).toEqual(['带动', '龙头企业'])
  })

  it('should read the heading as the audience sees it: markup removed, code fences skipped', () => {
    expect(parseDeck('```md\n# 不是标题\n```\n\n## **加粗**的`标题`\n')[0].heading).toBe('加粗的标题')
  })
})

describe('loadDeck', () => {
  const root = mkdtempSync(join(tmpdir(), 'deck-reader-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  mkdirSync(join(root, 'pages'))
  writeFileSync(join(root, 'slides.md'), '---\ntitle: 会议简报\nexportFilename: 简报\nrouterMode: hash\n---\n\n# 封面\n\n---\nsrc: ./pages/part.md\n---\n\n---\nhide: true\n---\n\n# 隐藏页\n\n---\n\n# 结尾\n')
  writeFileSync(join(root, 'pages/part.md'), '# 导入页\n\n<!--\n[click] 备注\n-->\n')

  it('should follow src: imports and drop hidden slides, numbering slides as the router does', async () => {
    const deck = await loadDeck(root)
    expect(deck.slides.map(s => [s.no, s.heading])).toEqual([[1, '封面'], [2, '导入页'], [3, '结尾']])
    expect(deck.slides[1].noteLines).toEqual(['备注'])
    expect(deck).toMatchObject({ title: '会议简报', basename: '简报', routerMode: 'hash', presenter: true, errors: [] })
  })
})

describe('checkSlides', () => {
  it('should report each slide without a title or notes, by page number', () => {
    const problems = checkSlides(parseDeck(deck))
    expect(problems).toHaveLength(2)
    expect(problems[0]).toContain('第3页没有标题')
    expect(problems[1]).toContain('第3页')
  })

  it('should report nothing for a sound deck', () => {
    expect(checkSlides(parseDeck('# 甲\n\n<!-- 说明 -->\n'))).toEqual([])
  })
})

describe('speakingMinutes', () => {
  it('should count only Chinese characters and divide by the pace', () => {
    expect(countHanzi('汉字abc，。12')).toBe(2)
    const slides = parseDeck(`# 一\n\n<!--\n${'字'.repeat(440)}\n-->\n`)
    expect(speakingMinutes(slides, 220)).toBeCloseTo(2)
  })
})
