import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../support/server'
import type { StepReadability } from './readability/rules'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'
import { startStaticServer } from '../support/server'
import { launchDeckBrowser } from './launch'
import { measureGraphics } from './readability/measureGraphics'
import { measureText } from './readability/measureText'
import { installPageKit } from './readability/pageKit'
import { READABILITY, readabilityFigures, readabilityProblems } from './readability/rules'

// Each check of the deck suite's readability walk, run on a small page that breaks it (tests/fixtures/readability),
// in the same Chromium, with the same page kit and the same rules: proof that each check can fail.
describe('readability checks on pages built to fail them', () => {
  let browser: Browser
  let page: Page
  let server: StaticServer

  beforeAll(async () => {
    server = await startStaticServer(join(PROJECT_ROOT, 'tests', 'fixtures', 'readability'), { prefix: '/fixtures/' })
    browser = await launchDeckBrowser()
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
    await context.addInitScript('globalThis.__name = globalThis.__name || (f => f)')
    await context.addInitScript(installPageKit)
    page = await context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  async function read(fixture: string): Promise<StepReadability> {
    await page.goto(`${server.url}${fixture}`, { waitUntil: 'load' })
    return { text: await page.evaluate(measureText, 1), graphics: await page.evaluate(measureGraphics, 1) }
  }
  const problemsOf = (m: StepReadability, contentSlide = false): string[] => readabilityProblems(m, { contentSlide })

  it('should read text sizes back on the 980 canvas, through an SVG\'s scale inside a shadow root', async () => {
    const m = await read('small-text.html')
    const px = (text: string): number | undefined => m.text.runs.find(r => r.text.startsWith(text))?.px
    // The canvas is drawn at 1.25×; the SVG at 500/1000 of its viewBox.
    expect(px('正文十八像素')).toBeCloseTo(18, 1)
    expect(px('图中标签十像素')).toBeCloseTo(20 * 500 / 1000, 1)
    expect(px('八像素')).toBeCloseTo(16 * 500 / 1000, 1)
    expect(px('十五像素')).toBeCloseTo(30 * 500 / 1000, 1)
    const problems = problemsOf(m)
    expect(problems.filter(p => p.startsWith('文字过小'))).toEqual([
      expect.stringContaining('«图中标签十像素» 渲染为 10px'),
      expect.stringContaining('«八像素» 渲染为 8px'),
    ])
    expect(problems.filter(p => p.startsWith('正文过小'))).toEqual([expect.stringContaining('«正文十六像素，过小。» 为 16px')])
    expect(readabilityFigures(m).minTextPx).toBeCloseTo(8, 1)
  })

  it('should find a content slide that stops short of the fill line, but not a divider', async () => {
    const m = await read('fill.html')
    expect(m.text.contentBottom).toBeLessThan(READABILITY.minFillPct)
    expect(problemsOf(m, true)).toEqual([expect.stringMatching(/^版面未用足：内容止于页高 \d+(\.\d)?%/)])
    expect(problemsOf(m, false)).toEqual([])
  })

  it('should find content that runs into the footer', async () => {
    const m = await read('footer.html')
    expect(m.text.footerTop).not.toBeNull()
    expect(problemsOf(m, true)).toEqual([expect.stringMatching(/^内容压住页脚/)])
  })

  it('should find an edge through a label, a one-character line and lines that break 避头尾, and pass the controls', async () => {
    const problems = problemsOf(await read('labels.html'))
    expect(problems.filter(p => p.startsWith('标签被连线穿过'))).toEqual([expect.stringContaining('«被线穿过»')])
    expect(problems.filter(p => p.startsWith('有一行只剩一个字'))).toEqual([expect.stringContaining('«研发中心设在高 / 校»')])
    expect(problems.filter(p => p.startsWith('行首是点号'))).toEqual([expect.stringContaining('«上一行说完 / ，下一行以逗号开头»')])
    expect(problems.filter(p => p.startsWith('行尾是前引号'))).toEqual([expect.stringContaining('«这一行以前括号结尾（ / 括号里的话）»')])
    expect(problems).toHaveLength(4)
  })

  it('should find low-contrast text and marks and links told apart by colour alone, and pass the controls', async () => {
    const problems = problemsOf(await read('contrast.html'))
    const text = problems.filter(p => p.startsWith('文字对比度'))
    expect(text).toEqual([
      expect.stringMatching(/^文字对比度 2\.[89]:1.*«浅灰文字对比度不足» #999999 于 #ffffff/),
      expect.stringMatching(/^文字对比度 3\.[23]:1.*«金色文字» #b8860b/),
    ])
    expect(problems.filter(p => p.startsWith('图形对比度'))).toEqual([expect.stringMatching(/^图形对比度 1\.6:1（至少 3:1）：图 1 <line> #cccccc 于 #ffffff/)])
    expect(problems.filter(p => p.startsWith('连线只靠颜色区分'))).toEqual([expect.stringMatching(/#1d3557 与 .*#b5322b|#b5322b 与 .*#1d3557/)])
    expect(problems).toHaveLength(4)
  })
})
