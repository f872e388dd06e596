import { describe, expect, it } from 'vitest'
import { CHROMIUM_ENV, findChromium } from './chromium'

describe('findChromium', () => {
  const only = (...present: string[]) => (p: string) => present.includes(p)

  it('should prefer the environment variable when it points at an executable', () => {
    const r = findChromium({ env: { [CHROMIUM_ENV]: '/opt/x/chrome' }, candidates: ['/usr/bin/chromium'], isExecutable: only('/opt/x/chrome', '/usr/bin/chromium') })
    expect(r).toEqual({ ok: true, path: '/opt/x/chrome', source: 'env' })
  })

  it('should refuse a variable that points at nothing instead of silently falling back', () => {
    const r = findChromium({ env: { [CHROMIUM_ENV]: '/nope' }, candidates: ['/usr/bin/chromium'], isExecutable: only('/usr/bin/chromium') })
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.message).toContain('/nope')
  })

  it('should take the first candidate that exists', () => {
    const r = findChromium({ env: {}, candidates: ['/a', '/b', '/c'], isExecutable: only('/b', '/c') })
    expect(r).toEqual({ ok: true, path: '/b', source: 'search' })
  })

  it('should say in one line what to install when nothing is found', () => {
    const r = findChromium({ env: {}, candidates: ['/a'], isExecutable: () => false })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.message).toContain('apt-get install -y chromium')
      expect(r.message).not.toContain('\n')
    }
  })
})
