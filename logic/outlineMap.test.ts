import { describe, expect, it } from 'vitest'
import { autoColumns, resolveColumns } from './outlineMap'

describe('autoColumns', () => {
  it('should use 1 column up to 9 nodes, 2 up to 36, then 3', () => {
    expect([0, 9, 10, 36, 37, 100].map(autoColumns)).toEqual([1, 1, 2, 2, 3, 3])
  })
})

describe('resolveColumns', () => {
  it('should take an integer 1–3 as given, without an issue', () => {
    expect([1, 2, 3].map(c => resolveColumns(c, 50))).toEqual([{ value: 1 }, { value: 2 }, { value: 3 }])
  })
  it('should choose automatically when columns is not given', () => {
    expect(resolveColumns(undefined, 17)).toEqual({ value: 2 })
    expect(resolveColumns(null, 5)).toEqual({ value: 1 })
  })
  it('should fall back to the automatic count for NaN and infinities, and say so', () => {
    expect(resolveColumns(Number.NaN, 17)).toEqual({ value: 2, issue: '列数参数无效（NaN），已按节点数自动取2列。' })
    expect(resolveColumns(Number.POSITIVE_INFINITY, 40)).toEqual({ value: 3, issue: '列数参数无效（Infinity），已按节点数自动取3列。' })
  })
  it('should clamp 0, negative and too-large counts to 1–3, and say so', () => {
    expect(resolveColumns(0, 17)).toEqual({ value: 1, issue: '列数参数0超出1～3，已改为1。' })
    expect(resolveColumns(-2, 17)).toEqual({ value: 1, issue: '列数参数-2超出1～3，已改为1。' })
    expect(resolveColumns(4, 5)).toEqual({ value: 3, issue: '列数参数4超出1～3，已改为3。' })
    expect(resolveColumns(12, 5)).toEqual({ value: 3, issue: '列数参数12超出1～3，已改为3。' })
  })
  it('should round a non-integer to the nearest allowed count, and say so', () => {
    expect(resolveColumns(2.4, 5)).toEqual({ value: 2, issue: '列数参数2.4不是整数，已改为2。' })
    expect(resolveColumns(2.5, 5)).toEqual({ value: 3, issue: '列数参数2.5不是整数，已改为3。' })
    expect(resolveColumns(0.4, 5)).toEqual({ value: 1, issue: '列数参数0.4不是整数，已改为1。' })
    expect(resolveColumns(3.7, 5)).toEqual({ value: 3, issue: '列数参数3.7不是整数，已改为3。' })
  })
  it('should reject a string (columns="2" written without the colon) with the fix', () => {
    expect(resolveColumns('2', 5)).toEqual({ value: 1, issue: '列数参数应为数字，写作 :columns="2"（收到"2"），已按节点数自动取1列。' })
  })
})
