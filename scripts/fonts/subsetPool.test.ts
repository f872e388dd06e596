import type { SubsetJob } from './subsetPool'
import { availableParallelism } from 'node:os'
import { describe, expect, it } from 'vitest'
import { DECK_FONT_FACES } from '../../logic/fontFaces'
import { sourceFontPath } from './subset'
import { idleThreads, measureIdleCores, subsetAll } from './subsetPool'

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
  it('should start one thread per idle core, and one on a busy machine', () => {
    expect(idleThreads(2, 1.9)).toBe(2)
    expect(idleThreads(8, 7.6)).toBe(8)
    expect(idleThreads(8, 3.2)).toBe(3)
    expect(idleThreads(2, 1.2)).toBe(1)
    expect(idleThreads(2, 0)).toBe(1)
  })
})

describe('measureIdleCores', () => {
  it('should count a core kept busy by this thread as not idle', async () => {
    // Spin this thread for the whole window: at least one core is busy, whatever else the machine does.
    const spin = measureIdleCores(100)
    const end = performance.now() + 100
    while (performance.now() < end) {
      // busy
    }
    const idle = await spin
    expect(idle).toBeGreaterThanOrEqual(0)
    expect(idle).toBeLessThanOrEqual(availableParallelism() - 0.5)
  })
})
