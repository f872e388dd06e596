import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../shared/projectRoot'
import { PackError } from './inline'
import { finishOneFile } from './oneFile'

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/pack')

describe('finishOneFile', () => {
  let out: string
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'deck-onefile-'))
  })
  afterEach(() => {
    rmSync(out, { recursive: true, force: true })
  })

  it('should write the page with its files inside, and report its size', () => {
    const file = join(out, '简报.html')
    const result = finishOneFile(join(FIXTURES, 'too-large'), file, 1024 * 1024)
    const html = readFileSync(file, 'utf8')
    expect(result.bytes).toBe(Buffer.byteLength(html))
    expect(result.gzipBytes).toBeLessThan(result.bytes)
    expect(html).toContain('data:font/woff2;base64,')
    expect(html).not.toMatch(/big\.woff2|favicon\.svg/)
    expect(readdirSync(out)).toEqual(['简报.html'])
  })

  it('should fail with one line naming a font the build lacks, and write nothing', () => {
    const run = () => finishOneFile(join(FIXTURES, 'missing-font'), join(out, '简报.html'), 1024 * 1024)
    expect(run).toThrow(PackError)
    expect(run).toThrow(/^无法内嵌 fonts\/generated\/deck-sans-400\.woff2：[^\n]+$/)
    expect(readdirSync(out)).toEqual([])
  })

  it('should fail over the size limit with the size and the three largest parts, and write nothing', () => {
    const error = (() => {
      try {
        finishOneFile(join(FIXTURES, 'too-large'), join(out, '简报.html'), 4096)
      }
      catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(PackError)
    const message = (error as PackError).message
    expect(message).toMatch(/^简报\.html 为 \d+\.\d KB，超过上限 4\.0 KB。最大的三部分：[^\n]+。$/)
    const largest = message.split('最大的三部分：')[1]!.replace(/。$/, '').split('、')
    expect(largest).toHaveLength(3)
    // The 3 KB font is by far the largest piece; each part carries its own size.
    expect(largest[0]).toMatch(/^fonts\/big\.woff2 \d\.\d KB$/)
    for (const part of largest)
      expect(part).toMatch(/^\S+ \d+(?:\.\d)? (?:B|KB)$/)
    expect(readdirSync(out)).toEqual([])
  })
})
