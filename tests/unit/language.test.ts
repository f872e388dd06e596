// The Chinese the audience and the handout read, checked in every deck source: GB/T 15834 punctuation, one term
// per concept (content/glossary.ts), a statistics bureau's register, and speaker notes written to be spoken.
import type { ReaderLine } from '../support/readerText'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GLOSSARY, REGISTER_BANNED } from '../../content/glossary'
import { readDeckSources } from '../../scripts/fonts/chars'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'
import { parseDeck } from '../support/deck'
import { readerLines } from '../support/readerText'
import { punctuationFindings, registerFindings, spokenFindings, termFindings } from '../support/textRules'

const root = PROJECT_ROOT
const fixtureRoot = join(root, 'tests/fixtures/language')

/** The glossary lists the banned variants it bans: its own strings are checked for punctuation only. */
const GLOSSARY_FILE = 'content/glossary.ts'

/** Every finding in a deck's sources, as `path:line [rule] match`. */
function deckFindings(lines: readonly ReaderLine[]): string[] {
  return lines.flatMap((l) => {
    // A line break inside a Mermaid label is not a break in the term: 知识型<br/>服务机构.
    const words = l.text.replace(/<br\s*\/?>/g, '')
    const findings = [
      ...punctuationFindings(l.text),
      ...(l.path === GLOSSARY_FILE ? [] : [...termFindings(words, GLOSSARY), ...registerFindings(words, REGISTER_BANNED)]),
    ]
    return findings.map(f => `${l.path}:${l.line} [${f.rule}] ${f.match}（${f.message}）`)
  })
}

describe('the rules', () => {
  it('should find corner quotes, spaces around numerals, half-width marks and ISO dates', () => {
    // eslint-disable-next-line no-template-curly-in-string -- the text of a template literal, as the scanner reads it
    expect(punctuationFindings('「示意」『注』第 3 页，共 {{ n }} 家，${x} 期，见(附表)，2017-08-11').map(f => `${f.rule}:${f.match}`)).toEqual([
      'quotes:「',
      'quotes:」',
      'quotes:『',
      'quotes:』',
      'spacing:第 3',
      'spacing:3 页',
      'spacing:共 {',
      'spacing:} 家',
      'spacing:} 期',
      'halfwidth:见(附',
      'halfwidth:表)，',
      'date:2017-08-11',
    ])
  })

  it('should pass text written to GB/T 15834', () => {
    expect(punctuationFindings('“国际大买家—代工者”：2017年8月11日，第3页，模仿者8家（示意）。Deck Sans 字体')).toEqual([])
  })

  it('should find a banned variant, but not inside the preferred term or an allowed phrase', () => {
    const glossary = [
      { term: '国际大买家', banned: ['大买家'] },
      { term: '升级途径', banned: ['路径'], allowedIn: ['有效路径'] },
    ]
    expect(termFindings('国际大买家与大买家；被认为是有效路径；两条路径', glossary).map(f => f.match)).toEqual(['大买家', '路径'])
  })

  it('should find consulting and colloquial phrases', () => {
    expect(registerFindings('一页结论：抢单', REGISTER_BANNED).map(f => f.match)).toEqual(['一页结论', '抢单'])
  })

  it('should find formulas, variables and digits in a spoken note, but keep dates', () => {
    expect(spokenFindings('预期收益 R = ℓ + (8 − ℓ) ÷ (1 + k)，模拟 40 期，1/9').map(f => f.match)).toEqual(
      ['R', '=', 'ℓ', '+', 'ℓ', '÷', '+', 'k', '1/9', '8', '1', '40', '1', '9'],
    )
    expect(spokenFindings('2017年8月11日发表；四十期中有三十六期，收益约零点九。[click] 下一步')).toEqual([])
  })
})

describe('a fixture deck that breaks the rules', () => {
  const lines = readerLines(readDeckSources(fixtureRoot))

  it('should be reported in slides.md, in a component and in a logic string, with file and line', () => {
    const found = deckFindings(lines)
    for (const expected of [
      'slides.md:5 [quotes] 「',
      'slides.md:5 [register] 一页结论',
      'slides.md:5 [term] 高校院所',
      'slides.md:5 [register] 抢单',
      'slides.md:7 [spacing] 第 3',
      'slides.md:7 [date] 2017-08-11',
      'slides.md:7 [halfwidth] 见(附',
      'components/Bad.vue:4 [spacing] 者 {',
      'logic/bad.ts:4 [term] 功能升级',
      'logic/bad.ts:4 [spacing] 第 $',
      'logic/bad.ts:4 [quotes] 『',
    ])
      expect(found.some(f => f.startsWith(expected)), expected).toBe(true)
  })

  it('should not read a regular expression as text', () => {
    expect(deckFindings(lines).filter(f => f.startsWith('logic/bad.ts:3'))).toEqual([])
  })

  it('should report the formula in its speaker note', () => {
    const [slide] = parseDeck(readFileSync(join(fixtureRoot, 'slides.md'), 'utf8'))
    expect(spokenFindings(slide!.notes).map(f => f.match)).toContain('=')
  })
})

describe('the deck', () => {
  it('should use “ ” and full-width marks, one term per concept and plain official wording in every source', () => {
    expect(deckFindings(readerLines(readDeckSources(root)))).toEqual([])
  })

  it('should write its speaker notes to be spoken: no formulas, numbers as they are read', () => {
    const slides = parseDeck(readFileSync(join(root, 'slides.md'), 'utf8'))
    const found = slides.flatMap(s => spokenFindings(s.notes).map(f => `第${s.no}页 ${f.match}（${f.message}）`))
    expect(found).toEqual([])
  })

  it('should check the glossary\'s own definitions like any other text', () => {
    const text = GLOSSARY.flatMap(e => [e.term, e.definition ?? '']).join('\n')
    expect([...punctuationFindings(text), ...termFindings(text, GLOSSARY), ...registerFindings(text, REGISTER_BANNED)]).toEqual([])
  })
})
