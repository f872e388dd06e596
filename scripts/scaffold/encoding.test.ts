import { readFileSync } from 'node:fs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeArticle } from './encoding'
import { article, fixture, thrown } from './testSupport'

describe('decodeArticle', () => {
  it('should read UTF-8, dropping a byte-order mark', () => {
    expect(decodeArticle(new TextEncoder().encode('\uFEFF标题\n正文。'))).toEqual({ text: '标题\n正文。', encoding: 'UTF-8' })
  })
  it('should detect and convert a GBK file', () => {
    const { text, encoding } = decodeArticle(readFileSync(fixture('gbk.txt')))
    expect(encoding).toBe('GBK')
    const a = article(text)
    expect(a.meta).toMatchObject({ title: '关于加强小微企业统计监测的思考', date: '2021-06-30' })
    expect(a.nodes.map(n => n.id)).toEqual(['0', '1', '1.1', '1.2', '1.2.1', '1.2.2', '2', '2.1', '2.2', '2.3'])
  })
  it('should read UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from('一、标题', 'utf16le')])
    expect(decodeArticle(le)).toEqual({ text: '一、标题', encoding: 'UTF-16LE' })
  })
  it('should refuse binary data, damaged UTF-8 and bytes that are not GBK either', () => {
    expect(thrown(() => decodeArticle(Buffer.from([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]))).message).toContain('不是文本文件')
    const damaged = Buffer.concat([Buffer.from('这是一段很长的正常中文文字，'.repeat(5)), Buffer.from([0xFF]), Buffer.from('后面还有。')])
    expect(thrown(() => decodeArticle(damaged)).message).toContain('损坏')
    expect(thrown(() => decodeArticle(Buffer.from([0x41, 0xFF, 0xFF, 0x42]))).message).toContain('无法识别文件编码')
  })
  it('should round-trip any Chinese text through GBK', () => {
    const text = readFileSync(fixture('gov-page.txt'), 'utf8')
    expect(decodeArticle(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'GBK' })
  })
})
