import type { ResourceRecord } from '../../bench/browser'
import { describe, expect, it } from 'vitest'
import { blockingPhases, blockingTime, bytesBeforeMount, bytesBeforePaint } from '../../bench/firstPaint'

const res = (name: string, kind: string, start: number, end: number, bytes: number, blocking = false): ResourceRecord => ({ name, kind, start, end, bytes, blocking })
/** A page that paints from its HTML: document, a blocking boot script, two fonts, then the app. */
const PRERENDERED = [
  res('http://x/', 'document', 0, 20, 4000, true),
  res('http://x/assets/deck-boot.js', 'script', 25, 60, 900, true),
  res('http://x/fonts/a.woff2', 'link', 25, 90, 16000),
  res('http://x/fonts/b.woff2', 'link', 25, 95, 22000),
  res('http://x/assets/index.css', 'link', 120, 160, 17000),
  res('http://x/assets/index.js', 'script', 120, 300, 42000),
  res('http://x/fonts/late.woff2', 'css', 1500, 1600, 110000),
]

describe('bytesBeforePaint', () => {
  it('should count the document, blocking resources and fonts that arrived before the paint', () => {
    expect(bytesBeforePaint({ fcp: 100, htmlHasContent: true, resources: PRERENDERED })).toBe(4000 + 900 + 16000 + 22000)
  })

  it('should count everything that arrived before the paint when the page is built by script', () => {
    expect(bytesBeforePaint({ fcp: 400, htmlHasContent: false, resources: PRERENDERED })).toBe(4000 + 900 + 16000 + 22000 + 17000 + 42000)
    expect(bytesBeforePaint({ fcp: 400, htmlHasContent: true, resources: PRERENDERED })).toBe(4000 + 900 + 16000 + 22000)
  })

  it('should have no figure without a paint', () => {
    expect(bytesBeforePaint({ fcp: null, htmlHasContent: true, resources: PRERENDERED })).toBeNaN()
  })
})

describe('bytesBeforeMount', () => {
  it('should count what was requested before the mount, whenever it arrived', () => {
    expect(bytesBeforeMount({ mounted: 200, resources: PRERENDERED })).toBe(4000 + 900 + 16000 + 22000 + 17000 + 42000)
    expect(bytesBeforeMount({ mounted: null, resources: PRERENDERED })).toBeNaN()
  })
})

describe('blockingTime / blockingPhases', () => {
  const longTasks: [number, number][] = [[100, 80], [900, 50], [1500, 250], [4000, 400], [4400, 120], [9990, 300], [10_500, 900]]
  it('should sum the time past 50 ms of tasks starting in the window', () => {
    expect(blockingTime({ longTasks })).toBe(30 + 0 + 200 + 350 + 70 + 250)
  })

  it('should split by mount and by the task that began the background preload', () => {
    expect(blockingPhases({ longTasks, mounted: 1000, preloaded: 4200 })).toEqual({ beforeMount: 30, settle: 200, preload: 350 + 70 + 250 })
    // Without a preload seen: 3 s after the mount.
    expect(blockingPhases({ longTasks, mounted: 1000, preloaded: null }).settle).toBe(200)
  })
})
