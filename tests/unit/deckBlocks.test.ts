import { describe, expect, it } from 'vitest'
import { slideBlocks } from '../export/deckBlocks'

describe('slideBlocks', () => {
  it('should read the title, list items, card headings and paragraphs as the audience sees them', () => {
    const md = [
      '# 一页结论',
      '',
      '- 第一条**重点**',
      '  - 子项',
      '- 第二条',
      '',
      '<div class="deck-card">',
      '  <h3>两难困境</h3>',
      '  <p><strong>外部</strong>：俘获型治理</p>',
      '</div>',
    ].join('\n')
    expect(slideBlocks(md)).toEqual([
      { kind: 'title', text: '一页结论' },
      { kind: 'item', text: '第一条重点' },
      { kind: 'item', text: '子项' },
      { kind: 'item', text: '第二条' },
      { kind: 'heading', text: '两难困境' },
      { kind: 'paragraph', text: '外部：俘获型治理' },
    ])
  })

  it('should keep two columns\' lists apart, add the compare titles, and skip diagrams and tables\' markup', () => {
    const md = ['# 对比', '', '::left::', '', '- 左一', '', '::right::', '', '- 右一', '', '```mermaid', 'flowchart LR', '  A["图中文字"]', '```', '', '| 术语 | 释义 |', '| --- | --- |', '| 根植性 | 扎根 |'].join('\n')
    const blocks = slideBlocks(md, { leftTitle: '外部', rightTitle: '内部' })
    expect(blocks.map(b => b.text)).toEqual(['外部', '内部', '对比', '左一', '右一', '术语', '释义', '根植性', '扎根'])
    expect(blocks.filter(b => b.kind === 'cell')).toHaveLength(4)
  })
})
