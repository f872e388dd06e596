// Slidev's interface in Chinese (scripts/vite/slidevChinese.ts): every visible text, title, aria-label, placeholder
// and alt of the audience view, the presenter view, their menus, the overview, the go-to box, the key help and the
// info dialog, scanned for English; and axe on the presenter view. Driven with the keyboard.
import type { Browser, Page } from 'playwright-chromium'
import type { EnglishFinding } from './presenting'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'
import { launchDeckBrowser } from './launch'
import { findEnglish, NAME_SHIM } from './presenting'

const deckUrl = inject('deckUrl')
/** Latin words the interface may show: the export formats, and Slidev's name in its info dialog. */
const ALLOWED = ['PDF', 'PPTX', 'Slidev']
const FAILING_IMPACTS = new Set(['serious', 'critical'])

let browser: Browser

beforeAll(async () => {
  browser = await launchDeckBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(hash: string): Promise<Page> {
  const no = /(\d+)$/.exec(hash)![1]
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
  await context.addInitScript(NAME_SHIM)
  const page = await context.newPage()
  await page.goto(`${deckUrl}${hash}`, { waitUntil: 'load' })
  await page.waitForSelector(`#slide-content [data-slidev-no="${no}"]`, { timeout: 30_000 })
  return page
}

/** Scan the page as it is now; findings tagged with `state`. */
async function scan(page: Page, state: string): Promise<string[]> {
  const found: EnglishFinding[] = await page.evaluate(findEnglish, ALLOWED)
  return found.map(f => `[${state}] ${f.where}: ${f.text}`)
}

async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

/** Open a menu of the navigation bar from the keyboard (focus its button, Enter), scan it, close it again. */
async function scanMenu(page: Page, title: string): Promise<string[]> {
  const button = page.locator(`nav button:has(> [title="${title}"])`)
  await button.focus()
  await page.keyboard.press('Enter')
  await page.waitForSelector('nav .z-menu')
  const found = await scan(page, `菜单“${title}”`)
  await page.keyboard.press('Enter')
  await page.waitForSelector('nav .z-menu', { state: 'detached' })
  await blur(page)
  return found
}

/** The states every view shares: its menus, the overview (o), the go-to box with results (g) and the key help (?). */
async function scanSharedStates(page: Page): Promise<string[]> {
  const found = [...await scanMenu(page, '翻页同步设置'), ...await scanMenu(page, '更多选项')]
  await page.keyboard.press('o')
  await page.waitForSelector('[title="关闭总览"]', { state: 'visible' })
  found.push(...await scan(page, '总览'))
  await page.keyboard.press('Escape')
  await page.waitForSelector('[title="关闭总览"]', { state: 'hidden' })
  await page.keyboard.press('g')
  await page.waitForFunction(() => document.activeElement?.id === 'slidev-goto-input')
  found.push(...await scan(page, '跳转框'))
  await page.keyboard.type('2')
  await page.waitForSelector('#slidev-goto-dialog li')
  found.push(...await scan(page, '跳转框结果'))
  await page.keyboard.press('Escape')
  await blur(page)
  await page.keyboard.press('?')
  await page.waitForSelector('[role="dialog"][aria-labelledby="key-help-title"]')
  found.push(...await scan(page, '快捷键帮助'))
  await page.keyboard.press('Escape')
  return found
}

describe('the English scan', () => {
  it('should find English text, titles, placeholders and the page title, but not key caps, PDF, PPTX or hidden text', async () => {
    const page = await browser.newPage()
    await page.addInitScript(NAME_SHIM)
    await page.setContent(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/ui/english-interface.html'), 'utf8'))
    const found = await page.evaluate(findEnglish, ALLOWED)
    expect(found.map(f => `${f.where}: ${f.text}`).sort()).toEqual([
      'document.title: Presenter - 简报',
      'placeholder: Goto...',
      'text: End of the presentation',
      'title: Go to next slide',
    ])
    await page.close()
  })
})

describe('slidev\'s interface, in Chinese', () => {
  it('should show no English in the audience view, its menus, the overview, the go-to box, the key help and the info dialog', async () => {
    const page = await open('#/2')
    const found = [...await scan(page, '放映视图'), ...await scanSharedStates(page)]
    await page.locator('nav [title="简报信息"]').focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector('.slidev-info-dialog')
    found.push(...await scan(page, '简报信息'))
    expect(found, found.join('\n')).toEqual([])
    await page.context().close()
  })

  it('should show no English in the presenter view, its menus, the screen-mirror pane, the overview, the go-to box and the key help', async () => {
    const page = await open('#/presenter/3')
    await page.waitForSelector('.slidev-presenter')
    const found = [...await scan(page, '演讲者视图'), ...await scanSharedStates(page)]
    await page.locator('button', { hasText: '屏幕镜像' }).focus()
    await page.keyboard.press('Enter')
    await page.waitForSelector('.slidev-form-button')
    found.push(...await scan(page, '屏幕镜像'))
    expect(found, found.join('\n')).toEqual([])
    await page.context().close()
  })

  it('should pass axe on the presenter view with no serious or critical finding', async () => {
    const page = await open('#/presenter/10')
    await page.waitForSelector('.slidev-presenter')
    const result = await new AxeBuilder({ page }).analyze()
    const failing = result.violations.filter(v => FAILING_IMPACTS.has(v.impact ?? '')).map(v =>
      `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 4).map(n => n.target.join(' ')).join('；')}`)
    expect(failing, failing.join('\n')).toEqual([])
    await page.context().close()
  })
})
