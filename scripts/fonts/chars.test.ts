import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { BASE_CHARS, collectDeckChars, coverText, describeMissing, displayText, isDeckSource, missingChars, readDeckSources } from './chars'

describe('isDeckSource', () => {
  it('should accept every kind of file that can put text on a slide', () => {
    for (const p of ['slides.md', 'index.html', 'pages/appendix.md', 'components/SmileCurve.vue', 'layouts/cover.vue', 'global-bottom.vue', 'logic/smileCurve.ts', 'content/outline.ts', 'setup/main.ts', 'styles/index.css', 'scripts/vite/i18n/zh-CN.ts'])
      expect(isDeckSource(p), p).toBe(true)
  })

  it('should reject tests, declarations, docs and build output', () => {
    for (const p of ['logic/smileCurve.test.ts', 'content/x.spec.ts', 'scripts/vendor.d.ts', 'README.md', 'scripts/fonts/index.ts', 'scripts/shared/chromium.ts', 'scripts/vite/slidevChinese.ts', 'bench/stats.ts', 'tests/browser/deck.test.ts', 'dist/index.html', 'components/node_modules/x.vue', 'vitest.config.ts'])
      expect(isDeckSource(p), p).toBe(false)
  })
})

describe('displayText', () => {
  it('should keep only string and template contents of TypeScript, not comments or identifiers', () => {
    const text = [
      '// 注释里的字不会上屏',
      'const 变量 = \'单引号\'',
      'const b = "双引号"',
      // eslint-disable-next-line no-template-curly-in-string
      'const c = `模板${变量}中段${b}尾部`',
      '/* 块注释 */',
    ].join('\n')
    const got = displayText({ path: 'logic/x.ts', text }).map(s => s.text).join('|')
    expect(got).toBe('单引号|双引号|模板|中段|尾部')
  })

  it('should decode escapes in string literals', () => {
    expect(displayText({ path: 'content/x.ts', text: 'export const s = \'\\u4E2D\\u6587\'' })[0].text).toBe('中文')
  })

  it('should keep the whole text of markdown, Vue and CSS', () => {
    const text = '<!-- 备注 -->\n# 标题'
    expect(displayText({ path: 'slides.md', text })).toEqual([{ text, offset: 0 }])
  })
})

describe('collectDeckChars', () => {
  it('should collect each character once, sorted by code point, with the first place it is used', () => {
    const set = collectDeckChars([
      { path: 'slides.md', text: '# 集群\n\n升级集群\n```mermaid\ngraph LR\n  A[龙头] --> B\n```' },
      { path: 'components/X.vue', text: '<template>升级！</template>' },
    ], '')
    expect(set.chars).toEqual([...new Set('# 集群升级`mermaidgraphLRA[龙头]->B<templt/>！')].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!))
    expect(set.firstUse.get('升')).toEqual({ path: 'slides.md', line: 3 })
    expect(set.firstUse.get('龙')).toEqual({ path: 'slides.md', line: 6 })
    expect(set.firstUse.get('！')).toEqual({ path: 'components/X.vue', line: 1 })
  })

  it('should report the line of a string inside a TypeScript file', () => {
    const set = collectDeckChars([{ path: 'logic/m.ts', text: 'export const a = 1\n\nexport const label = \'知识\'' }], '')
    expect(set.firstUse.get('知')).toEqual({ path: 'logic/m.ts', line: 3 })
  })

  it('should drop control and zero-width characters but keep the ideographic space', () => {
    const set = collectDeckChars([{ path: 'slides.md', text: 'a\tb\r\n\u200B\uFEFF\u3000' }], '')
    expect(set.chars).toEqual(['a', 'b', '\u3000'])
  })

  it('should count astral characters as one character', () => {
    const set = collectDeckChars([{ path: 'slides.md', text: '𠀀x' }], '')
    expect(set.chars).toEqual(['x', '𠀀'])
  })

  it('should always include printable ASCII and common CJK punctuation', () => {
    const set = collectDeckChars([])
    for (const ch of '09AZaz~ ，。、《》（）“”…—')
      expect(set.chars, ch).toContain(ch)
    expect(set.chars.length).toBe(new Set(BASE_CHARS).size)
  })

  it('should contain every renderable character of every source (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 5 }), (texts) => {
      const sources = texts.map((text, i) => ({ path: `layouts/l${i}.vue`, text }))
      const set = new Set(collectDeckChars(sources, '').chars)
      for (const text of texts) {
        for (const ch of text) {
          const cp = ch.codePointAt(0)!
          const invisible = (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp === 0xFEFF
          if (cp >= 0x20 && !(cp >= 0x7F && cp <= 0x9F) && !invisible)
            expect(set.has(ch)).toBe(true)
        }
      }
    }))
  })
})

describe('missingChars / describeMissing', () => {
  it('should list the characters absent from a cmap, with code point and first use', () => {
    const cmap = new Set([0x4E2D, 0x41])
    const missing = missingChars(['中', '文', 'A', '𠀀'], cmap)
    expect(missing).toEqual(['文', '𠀀'])
    const text = describeMissing(missing, new Map([['文', { path: 'slides.md', line: 7 }]]))
    expect(text).toBe('“文” U+6587 (slides.md:7)\n“𠀀” U+20000')
  })
})

describe('coverText', () => {
  const slides = '---\nlayout: cover\nsource: 原文出处\nspeaker: 汇报单位\n---\n\n# 封面标题\n\n副题\n\n<!--\n备注不上屏\n-->\n\n---\nlayout: default\n---\n\n# 第二页\n'
  const layout = '<!-- 用法说明 -->\n<script setup lang="ts">\nconst 脚本 = 1\n</script>\n\n<template>\n  <div>简报</div>\n  <!-- 注释 -->\n</template>\n\n<style>\n.x { color: red }\n</style>\n'

  it('should hold the first slide\'s headmatter values and text, and the layout\'s template words', () => {
    const text = coverText(slides, layout)
    for (const part of ['原文出处', '汇报单位', '封面标题', '副题', '简报'])
      expect(text).toContain(part)
  })

  it('should leave out the notes, later slides, and the layout\'s comments and script', () => {
    const text = coverText(slides, layout)
    for (const part of ['备注不上屏', '第二页', '用法说明', '注释', '脚本'])
      expect(text).not.toContain(part)
  })
})

describe('readDeckSources', () => {
  const root = mkdtempSync(join(tmpdir(), 'deck-sources-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const files: Record<string, string> = {
    'slides.md': '# 甲',
    'global-bottom.vue': '<template>乙</template>',
    'logic/model.ts': 'export const label = \'丙\'',
    'logic/model.test.ts': 'it(\'测\')',
    'content/outline.ts': 'export const t = \'丁\'',
    'components/deep/Part.vue': '<template>戊</template>',
    'scripts/fonts/tool.ts': 'throw new Error(\'龘\')',
    'bench/run.ts': 'console.log(\'鑫\')',
    'tests/unit/x.test.ts': 'it(\'淼\')',
    'README.md': '说明',
    'node_modules/pkg/logic/x.ts': 'export const x = \'焱\'',
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }

  it('should read the deck folders and root layers, and no tooling, test or package text', () => {
    expect(readDeckSources(root).map(s => s.path)).toEqual(['components/deep/Part.vue', 'content/outline.ts', 'global-bottom.vue', 'logic/model.ts', 'slides.md'])
    const chars = new Set(collectDeckChars(readDeckSources(root), '').chars)
    for (const ch of '甲乙丙丁戊')
      expect(chars.has(ch), ch).toBe(true)
    for (const ch of '龘鑫淼测说焱')
      expect(chars.has(ch), ch).toBe(false)
  })
})
