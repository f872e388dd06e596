import { describe, expect, it } from 'vitest'
import { PRESENTER_KEY } from '../../logic/presenterWindow'
import { guideFile, usageGuide } from './guide'
import { packEntryNames } from './meetingZip'

const params = { basename: '产业集群升级简报', title: '地方产业集群升级的困境与出路探析 · 简报', slides: 32 }

describe('usageGuide', () => {
  const text = usageGuide(params)

  it('should name every file of the pack', () => {
    for (const name of Object.values(packEntryNames(params.basename)).filter(n => n !== '使用说明.txt'))
      expect(text).toContain(name)
  })

  it('should tell how to open the deck, the presenter key, the projector window, the clicker keys and the old-browser way out', () => {
    expect(text).toContain('双击')
    expect(text).toContain(`按${PRESENTER_KEY.toUpperCase()}键`)
    expect(text).toContain('投影仪')
    expect(text).toMatch(/PageDown[\s\S]*PageUp/)
    expect(text).toMatch(/浏览器版本过旧[\s\S]*PDF/)
  })

  it('should follow GB/T 15834 punctuation: Chinese quotation marks, no corner brackets or half-width commas', () => {
    expect(text).not.toMatch(/[「」]/)
    expect(text).not.toMatch(/\p{Script=Han}[,;:]/u)
  })
})

describe('guideFile', () => {
  it('should be UTF-8 with a byte-order mark and CRLF line ends, for every Windows Notepad', () => {
    const bytes = guideFile(params)
    expect([...bytes.subarray(0, 3)]).toEqual([0xEF, 0xBB, 0xBF])
    const text = Buffer.from(bytes).toString('utf8')
    expect(text).toContain('\r\n')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
  })
})
