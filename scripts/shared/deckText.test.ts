import { describe, expect, it } from 'vitest'
import { compact, mermaidBlocks, mermaidLabels, noteLines, plainText } from './deckText'

describe('plainText', () => {
  it('should drop tags, emphasis, code ticks and link targets but keep their text', () => {
    expect(plainText('<span class="hl">**俘获**</span>型 `治理` 见[原文](https://example.org)')).toBe('俘获型 治理 见原文')
  })

  it('should keep MDC span text and drop attribute blocks', () => {
    expect(plainText('[两难]{.accent} 困境 {.title}')).toBe('两难 困境')
  })

  it('should turn <br> into a line break and decode entities', () => {
    expect(plainText('甲<br/>乙 &amp; 丙')).toBe('甲\n乙 & 丙')
  })
})

describe('compact', () => {
  it('should remove every kind of whitespace, including line breaks and form feeds', () => {
    expect(compact(' 向全球\n价值链\f 高端\t攀升 ')).toBe('向全球价值链高端攀升')
  })
})

describe('mermaidBlocks', () => {
  it('should return the body of each mermaid fence and ignore other code', () => {
    const md = [
      '# 标题',
      '```mermaid {scale: 0.8}',
      'flowchart LR',
      '  A --> B',
      '```',
      '```ts',
      'const a = 1',
      '```',
      '~~~mermaid',
      'graph TD',
      '~~~',
    ].join('\n')
    expect(mermaidBlocks(md)).toEqual(['flowchart LR\n  A --> B\n', 'graph TD\n'])
  })
})

describe('mermaidLabels', () => {
  it('should read quoted node labels and split them at <br/>', () => {
    expect(mermaidLabels('flowchart LR\n  A["发达的<br/>集群本地网络"] --> B["总体创新能力"]')).toEqual(['发达的', '集群本地网络', '总体创新能力'])
  })

  it('should read edge labels in both quoted and bare form', () => {
    const code = 'flowchart LR\n  B -->|"订单 · 技术帮助"| O["代工企业"]\n  O -.->|低成本代工| B'
    expect(mermaidLabels(code)).toEqual(['订单 · 技术帮助', '代工企业', '低成本代工'])
  })

  it('should read bare labels in the common node shapes', () => {
    const code = 'graph TD\n  A[方框] --> B(圆角)\n  B --> C{菱形}\n  C --> D((圆形))\n  D --> E[[子程序]]'
    expect(mermaidLabels(code)).toEqual(['方框', '圆角', '菱形', '圆形', '子程序'])
  })

  it('should read subgraph titles, falling back to the id when there is no title', () => {
    const code = 'flowchart LR\n  subgraph P1["（一）产业链"]\n    M1["合作竞争"]\n  end\n  subgraph 外部\n  end'
    expect(mermaidLabels(code)).toEqual(['（一）产业链', '合作竞争', '外部'])
  })

  it('should not report invisible lines: accessibility text, classes, styles, comments', () => {
    const code = [
      'flowchart LR',
      '  accTitle: 标题不可见',
      '  accDescr: 描述不可见',
      '  %% 注释',
      '  A["可见"]',
      '  classDef key fill:#1d3557,color:#fff',
      '  class A key',
      '  style A stroke:#000',
      '  linkStyle 0 stroke:#000',
    ].join('\n')
    expect(mermaidLabels(code)).toEqual(['可见'])
  })

  it('should report a label once even when the node is drawn from several lines', () => {
    expect(mermaidLabels('flowchart LR\n  A["甲"] --> B["乙"]\n  C["甲"] --> B')).toEqual(['甲', '乙'])
  })

  it('should find no labels in an edge-only line between bare ids', () => {
    expect(mermaidLabels('flowchart LR\n  A --> B\n  B <--> C\n  C -.-> A')).toEqual([])
  })
})

describe('noteLines', () => {
  it('should split at [click] markers and line breaks and drop list markers', () => {
    const note = '先看背景。\n[click] 第一点。\n[click:3] 第二点。\n- 要点甲\n1. 要点乙'
    expect(noteLines(note)).toEqual(['先看背景。', '第一点。', '第二点。', '要点甲', '要点乙'])
  })

  it('should return nothing for an empty note', () => {
    expect(noteLines('  \n ')).toEqual([])
  })
})
