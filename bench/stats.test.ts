import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { abSchedule, budgetVerdict, envCount, formatMs, formatRatio, formatSummary, median, quantile, stripHeadmatterKeys, summarize } from './stats'

describe('median', () => {
  it('should take the middle sample of an odd count, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20)
    expect(median([5])).toBe(5)
  })

  it('should average the middle two of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('should reject an empty list and NaN with a message', () => {
    expect(() => median([])).toThrow(/no samples/)
    expect(() => median([1, Number.NaN])).toThrow(/NaN/)
  })

  it('should lie between the smallest and largest sample and not depend on order', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 30 }), (xs) => {
      const m = median(xs)
      expect(m).toBeGreaterThanOrEqual(Math.min(...xs))
      expect(m).toBeLessThanOrEqual(Math.max(...xs))
      expect(median([...xs].reverse())).toBe(m)
    }))
  })
})

describe('quantile', () => {
  it('should interpolate linearly between order statistics (type 7)', () => {
    // 1..5: positions 0..4; p=0.25 → position 1 → 2; p=0.1 → position 0.4 → 1.4
    expect(quantile([5, 4, 3, 2, 1], 0.25)).toBe(2)
    expect(quantile([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4)
    expect(quantile([1, 2, 3, 4, 5], 0)).toBe(1)
    expect(quantile([1, 2, 3, 4, 5], 1)).toBe(5)
  })

  it('should sort Infinity last without producing NaN', () => {
    expect(quantile([Infinity, Infinity], 0.5)).toBe(Infinity)
    expect(quantile([1, Infinity, Infinity], 0.25)).toBe(Infinity)
    expect(quantile([1, 2, Infinity], 0.25)).toBe(1.5)
  })

  it('should reject p outside [0, 1]', () => {
    expect(() => quantile([1], 1.5)).toThrow(/p must be/)
  })
})

describe('summarize', () => {
  it('should give median, quartiles, IQR and range of plain runs', () => {
    const s = summarize([100, 140, 120, 110, 130])
    expect(s).toEqual({ n: 5, capped: 0, median: 120, q1: 110, q3: 130, iqr: 20, min: 100, max: 140 })
  })

  it('should count a capped run (null) as slower than any finished one', () => {
    const s = summarize([null, 200, 100])
    expect(s.capped).toBe(1)
    expect(s.median).toBe(200)
    expect(s.max).toBe(Infinity)
    expect(s.iqr).toBe(Infinity)
  })

  it('should report an infinite median when most runs were capped', () => {
    expect(summarize([null, null, 30]).median).toBe(Infinity)
  })
})

describe('abSchedule', () => {
  it('should alternate in counterbalanced pairs', () => {
    expect(abSchedule(3).map(r => `${r.variant}${r.run}`)).toEqual([
      'ours0',
      'defaults0',
      'defaults1',
      'ours1',
      'ours2',
      'defaults2',
    ])
  })

  it('should run each variant exactly `runs` times, never three in a row, each leading half the pairs', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), (runs) => {
      const order = abSchedule(runs)
      expect(order.filter(r => r.variant === 'ours').map(r => r.run)).toEqual([...Array.from({ length: runs }).keys()])
      expect(order.filter(r => r.variant === 'defaults')).toHaveLength(runs)
      const joined = order.map(r => (r.variant === 'ours' ? 'A' : 'B')).join('')
      expect(joined).not.toMatch(/AAA|BBB/)
      const oursFirst = order.filter((r, i) => i % 2 === 0 && r.variant === 'ours').length
      expect(oursFirst).toBe(Math.ceil(runs / 2))
    }))
  })

  it('should reject a run count that is not a positive integer', () => {
    expect(() => abSchedule(0)).toThrow(/positive integer/)
    expect(() => abSchedule(2.5)).toThrow(/positive integer/)
  })
})

describe('envCount', () => {
  it('should fall back when the variable is unset or blank', () => {
    expect(envCount({}, 'BENCH_RUNS', 5)).toBe(5)
    expect(envCount({ BENCH_RUNS: '  ' }, 'BENCH_RUNS', 5)).toBe(5)
  })

  it('should read a whole number', () => {
    expect(envCount({ BENCH_RUNS: '3' }, 'BENCH_RUNS', 5)).toBe(3)
  })

  it('should name the variable when the value is unusable', () => {
    for (const bad of ['0', '-2', '2.5', 'many', '101'])
      expect(() => envCount({ BENCH_RUNS: bad }, 'BENCH_RUNS', 5)).toThrow(`BENCH_RUNS=${bad}`)
  })
})

describe('formatRatio', () => {
  it('should divide ours by defaults to two decimals', () => {
    expect(formatRatio(50, 200)).toBe('0.25×')
    expect(formatRatio(300, 200)).toBe('1.50×')
  })

  it('should bound the ratio when the defaults never got there within the cap', () => {
    expect(formatRatio(700, Infinity, 35_000)).toBe('< 0.02×')
    expect(formatRatio(Infinity, 500, 35_000)).toBe('> 70.00×')
  })

  it('should say n/a rather than print NaN or Infinity', () => {
    expect(formatRatio(Infinity, Infinity, 35_000)).toBe('n/a')
    expect(formatRatio(5, 0)).toBe('n/a')
    expect(formatRatio(Number.NaN, 3)).toBe('n/a')
    expect(formatRatio(0, 0)).toBe('1.00×')
  })
})

describe('formatMs and formatSummary', () => {
  it('should print milliseconds below a second and seconds above', () => {
    expect(formatMs(42.4)).toBe('42 ms')
    expect(formatMs(12_345)).toBe('12.3 s')
    expect(formatMs(Infinity, 35_000)).toBe('> 35.0 s')
  })

  it('should show the interquartile range beside the median', () => {
    expect(formatSummary(summarize([100, 140, 120, 110, 130]), formatMs)).toBe('120 ms (110 ms–130 ms)')
    expect(formatSummary(summarize([100]), formatMs)).toBe('100 ms')
  })
})

describe('budgetVerdict', () => {
  it('should accept a value at or under the limit', () => {
    expect(budgetVerdict(0.8, 0.8)).toEqual({ met: true, text: 'met (0.80× ≤ 0.8×)' })
  })

  it('should say by how much a budget is missed', () => {
    expect(budgetVerdict(1.37, 1)).toEqual({ met: false, text: 'missed by 37% (1.37× > 1×)' })
    expect(budgetVerdict(150, 100, 'ms')).toEqual({ met: false, text: 'missed by 50% (150 ms > 100 ms)' })
  })

  it('should not claim a budget met when nothing was measured', () => {
    expect(budgetVerdict(Number.NaN, 1).met).toBe(false)
  })
})

describe('stripHeadmatterKeys', () => {
  const deck = [
    '---',
    'theme: default',
    'info: |',
    '  line one',
    '',
    '  line two',
    'fonts:',
    '  provider: none',
    '  sans: Deck Sans',
    'favicon: ./favicon.svg',
    'keywords:',
    '  - a',
    'layout: cover',
    '---',
    '',
    '# Title',
    '',
    '---',
    'fonts: not-headmatter',
    '---',
  ].join('\n')

  it('should drop the named keys with their nested lines and keep everything else byte for byte', () => {
    expect(stripHeadmatterKeys(deck, ['fonts', 'favicon'])).toBe([
      '---',
      'theme: default',
      'info: |',
      '  line one',
      '',
      '  line two',
      'keywords:',
      '  - a',
      'layout: cover',
      '---',
      '',
      '# Title',
      '',
      '---',
      'fonts: not-headmatter',
      '---',
    ].join('\n'))
  })

  it('should leave the deck unchanged when no key matches', () => {
    expect(stripHeadmatterKeys(deck, ['nothing'])).toBe(deck)
  })

  it('should reject a deck without a headmatter', () => {
    expect(() => stripHeadmatterKeys('# Title\n', ['fonts'])).toThrow(/headmatter/)
    expect(() => stripHeadmatterKeys('---\ntheme: default\n', ['fonts'])).toThrow(/closing/)
  })
})
