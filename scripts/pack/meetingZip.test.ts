import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { UTF8_NAME_FLAG, zipHeaders } from '../../tests/support/zipHeaders'
import { meetingZip, packEntryNames, packFileName, zipParts } from './meetingZip'

describe('packEntryNames', () => {
  it('should name every file of the pack from the export stem, the notes handout in Chinese', () => {
    expect(packEntryNames('产业集群升级简报')).toEqual({
      html: '产业集群升级简报.html',
      pdf: '产业集群升级简报.pdf',
      notes: '产业集群升级简报-讲稿.pdf',
      pptx: '产业集群升级简报.pptx',
      guide: '使用说明.txt',
    })
    expect(packFileName('产业集群升级简报')).toBe('产业集群升级简报-会议包.zip')
  })
})

describe('meetingZip', () => {
  const entries = [
    { name: '简报.html', data: '<!DOCTYPE html><title>简报</title>' },
    { name: 'readme.txt', data: 'ascii only' },
    { name: '使用说明.txt', data: '\uFEFF双击打开。\r\n' },
  ]

  it('should flag every Chinese name as UTF-8 in both its local header and the central directory', async () => {
    const headers = zipHeaders(await meetingZip(entries))
    const chinese = headers.filter(h => /[^\x20-\x7E]/.test(h.name))
    expect(chinese.map(h => `${h.where}:${h.name}`).sort()).toEqual(['central:使用说明.txt', 'central:简报.html', 'local:使用说明.txt', 'local:简报.html'])
    expect(chinese.filter(h => (h.flags & UTF8_NAME_FLAG) === 0)).toEqual([])
  })

  it('should keep the entries, in order and byte for byte', async () => {
    const zip = await JSZip.loadAsync(await meetingZip(entries))
    expect(Object.keys(zip.files)).toEqual(entries.map(e => e.name))
    for (const entry of entries)
      expect(await zip.file(entry.name)!.async('string')).toBe(entry.data)
  })
})

describe('zipParts', () => {
  it('should size each entry as it is compressed, so a repetitive page counts little', () => {
    const parts = zipParts([{ name: 'a.html', data: 'x'.repeat(100_000) }, { name: 'b.bin', data: crypto.getRandomValues(new Uint8Array(5_000)) }])
    expect(parts[0]!.bytes).toBeLessThan(1_000)
    expect(parts[1]!.bytes).toBeGreaterThanOrEqual(5_000)
  })
})

describe('zipHeaders (the UTF-8 check above)', () => {
  it('should see a missing flag: jszip with its own name encoding (GBK, as old Windows tools write) sets none', async () => {
    const { encode } = await import('iconv-lite')
    const zip = new JSZip()
    zip.file('简报.html', 'x')
    const bytes = await zip.generateAsync({ type: 'uint8array', encodeFileName: name => encode(name, 'gbk').toString('latin1') })
    const headers = zipHeaders(bytes)
    expect(headers.map(h => h.where)).toEqual(['local', 'central'])
    expect(headers.filter(h => (h.flags & UTF8_NAME_FLAG) !== 0)).toEqual([])
  })
})
