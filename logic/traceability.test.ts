import type { OutlineNode } from './outline'
import type { SlideRef } from './traceability'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildOutlineMap, checkOutline, checkTraceability, compareIds, readSlideOutline } from './traceability'

const outline: OutlineNode[] = [
  { id: '0', level: 1, title: '引言', parent: null },
  { id: '1', level: 1, title: '现状', parent: null },
  { id: '1.1', level: 2, title: '外部', parent: '1' },
  { id: '1.2', level: 2, title: '内部', parent: '1' },
  { id: '2', level: 1, title: '出路', parent: null },
  { id: '2.1', level: 2, title: '产业链', parent: '2' },
]

const slides = (...fms: Record<string, unknown>[]): SlideRef[] => fms.map((frontmatter, i) => ({ no: i + 1, frontmatter }))
const inOrder = (): Record<string, unknown>[] => outline.map(n => ({ outline: n.id }))
const kinds = (s: SlideRef[]): string[] => checkTraceability(s, outline).map(i => `${i.kind}:${i.slide ?? ''}:${i.id ?? ''}`)

describe('readSlideOutline', () => {
  it('should read one id, a list, a comma-separated string and none', () => {
    expect(readSlideOutline({ outline: '2.1' })).toEqual({ kind: 'ids', ids: ['2.1'] })
    expect(readSlideOutline({ outline: ['1.1', '1.2'] })).toEqual({ kind: 'ids', ids: ['1.1', '1.2'] })
    expect(readSlideOutline({ outline: '1.1, 1.2，1.1' })).toEqual({ kind: 'ids', ids: ['1.1', '1.2'] })
    expect(readSlideOutline({ outline: 'none' })).toEqual({ kind: 'none' })
    expect(readSlideOutline({})).toEqual({ kind: 'missing' })
  })
  it('should reject unquoted YAML numbers, malformed ids and none mixed with ids', () => {
    expect(readSlideOutline({ outline: 1.1 })).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('quote') })
    expect(readSlideOutline({ outline: ['1', 2] })).toMatchObject({ kind: 'invalid' })
    expect(readSlideOutline({ outline: '1.01' })).toMatchObject({ kind: 'invalid' })
    expect(readSlideOutline({ outline: 'intro' })).toMatchObject({ kind: 'invalid' })
    expect(readSlideOutline({ outline: ['none', '1'] })).toMatchObject({ kind: 'invalid' })
    expect(readSlideOutline({ outline: [] })).toMatchObject({ kind: 'invalid' })
  })
})

describe('checkTraceability', () => {
  it('should pass a deck that presents every node in order, with none slides around it', () => {
    expect(kinds(slides({ outline: 'none' }, ...inOrder(), { outline: 'none' }))).toEqual([])
  })
  it('should allow several slides on one node and one slide on several nodes', () => {
    expect(kinds(slides({ outline: '0' }, { outline: ['1', '1.1'] }, { outline: '1.1' }, { outline: '1.2' }, { outline: '2, 2.1' }))).toEqual([])
  })
  it('should report a node that no slide presents', () => {
    const s = slides(...inOrder().filter(f => f.outline !== '1.2'))
    expect(kinds(s)).toEqual(['uncovered::1.2'])
  })
  it('should report an unknown id and a slide without outline frontmatter', () => {
    expect(kinds(slides(...inOrder(), { outline: '3.1' }, {}))).toEqual(['unknown-id:7:3.1', 'missing:8:'])
  })
  it('should report a slide that goes back in the outline without saying why', () => {
    const s = slides(...inOrder(), { outline: '1.1' })
    expect(kinds(s)).toEqual(['order:7:1.1'])
    expect(checkTraceability(s, outline)[0]!.message).toMatch(/slide 7.*1\.1“外部”.*2\.1“产业链”.*outlineBack/)
  })
  it('should accept a backward slide that gives its reason in outlineBack', () => {
    expect(kinds(slides(...inOrder(), { outline: ['1', '2'], outlineBack: '总结回顾' }))).toEqual([])
  })
  it('should report outlineBack where the slide does not go back, or is empty', () => {
    expect(kinds(slides({ outline: 'none', outlineBack: '封面' }, ...inOrder()))).toEqual(['needless-back:1:'])
    expect(kinds(slides({ outline: '0', outlineBack: '无' }, ...inOrder().slice(1)))).toEqual(['needless-back:1:'])
    expect(kinds(slides(...inOrder(), { outline: '1', outlineBack: '' }))).toEqual(['invalid:7:'])
  })
  it('should accept the same node on several slides in a row', () => {
    expect(kinds(slides({ outline: '0' }, { outline: '1' }, { outline: '1.1' }, { outline: '1.1' }, { outline: '1.1' }, { outline: '1.2' }, { outline: '2' }, { outline: '2.1' }, { outline: '2.1' }))).toEqual([])
  })
  it('should report a node that comes back after a later node was shown, on every such slide', () => {
    // 0 1 1.1 1.2 | 1.1 (slide 5): 1.2 has been shown, so going to 1.1 again is backward
    const back = slides({ outline: '0' }, { outline: '1' }, { outline: '1.1' }, { outline: '1.2' }, { outline: '1.1' }, { outline: '2' }, { outline: '2.1' })
    expect(kinds(back)).toEqual(['order:5:1.1'])
    expect(checkTraceability(back, outline)[0]!.message).toMatch(/slide 5.*1\.1“外部”.*1\.2“内部”.*outlineBack/)
    // slide 5 says why; slide 6 repeats 1.1 but 1.2 was still shown before it, so it needs its own reason
    const again = slides({ outline: '0' }, { outline: '1' }, { outline: '1.1' }, { outline: '1.2' }, { outline: '1.1', outlineBack: '对比' }, { outline: '1.1' }, { outline: '2' }, { outline: '2.1' })
    expect(kinds(again)).toEqual(['order:6:1.1'])
  })
  it('should report exactly the slides whose node sorts before one shown earlier, repeats included', () => {
    const ids = outline.map(n => n.id)
    fc.assert(fc.property(fc.array(fc.constantFrom(...ids), { maxLength: 12 }), (order) => {
      const issues = checkTraceability(slides(...order.map(id => ({ outline: id }))), outline)
      const expected = order.flatMap((id, i) => order.slice(0, i).some(earlier => compareIds(earlier, id) > 0) ? [i + 1] : [])
      expect(issues.filter(i => i.kind === 'order').map(i => i.slide)).toEqual(expected)
    }))
  })
  it('should find an order violation whenever a shuffled deck is not sorted', () => {
    fc.assert(fc.property(fc.shuffledSubarray(outline.map(n => n.id), { minLength: outline.length }), (order) => {
      const issues = checkTraceability(slides(...order.map(id => ({ outline: id }))), outline)
      const sorted = order.every((id, i) => i === 0 || compareIds(order[i - 1]!, id) < 0)
      expect(issues.some(i => i.kind === 'order')).toBe(!sorted)
      expect(issues.some(i => i.kind === 'uncovered')).toBe(false)
    }))
  })
})

describe('checkOutline', () => {
  it('should accept a well-formed outline', () => {
    expect(checkOutline(outline)).toEqual([])
  })
  it('should report duplicates, wrong parents and levels, and nodes out of order', () => {
    const bad: OutlineNode[] = [
      { id: '1', level: 1, title: 'a', parent: null },
      { id: '1.1', level: 1, title: 'b', parent: null },
      { id: '1.1', level: 2, title: 'c', parent: '1' },
      { id: '2.1', level: 2, title: 'd', parent: '2' },
      { id: '2', level: 1, title: ' ', parent: null },
    ]
    expect(checkOutline(bad)).toEqual([
      '\'1.1\': parent should be \'1\', is null',
      '\'1.1\': level should be 2, is 1',
      '\'1.1\': duplicate id',
      '\'2.1\': parent \'2\' must come before it',
      '\'2\': empty title',
      '\'2\': comes after \'2.1\' but sorts before it',
    ])
  })
  it('should report a repeated id only as a duplicate right after itself, and also as out of order after a later id', () => {
    const node = (id: string, parent: string | null): OutlineNode => ({ id, level: id.split('.').length, title: id, parent })
    expect(checkOutline([node('1', null), node('1.1', '1'), node('1.1', '1')])).toEqual(['\'1.1\': duplicate id'])
    expect(checkOutline([node('1', null), node('1.1', '1'), node('1.2', '1'), node('1.1', '1')])).toEqual([
      '\'1.1\': duplicate id',
      '\'1.1\': comes after \'1.2\' but sorts before it',
    ])
  })
})

describe('compareIds', () => {
  it('should order ids numerically, parents before children', () => {
    expect(['2', '1.10', '1.2', '1', '0'].sort(compareIds)).toEqual(['0', '1', '1.2', '1.10', '2'])
  })
})

describe('buildOutlineMap', () => {
  it('should list, per node, the slides presenting it, ignoring none and invalid values', () => {
    const rows = buildOutlineMap(outline, slides({ outline: 'none' }, { outline: '0' }, { outline: ['1', '1.1'] }, { outline: '1.1' }, { outline: 1.2 }, { outline: '2' }))
    expect(rows.map(r => [r.id, r.slides])).toEqual([['0', [2]], ['1', [3]], ['1.1', [3, 4]], ['1.2', []], ['2', [6]], ['2.1', []]])
    expect(rows[2]).toMatchObject({ title: '外部', level: 2 })
  })
})
