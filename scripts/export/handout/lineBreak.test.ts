import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { breakLines, NO_LINE_END, NO_LINE_START, tokenize } from './lineBreak'

/** Every character one unit wide, a space half a unit: enough to place breaks exactly. */
const unit = (s: string): number => [...s].reduce((w, c) => w + (c === ' ' ? 0.5 : 1), 0)

describe('tokenize', () => {
  it('should keep Latin words and numbers whole and split Chinese by character', () => {
    expect(tokenize('模仿者8家，R = 0.9')).toEqual(['模', '仿', '者', '8', '家', '，', 'R', ' ', '=', ' ', '0.9'])
    expect(tokenize('2017年8月')).toEqual(['2017', '年', '8', '月'])
  })

  it('should keep doubled dashes and ellipses together', () => {
    expect(tokenize('大买家——代工者……')).toEqual(['大', '买', '家', '——', '代', '工', '者', '……'])
  })
})

describe('breakLines', () => {
  it('should fill lines up to the width', () => {
    expect(breakLines('一二三四五六七', 3, unit)).toEqual(['一二三', '四五六', '七'])
  })

  it('should not start a line with a closing mark: the character before it moves down', () => {
    // A plain cut after 四 would start the next line with 。
    expect(breakLines('一二三四。五六', 4, unit)).toEqual(['一二三', '四。五六'])
    expect(breakLines('一二三”。五六', 3, unit)).toEqual(['一二', '三”。', '五六'])
  })

  it('should not end a line with an opening mark: it moves down with what it opens', () => {
    expect(breakLines('一二三《四五》', 4, unit)).toEqual(['一二三', '《四五》'])
    expect(breakLines('甲乙“丙丁”', 3, unit)).toEqual(['甲乙', '“丙', '丁”'])
  })

  it('should drop the spaces where it breaks and keep words whole', () => {
    expect(breakLines('ab cd ef', 3, unit)).toEqual(['ab', 'cd', 'ef'])
  })

  it('should give a piece wider than the line a line of its own', () => {
    expect(breakLines('甲 abcdefgh 乙', 4, unit)).toEqual(['甲', 'abcdefgh', '乙'])
  })

  it('should break at the width when the text allows no break at all (rather than run past the box)', () => {
    expect(breakLines('。。。。', 2, unit)).toEqual(['。。', '。。'])
  })

  const chinese = fc.array(fc.constantFrom(...'一二三四五六七八九十产业集群', ...'，。、；：？！）》”', ...'（《“', ' ', 'ab', '2017'), { maxLength: 60 })
    .map(parts => parts.join(''))

  it('should never lose or add a character other than the spaces at a break', () => {
    fc.assert(fc.property(chinese, fc.integer({ min: 2, max: 12 }), (text, width) => {
      const lines = breakLines(text, width, unit)
      expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
    }))
  })

  /** Whether 避头尾 allows a break anywhere inside `line` (spaces are judged by what is around them). */
  const hasLegalBreak = (line: string): boolean => {
    const tokens = tokenize(line).filter(t => t.trim() !== '')
    return tokens.some((t, k) => k > 0 && !NO_LINE_START.has(t[0]!) && !NO_LINE_END.has(tokens[k - 1]!.at(-1)!))
  }

  it('should keep 避头尾 and the width wherever the text allows it', () => {
    fc.assert(fc.property(chinese, fc.integer({ min: 3, max: 12 }), (text, width) => {
      const lines = breakLines(text, width, unit)
      for (const [i, line] of lines.entries()) {
        if (unit(line) > width)
          expect(tokenize(line).length, line).toBe(1)
        // A rule may only give way where the line before the break had nowhere legal to break.
        if (i > 0 && NO_LINE_START.has(line[0]!))
          expect(hasLegalBreak(lines[i - 1]!), `${lines[i - 1]} | ${line}`).toBe(false)
        if (i < lines.length - 1 && NO_LINE_END.has(line.at(-1)!))
          expect(hasLegalBreak(line), `${line} | ${lines[i + 1]}`).toBe(false)
      }
    }), { numRuns: 500 })
  })
})
