import type { Browser, CDPSession, Page } from 'playwright-chromium'
import type { PageWatch } from './watch'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DECK_FONT_FACES } from '../../logic/fontFaces'
import { loadDeck } from '../support/deck'
import { launchDeckBrowser } from './launch'
import { platformFonts } from './platformFonts'
import { fontReport, inspectStep, readRoute, settle, textElements } from './probes'
import { measureGraphics } from './readability/measureGraphics'
import { measureText } from './readability/measureText'
import { installPageKit } from './readability/pageKit'
import { readabilityProblems } from './readability/rules'
import { watchPage } from './watch'

const deckUrl = inject('deckUrl')
const deckOrigin = inject('deckOrigin')
const buildDir = inject('buildDir')
const { slides } = await loadDeck()

/** The render box is 1280×720 CSS px: a 16:9 projector window. */
const VIEWPORT = { width: 1280, height: 720 }
/** Serious and critical axe findings fail a slide; moderate and minor ones do not. */
const FAILING_IMPACTS = new Set(['serious', 'critical'])
/** Text may only be drawn with the deck's own faces; these are their internal family names. */
const DECK_FONT_NAMES = new Set(['Noto Sans SC', 'Noto Serif SC'])
/** Layouts that are not content slides (title and section dividers): exempt from the fill rule. */
const NON_CONTENT_LAYOUTS = new Set(['cover', 'section'])

describe('the built deck, served under a sub-path, in Chromium that sees no CJK system font', () => {
  let browser: Browser
  let page: Page
  let cdp: CDPSession
  let watch: PageWatch
  const clicksPerSlide = new Map<number, number>()

  beforeAll(async () => {
    browser = await launchDeckBrowser()
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })
    // esbuild's keepNames wraps functions in __name(); give the page a no-op so page.evaluate(fn) works.
    await context.addInitScript('globalThis.__name = globalThis.__name || (f => f)')
    await context.addInitScript(installPageKit)
    page = await context.newPage()
    watch = watchPage(page, deckOrigin)
    await page.goto(`${deckUrl}#/1`, { waitUntil: 'load' })
    await page.waitForSelector('#slide-content [data-slidev-no="1"]', { timeout: 30_000 })
    cdp = await context.newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('should reference nothing outside its own origin in the HTML and CSS it ships', () => {
    const html = readFileSync(join(buildDir, 'index.html'), 'utf8')
    const external = html.match(/(?:https?:)?\/\/[\w.-]+\.[a-z]{2}[^\s"'<>)]*/gi) ?? []
    expect(external, 'index.html').toEqual([])
    const cssDir = join(buildDir, 'assets')
    for (const file of readdirSync(cssDir).filter(f => f.endsWith('.css'))) {
      const css = readFileSync(join(cssDir, file), 'utf8')
      const urls = [...css.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi), ...css.matchAll(/@import\s+(?:url\()?["']?((?:https?:)?\/\/[^"')]+)/gi)].map(m => m[1])
      expect(urls, file).toEqual([])
    }
    expect(html).toMatch(/<link rel="icon" href="\.\/favicon\.svg">/)
  })

  it('should hide the machine\'s CJK fonts from Chromium (a glyph the deck lacks finds no system font)', async () => {
    await page.evaluate(() => {
      const probe = document.createElement('span')
      probe.id = 'deck-cjk-probe'
      probe.style.fontFamily = 'sans-serif'
      probe.textContent = '龘'
      document.body.append(probe)
    })
    const [probe] = await platformFonts(cdp, '[document.getElementById("deck-cjk-probe")]')
    await page.evaluate(() => document.getElementById('deck-cjk-probe')?.remove())
    // Without a CJK font the glyph is .notdef from a Latin face (DejaVu); any other family means a leak.
    expect(probe.fonts.map(f => f.familyName).filter(name => !name.startsWith('DejaVu'))).toEqual([])
  })

  for (const slide of slides) {
    it(`slide ${slide.no}「${slide.heading}」: every click step is clean, on-box, offline, readable and accessible`, async () => {
      const problems: string[] = []
      const tag = (clicks: number): string => `[第 ${slide.no} 页 · click ${clicks}]`
      await page.evaluate((no) => {
        location.hash = `#/${no}`
      }, slide.no)
      await page.waitForFunction(no => /^#\/(\d+)/.exec(location.hash)?.[1] === String(no), slide.no)

      let clicks = 0
      // Readable from the back row (issue 11): each finding once, at the first click step that shows it.
      const readability = new Set<string>()
      for (;;) {
        await page.evaluate(settle, { no: slide.no, mermaid: slide.mermaid.length, timeoutMs: 20_000 })
        const step = await page.evaluate(inspectStep, slide.no)
        problems.push(...step.problems.map(p => `${tag(clicks)} ${p}`))
        const read = { text: await page.evaluate(measureText, slide.no), graphics: await page.evaluate(measureGraphics, slide.no) }
        for (const p of readabilityProblems(read, { contentSlide: !NON_CONTENT_LAYOUTS.has(String(slide.frontmatter.layout ?? 'default')) }).filter(p => !readability.has(p))) {
          readability.add(p)
          problems.push(`${tag(clicks)} ${p}`)
        }
        if (step.mermaidSvgs !== slide.mermaid.length)
          problems.push(`${tag(clicks)} Mermaid：源文件有 ${slide.mermaid.length} 个代码块，页面渲染出 ${step.mermaidSvgs} 个 SVG（${step.mermaidHosts} 个容器）`)
        problems.push(...watch.take().map(p => `${tag(clicks)} ${p}`))

        const before = await page.evaluate(() => location.hash)
        await page.keyboard.press('ArrowRight')
        const moved = await page.waitForFunction(h => location.hash !== h, before, { timeout: slide.no === slides.length ? 1500 : 8000 }).then(() => true, () => false)
        if (!moved) {
          if (slide.no !== slides.length)
            problems.push(`${tag(clicks)} 按 → 后没有前进（仍是 ${before}）`)
          break
        }
        const route = await page.evaluate(readRoute)
        if (route.no !== slide.no) {
          if (route.no !== slide.no + 1 || route.clicks !== 0)
            problems.push(`${tag(clicks)} 按 → 后到了 #/${route.no}?clicks=${route.clicks}，应为第 ${slide.no + 1} 页`)
          if (slide.no === slides.length)
            problems.push(`${tag(clicks)} 最后一页之后还能前进：源文件只有 ${slides.length} 页`)
          break
        }
        if (route.clicks !== clicks + 1)
          problems.push(`${tag(clicks)} 点击步骤跳跃：${clicks} → ${route.clicks}`)
        clicks = route.clicks
      }
      clicksPerSlide.set(slide.no, clicks)

      // Final click state: everything is shown, so check fonts and accessibility once here.
      await page.evaluate(([no, c]) => {
        location.hash = c ? `#/${no}?clicks=${c}` : `#/${no}`
      }, [slide.no, clicks] as const)
      await page.waitForFunction(no => /^#\/(\d+)/.exec(location.hash)?.[1] === String(no), slide.no)
      await page.evaluate(settle, { no: slide.no, mermaid: slide.mermaid.length, timeoutMs: 20_000 })

      const fonts = await page.evaluate(fontReport, slide.no)
      if (fonts.lang !== 'zh-CN')
        problems.push(`${tag(clicks)} <html lang="${fonts.lang}">，应为 zh-CN`)
      // The cover uses its own small faces (first-slide characters only); every other slide the deck faces.
      const [headingFamily, bodyFamily] = slide.no === 1 ? ['Deck Cover Serif', 'Deck Cover Sans'] : ['Deck Serif', 'Deck Sans']
      for (const h of fonts.headings) {
        const [el, family, text] = h.split('|')
        if (family !== headingFamily)
          problems.push(`${tag(clicks)} 标题 <${el}> «${text}» 的字体是 ${family}，应为 ${headingFamily}`)
      }
      for (const b of fonts.body) {
        const [el, family, text] = b.split('|')
        if (family !== bodyFamily)
          problems.push(`${tag(clicks)} 正文 <${el}> «${text}» 的字体是 ${family}，应为 ${bodyFamily}`)
      }
      for (const f of fonts.faces) {
        if (f.endsWith('|error'))
          problems.push(`${tag(clicks)} 字体加载失败：${f}`)
      }
      for (const el of await platformFonts(cdp, `(${textElements.toString()})(${slide.no})`)) {
        const foreign = el.fonts.filter(f => !f.isCustomFont || !DECK_FONT_NAMES.has(f.familyName))
        const asciiOnly = /^[\x20-\x7E]*$/.test(el.text)
        if (foreign.length && !(asciiOnly && !el.family.startsWith('"Deck')))
          problems.push(`${tag(clicks)} «${el.text}» 有字形不是用本套字体画的：${foreign.map(f => `${f.familyName}×${f.glyphCount}`).join('，')}（font-family: ${el.family}）`)
      }

      const axe = await new AxeBuilder({ page }).include('#slide-content').analyze()
      for (const v of axe.violations.filter(v => FAILING_IMPACTS.has(v.impact ?? ''))) {
        const where = v.nodes.slice(0, 3).map(n => `${n.target.join(' ')} ${n.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? ''}`).join('；')
        problems.push(`${tag(clicks)} axe ${v.impact} ${v.id}：${v.help} — ${where}`)
      }
      problems.push(...watch.take().map(p => `${tag(clicks)} ${p}`))

      expect(problems, problems.join('\n')).toEqual([])
    })
  }

  it('should have loaded every face the deck ships, and used each one somewhere', async () => {
    const faces = await page.evaluate(() => [...document.fonts]
      .filter(f => f.family.replace(/["']/g, '').startsWith('Deck '))
      .map(f => `${f.family.replace(/["']/g, '')} ${f.weight} ${f.status}`))
    expect(faces.sort()).toEqual(DECK_FONT_FACES.map(f => `${f.family} ${f.weight} loaded`).sort())
    expect(clicksPerSlide.size, `click steps per slide: ${JSON.stringify([...clicksPerSlide])}`).toBe(slides.length)
  })
})
