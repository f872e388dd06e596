import type { SubsetJob } from './subsetPool'
import { describe, expect, it } from 'vitest'
import { DECK_FONT_FACES } from '../../logic/fontFaces'
import { sourceFontPath } from './subset'
import { idleThreads, subsetAll } from './subsetPool'

const OPTIONS = { targetFormat: 'woff2', noHinting: true, noLayoutClosure: true }
const cover = DECK_FONT_FACES.filter(f => f.scope === 'cover')
const jobs: SubsetJob[] = cover.map((face, i) => ({ source: sourceFontPath(face), text: `简报ABC${i}`, options: OPTIONS, weight: i }))

describe('subsetAll', () => {
  it('should give each job the same bytes on worker threads as one by one, in the order of the jobs', async () => {
    const serial = await subsetAll(jobs, 1)
    const parallel = await subsetAll(jobs, 2)
    expect(parallel.map(b => Buffer.from(b).toString('base64'))).toEqual(serial.map(b => Buffer.from(b).toString('base64')))
    // Distinct faces really came back in place (the serif face is not the sans face).
    expect(Buffer.from(parallel[0]).equals(Buffer.from(parallel[1]))).toBe(false)
    expect(Buffer.from(parallel[0].subarray(0, 4)).toString('latin1')).toBe('wOF2')
  })

  it('should reject when a worker cannot read its source font', async () => {
    await expect(subsetAll([...jobs, { source: '/nonexistent/font.ttf', text: 'a', options: OPTIONS }], 2)).rejects.toThrow(/nonexistent/)
  })
})

describe('idleThreads', () => {
  it('should use every core of an idle machine and one thread on a busy one', () => {
    expect(idleThreads(2, 0.3)).toBe(2)
    expect(idleThreads(8, 7.9)).toBe(8)
    expect(idleThreads(2, 2)).toBe(1)
    expect(idleThreads(2, 14)).toBe(1)
  })
})
