import type { Browser } from 'playwright-chromium'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT as ROOT } from '../../scripts/shared/projectRoot'
import { fileUrl, launchOffline, offlineContext } from './fileDeck'

const LEAKY = join(ROOT, 'tests/fixtures/pack/leaky.html')

describe('offlineContext (the watch of the one-file deck tests)', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchOffline()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should report a file beside the page, an outside stylesheet and a console error, but not a data: image', async () => {
    const session = await offlineContext(browser, LEAKY)
    try {
      const page = await session.context.newPage()
      await page.goto(fileUrl(LEAKY))
      await page.waitForLoadState('load')
      await expect.poll(() => session.requests.length).toBeGreaterThanOrEqual(2)
      expect(session.requests.some(r => r.endsWith('/tests/fixtures/pack/logo.png'))).toBe(true)
      expect(session.requests.some(r => r.includes('fonts.googleapis.com'))).toBe(true)
      expect(session.requests.filter(r => r.includes('data:'))).toEqual([])
      expect(session.problems.some(p => p.includes('出错了'))).toBe(true)
    }
    finally {
      await session.context.close()
    }
  })
})
