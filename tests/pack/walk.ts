/**
 * Every slide and click step of a deck page, checked with the browser suite's own probes
 * (tests/browser/probes.ts): bounds, clipping, Mermaid output and labels, and the fonts Chromium drew with.
 */
import type { CDPSession, Page } from 'playwright-chromium'
import type { DeckSlide } from '../support/deck'
import { platformFonts } from '../browser/platformFonts'
import { fontReport, inspectStep, readRoute, settle, textElements } from '../browser/probes'

/** Internal family names of the deck's subset faces (Noto Sans SC / Noto Serif SC). */
const DECK_FONT_NAMES = new Set(['Noto Sans SC', 'Noto Serif SC'])

/** Problems with the fonts of the visible slide: CSS families, failed faces, glyphs from any other font. */
async function fontProblems(page: Page, cdp: CDPSession, no: number): Promise<string[]> {
  const problems: string[] = []
  const fonts = await page.evaluate(fontReport, no)
  // The cover uses its own small faces (first-slide characters only); every other slide the deck faces.
  const [heading, body] = no === 1 ? ['Deck Cover Serif', 'Deck Cover Sans'] : ['Deck Serif', 'Deck Sans']
  for (const [list, want] of [[fonts.headings, heading], [fonts.body, body]] as const) {
    for (const entry of list) {
      const [el, family, text] = entry.split('|')
      if (family !== want)
        problems.push(`<${el}> «${text}» 的字体是 ${family}，应为 ${want}`)
    }
  }
  problems.push(...fonts.faces.filter(f => f.endsWith('|error')).map(f => `字体加载失败：${f}`))
  for (const el of await platformFonts(cdp, `(${textElements.toString()})(${no})`)) {
    const foreign = el.fonts.filter(f => !f.isCustomFont || !DECK_FONT_NAMES.has(f.familyName))
    const asciiOnly = /^[\x20-\x7E]*$/.test(el.text)
    if (foreign.length && !(asciiOnly && !el.family.startsWith('"Deck')))
      problems.push(`«${el.text}» 有字形不是用本套字体画的：${foreign.map(f => `${f.familyName}×${f.glyphCount}`).join('，')}`)
  }
  return problems
}

/**
 * Walk slide `slide.no` from its first click step with → until the deck moves on; each step is settled and
 * inspected, the fonts once in the final step. Returns the problems and the number of click steps seen.
 */
export async function walkSlide(page: Page, cdp: CDPSession, slide: DeckSlide, last: boolean): Promise<{ problems: string[], clicks: number }> {
  const problems: string[] = []
  const tag = (clicks: number): string => `[第 ${slide.no} 页 · click ${clicks}]`
  await page.evaluate((no) => {
    location.hash = `#/${no}`
  }, slide.no)
  await page.waitForFunction(no => /^#\/(\d+)/.exec(location.hash)?.[1] === String(no), slide.no)
  let clicks = 0
  for (;;) {
    await page.evaluate(settle, { no: slide.no, mermaid: slide.mermaid.length, timeoutMs: 20_000 })
    const step = await page.evaluate(inspectStep, slide.no)
    problems.push(...step.problems.map(p => `${tag(clicks)} ${p}`))
    if (step.mermaidSvgs !== slide.mermaid.length)
      problems.push(`${tag(clicks)} Mermaid：源文件有 ${slide.mermaid.length} 个代码块，页面渲染出 ${step.mermaidSvgs} 个 SVG`)
    const before = await page.evaluate(() => location.hash)
    await page.keyboard.press('ArrowRight')
    const moved = await page.waitForFunction(h => location.hash !== h, before, { timeout: last ? 1500 : 8000 }).then(() => true, () => false)
    const route = await page.evaluate(readRoute)
    if (!moved || route.no !== slide.no) {
      if (!moved && !last)
        problems.push(`${tag(clicks)} 按 → 后没有前进（仍是 ${before}）`)
      break
    }
    if (route.clicks !== clicks + 1)
      problems.push(`${tag(clicks)} 点击步骤跳跃：${clicks} → ${route.clicks}`)
    clicks = route.clicks
  }
  await page.evaluate(([no, c]) => {
    location.hash = c ? `#/${no}?clicks=${c}` : `#/${no}`
  }, [slide.no, clicks] as const)
  await page.waitForFunction(no => /^#\/(\d+)/.exec(location.hash)?.[1] === String(no), slide.no)
  await page.evaluate(settle, { no: slide.no, mermaid: slide.mermaid.length, timeoutMs: 20_000 })
  problems.push(...(await fontProblems(page, cdp, slide.no)).map(p => `${tag(clicks)} ${p}`))
  return { problems, clicks }
}
