import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { outline } from '../../../content/outline'
import { checkOutline } from '../../../logic/traceability'
import { PROJECT_ROOT } from '../../shared/projectRoot'
import { chineseNumeral, groupParagraphs, keySentences, metaPairs, parseArticle, readDate, shortTitle, splitSentences, tidyPunctuation, toOutline } from './index'

const fixture = (name: string): string => readFileSync(resolve(PROJECT_ROOT, 'tests/fixtures/articles', name), 'utf8')

function parsed(text: string) {
  const r = parseArticle(text)
  if (!r.ok)
    throw new Error(`expected a parse, got: ${r.error}`)
  return r.article
}
const ids = (text: string): string[] => parsed(text).nodes.map(n => n.id)

describe('chineseNumeral', () => {
  it('should read numerals up to ninety-nine', () => {
    expect([chineseNumeral('一'), chineseNumeral('九'), chineseNumeral('十'), chineseNumeral('十二'), chineseNumeral('二十'), chineseNumeral('三十五')]).toEqual([1, 9, 10, 12, 20, 35])
  })
  it('should give NaN for anything else', () => {
    expect(chineseNumeral('甲')).toBeNaN()
    expect(chineseNumeral('十十')).toBeNaN()
    expect(chineseNumeral('一二')).toBeNaN()
  })
})

describe('metaPairs', () => {
  it('should read keys written with spaces between their characters, including empty values', () => {
    expect(metaPairs('索 引 号 003116789/201708-00002 信息分类 统计信息')).toEqual({ 索引号: '003116789/201708-00002', 信息分类: '统计信息' })
    expect(metaPairs('信息来源 关 键 词')).toEqual({ 信息来源: '', 关键词: '' })
    expect(metaPairs('文 号 信息格式/语种 DOC')).toEqual({ '文号': '', '信息格式/语种': 'DOC' })
  })
  it('should read colon-separated pairs on one line', () => {
    expect(metaPairs('发布日期:2017-08-11    发布机构:某区统计局')).toEqual({ 发布日期: '2017-08-11', 发布机构: '某区统计局' })
  })
  it('should not take body text that merely starts with a key word', () => {
    expect(metaPairs('来源于调查的数据显示，情况有所好转。')).toBeNull()
    expect(metaPairs('在全球化背景下，发布机构越来越多。')).toBeNull()
  })
})

describe('readDate', () => {
  it('should normalise common date spellings to YYYY-MM-DD', () => {
    expect(readDate('2017-08-11')).toBe('2017-08-11')
    expect(readDate('2022年11月8日')).toBe('2022-11-08')
    expect(readDate('发布时间：2021/6/3')).toBe('2021-06-03')
    expect(readDate('无日期')).toBeUndefined()
  })
})

describe('tidyPunctuation', () => {
  it('should turn half-width punctuation next to Chinese into full-width', () => {
    expect(tidyPunctuation('现状:陷入困境,需要升级(初步)')).toBe('现状：陷入困境，需要升级（初步）')
  })
  it('should leave numbers and Latin text alone', () => {
    expect(tidyPunctuation('ratio 1:2, ok (yes)')).toBe('ratio 1:2, ok (yes)')
  })
})

describe('splitSentences', () => {
  it('should split after sentence-ending punctuation and keep closing quotes', () => {
    expect(splitSentences('第一句。第二句！“第三句？”最后')).toEqual(['第一句。', '第二句！', '“第三句？”', '最后'])
  })
})

describe('shortTitle', () => {
  it('should keep a short heading whole, without its final punctuation', () => {
    expect(shortTitle('推进知识创新。')).toBe('推进知识创新')
  })
  it('should cut a long heading at a clause boundary', () => {
    const t = shortTitle('在某种治理模式中，大买家出于自身利益考虑会对集群内企业有选择地提供技术帮助，产品得到升级。', 20)
    expect(t).toBe('在某种治理模式中')
  })
  it('should cut a long clause with an ellipsis within the limit', () => {
    const t = shortTitle('一二三四五六七八九十一二三四五六七八九十一二三四五', 10)
    expect([...t]).toHaveLength(10)
    expect(t.endsWith('…')).toBe(true)
  })
})

describe('keySentences', () => {
  it('should prefer first sentences and sentences with cue words, in document order', () => {
    const s = keySentences(['甲说明情况。乙补充细节。丙因此必须改进。丁是闲话。', '戊开启第二段。'], 3)
    expect(s).toEqual(['甲说明情况。', '丙因此必须改进。', '戊开启第二段。'])
  })
})

describe('groupParagraphs', () => {
  it('should start a new group after three paragraphs or when the size limit would be passed', () => {
    expect(groupParagraphs(['a', 'b', 'c', 'd'])).toEqual([['a', 'b', 'c'], ['d']])
    expect(groupParagraphs(['x'.repeat(200), 'y'.repeat(200)], 300)).toEqual([['x'.repeat(200)], ['y'.repeat(200)]])
  })
})

describe('parseArticle', () => {
  it('should read a government information page: metadata for the cover, title once, byline, full-width brackets and 1、 points', () => {
    const a = parsed(fixture('gov-page.txt'))
    expect(a.meta).toMatchObject({ title: '社区居家养老服务的短板与对策', date: '2023-03-15', publisher: '示例县统计局', author: '王晓明', organisation: '示例县统计局' })
    expect(a.meta.fields['索引号']).toBe('001234567/202303-00011')
    expect(a.nodes.map(n => n.id)).toEqual(['0', '1', '1.1', '1.1.1', '1.1.2', '1.2', '2', '2.1', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.2'])
    expect(a.nodes.map(n => n.marker).slice(7, 12)).toEqual(['（一）', '首先', '其次', '另外', '最后'])
    expect(a.nodes.find(n => n.id === '1.1.1')!.title).toBe('助餐点覆盖不全')
    const text = a.nodes.flatMap(n => [n.heading, ...n.body]).join('\n')
    expect(text).not.toMatch(/索引号|信息名称|撰稿人|发布机构/)
    expect(a.warnings).toEqual([])
  })

  it('should read half-width and mixed brackets, a 作者 line, a date line, 第一/第二 and 一是/二是 points', () => {
    const a = parsed(fixture('half-width.txt'))
    expect(a.meta).toMatchObject({ title: '关于提升县域农产品品牌影响力的建议', author: '李青', date: '2022-11-08' })
    expect(a.nodes.map(n => n.id)).toEqual(['0', '1', '1.1', '1.2', '1.2.1', '1.2.2', '2', '2.1', '2.1.1', '2.1.2', '2.2', '2.2.1', '2.2.2', '2.2.3'])
    expect(a.nodes.find(n => n.id === '1.2')!.title).toBe('营销渠道单一')
    expect(a.nodes.find(n => n.id === '2.2.3')!.title).toBe('办好农产品展销活动')
  })

  it('should nest 1. points under 一、 parts, (1) under 1、 and an inline 第一/第二 under its point', () => {
    const a = parsed(fixture('arabic-points.txt'))
    expect(a.nodes.map(n => `${n.id}:${n.level}`)).toEqual(['0:1', '1:1', '1.1:2', '1.2:2', '1.2.1:3', '1.2.2:3', '2:1', '2.1:2', '2.1.1:3', '2.1.2:3', '2.2:2'])
    expect(a.nodes.find(n => n.id === '1.2.1')!.title).toBe('小区内部车位不足')
    expect(a.nodes.find(n => n.id === '2.2')!.body).toEqual(['加强巡查，公开收费标准，畅通投诉渠道。'])
  })

  it('should join hard-wrapped lines and accept CRLF line ends', () => {
    const a = parsed(fixture('wrapped-crlf.txt'))
    expect(a.nodes.map(n => n.id)).toEqual(['0', '1', '1.1', '1.2', '2'])
    expect(a.nodes[0]!.body).toEqual(['基层报表任务重、重复填报多，是基层反映最集中的问题之一。本文就此提出几点意见。'])
    expect(a.nodes.find(n => n.id === '1.1')!.title).toBe('清理重复指标，同一数据只采集一次，不再要求基层多头填报')
  })

  it('should fall back to paragraph groups with a warning when there is no outline', () => {
    const a = parsed(fixture('no-outline.txt'))
    expect(a.mode).toBe('paragraphs')
    expect(a.meta.title).toBe('写在春耕之前')
    expect(a.nodes.map(n => n.id)).toEqual(['1', '2'])
    expect(a.nodes.flatMap(n => n.body)).toHaveLength(5)
    expect(a.warnings).toHaveLength(1)
    expect(a.warnings[0]).toContain('没有识别到提纲')
  })

  it('should parse a malformed outline and warn about each fault', () => {
    const a = parsed(fixture('malformed.txt'))
    expect(a.nodes.map(n => n.id)).toEqual(['1', '2', '2.1', '2.1.1', '2.1.2', '3'])
    expect(a.warnings).toEqual([
      '编号不连续：“三、”前面是“一、”',
      '编号不从一开始：第一个是“（二）”',
      '编号不从第一开始：“第二”前面没有第一点',
      '“四、”没有标题文字',
      '“四、”下面没有正文',
    ])
    // an unclosed bracket and a stray 另外 without 首先 stay body text
    expect(a.nodes.find(n => n.id === '2.1.2')!.body).toHaveLength(3)
  })

  it('should split an inline 第一…第二 series and keep the lead-in with the section', () => {
    const a = parsed('（一）原因\n\n这主要有两方面原因:第一,成本上升。一旦如此就难办。第二,需求下降。')
    expect(a.nodes.map(n => n.id)).toEqual(['1', '1.1', '1.2'])
    expect(a.nodes[0]!.body).toEqual(['这主要有两方面原因：'])
    expect(a.nodes[1]!.body).toEqual(['成本上升。一旦如此就难办。'])
  })

  it('should not start a series on a lone inline 第一 or on 第一次', () => {
    expect(parsed('一、情况\n\n他是全县第一，也是第一次参加。').nodes.map(n => n.id)).toEqual(['1'])
  })

  it('should report empty, blank, binary and body-less input as errors', () => {
    expect(parseArticle(fixture('empty.txt'))).toEqual({ ok: false, error: expect.stringContaining('文章为空') })
    expect(parseArticle(' \n\u3000\n\t')).toEqual({ ok: false, error: expect.stringContaining('文章为空') })
    expect(parseArticle('abc\u0000\u0001def')).toEqual({ ok: false, error: expect.stringContaining('不是可读的纯文本') })
    expect(parseArticle('信息名称 某标题\n内容概述\n某标题\n')).toEqual({ ok: false, error: expect.stringContaining('没有正文') })
  })

  it('should give well-formed outlines and never throw, whatever the input', () => {
    fc.assert(fc.property(fc.array(fc.oneof(
      fc.constantFrom('一、', '二、', '（一）', '(二)', '第一，', '第二，', '首先，', '其次，', '最后，', '1. ', '2、', '(1)', '一是', '\n', '\n\n', '。', '发布日期 2020-01-01\n', '信息名称 X\n'),
      fc.string({ maxLength: 8 }),
    ), { maxLength: 40 }), (parts) => {
      const r = parseArticle(parts.join(''))
      if (r.ok)
        expect(checkOutline(toOutline(r.article.nodes))).toEqual([])
      else
        expect(r.error).toMatch(/^\S.*$/)
    }), { numRuns: 300 })
  })

  it('should recover the ids of any generated outline, whatever the marker styles', () => {
    const point = fc.constantFrom('ordinal', 'sequence', 'arabic', 'shi', 'inline')
    const section = fc.record({ bracket: fc.constantFrom('full', 'half'), style: point, points: fc.integer({ min: 0, max: 4 }) })
    const part = fc.array(section, { maxLength: 3 })
    fc.assert(fc.property(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 4 }), (preamble, parts) => {
      const cn = '一二三四五六七八九'
      const seq = ['首先', '其次', '另外', '最后']
      const lines: string[] = ['某地某项工作的调查与思考', '']
      const expected: string[] = []
      if (preamble) {
        lines.push('这是开头的说明文字。', '')
        expected.push('0')
      }
      parts.forEach((sections, pi) => {
        lines.push(`${cn[pi]}、第${pi + 1}部分的标题`, '', '本部分的引导文字。', '')
        expected.push(`${pi + 1}`)
        sections.forEach((s, si) => {
          lines.push(s.bracket === 'full' ? `（${cn[si]}）小节标题` : `(${cn[si]}) 小节标题`, '')
          expected.push(`${pi + 1}.${si + 1}`)
          const marks = Array.from({ length: s.points }, (_, k) => ({ ordinal: `第${cn[k]}，`, sequence: `${seq[k]}，`, arabic: `${k + 1}. `, shi: `${cn[k]}是`, inline: `第${cn[k]}，` })[s.style])
          const texts = marks.map(m => `${m}要点内容。`)
          if (s.style === 'inline' && s.points >= 1)
            lines.push(`这里有几点：${texts.join('')}`, '')
          else
            texts.forEach(t => lines.push(t, ''))
          if (s.style !== 'inline' || s.points >= 2)
            marks.forEach((_, k) => expected.push(`${pi + 1}.${si + 1}.${k + 1}`))
        })
      })
      expect(ids(lines.join('\n'))).toEqual(expected)
    }), { numRuns: 200 })
  })
})

const sourceArticle = resolve(PROJECT_ROOT, '../shared/article/000_88859cb098309959.txt')

describe('the source article', () => {
  // ../shared/article/ sits beside the project in this workspace and in CI, where it must be present;
  // only a bare clone elsewhere has no copy of the article, and there this check has nothing to read.
  it('should parse into exactly the ids of content/outline.ts, with its cover data', () => {
    if (!existsSync(sourceArticle)) {
      expect(process.env.CI, `${sourceArticle} is missing in CI`).toBeFalsy()
      return
    }
    const a = parsed(readFileSync(sourceArticle, 'utf8'))
    expect(a.nodes.map(n => n.id)).toEqual(outline.map(n => n.id))
    expect(toOutline(a.nodes).map(({ id, level, parent }) => ({ id, level, parent }))).toEqual(outline.map(({ id, level, parent }) => ({ id, level, parent })))
    expect(a.meta).toMatchObject({ title: '地方产业集群升级的困境与出路探析', date: '2017-08-11', publisher: '大观区统计局', author: '查永东', organisation: '安庆市大观区统计局' })
    expect(a.warnings).toEqual([])
  })
})
