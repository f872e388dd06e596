import { describe, expect, it } from 'vitest'
import { parsePackCli } from './args'
import { MAX_PACK_BYTES, oversizeMessage } from './limits'

describe('parsePackCli', () => {
  it('should default to exports/ and the 8 MB limit', () => {
    expect(parsePackCli([])).toEqual({ ok: true, outDir: 'exports', maxBytes: MAX_PACK_BYTES })
    expect(MAX_PACK_BYTES).toBe(8 * 1024 * 1024)
  })

  it('should take an output folder and a limit in MB', () => {
    expect(parsePackCli(['--out-dir', '/tmp/会议', '--max-mb', '2.5'])).toEqual({ ok: true, outDir: '/tmp/会议', maxBytes: 2.5 * 1024 * 1024 })
  })

  it('should refuse unknown, incomplete and nonsensical arguments with one line and the usage', () => {
    for (const argv of [['pdf'], ['--out-dir'], ['--max-mb', '--out-dir', 'x'], ['--max-mb', '0'], ['--max-mb', '八']]) {
      const r = parsePackCli(argv)
      expect(r.ok, argv.join(' ')).toBe(false)
      if (!r.ok) {
        expect(r.message).not.toContain('\n')
        expect(r.message).toContain('用法：npm run pack')
      }
    }
  })
})

describe('oversizeMessage', () => {
  const parts = [{ name: '样式', bytes: 10 }, { name: '脚本', bytes: 5_000_000 }, { name: 'a.woff2', bytes: 300_000 }, { name: 'b.woff2', bytes: 200_000 }]

  it('should say nothing at or under the limit', () => {
    expect(oversizeMessage('x.html', 8 * 1024 * 1024, parts)).toBeUndefined()
  })

  it('should give the size, the limit and the three largest parts, largest first', () => {
    expect(oversizeMessage('x.html', 9 * 1024 * 1024, parts)).toBe('x.html 为 9.0 MB，超过上限 8.0 MB。最大的三部分：脚本 4.8 MB、a.woff2 293.0 KB、b.woff2 195.3 KB。')
  })
})
