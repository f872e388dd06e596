/**
 * `npm run export | export:notes | export:pptx`: the deck as PDF, notes handout PDF, or PPTX, in exports/.
 * Always uses a locally installed Chromium (logic/chromium.ts); never downloads one.
 *
 * The PPTX is editable by default (scripts/export/pptx/); PDF and `pptx --pictures` go through
 * `slidev export --executable-path`. `slidev export-notes` has no such flag
 * (it calls Playwright's `chromium.launch()` bare, which wants a downloaded browser) and, under
 * `routerMode: hash`, opens the wrong URL; so the handout starts Slidev's dev server through its
 * public API (`resolveOptions` + `createServer`) and prints the same `/presenter/print` page with the
 * system Chromium.
 */
import type { ExportKind } from '../logic/exportArgs'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseSync } from '@slidev/parser'
import { CHROMIUM_ARGS, findChromium } from '../logic/chromium'
import { EXPORT_TIMEOUT_MS, exportBasename, exportOutputPath, formatBytes, notesPrintUrl, parseExportCli, slidevExportArgs } from '../logic/exportArgs'
import { rewriteNotesXml } from '../logic/pptxNotes'
import { exportEditablePptx } from './export/pptx'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ENTRY = 'slides.md'
/** The deck's body font (styles/fonts.css), with a generic fallback. */
const HANDOUT_FONT = `'Deck Sans', sans-serif`

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

/** Output name from the headmatter's `exportFilename`, as `slidev export` would name it. */
function deckBasename(): string {
  const deck = parseSync(readFileSync(resolve(ROOT, ENTRY), 'utf8'), ENTRY)
  return exportBasename(deck.slides[0]?.frontmatter.exportFilename)
}

async function exportNotes(executablePath: string, output: string): Promise<void> {
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const { chromium } = await import('playwright-chromium')
  const options = await resolveOptions({ entry: ENTRY }, 'export')
  const server = await createServer(options, {
    server: { host: '127.0.0.1', port: 0 },
    clearScreen: false,
    logLevel: 'warn',
  })
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] })
  try {
    await server.listen()
    const address = server.httpServer?.address()
    if (!address || typeof address !== 'object')
      throw new Error('Slidev 开发服务器未能监听端口')
    const url = notesPrintUrl({
      origin: `http://127.0.0.1:${address.port}`,
      base: server.config.base,
      routerMode: options.data.config.routerMode,
    })
    const page = await browser.newPage({ locale: 'zh-CN' })
    await page.goto(url, { waitUntil: 'networkidle', timeout: EXPORT_TIMEOUT_MS })
    await page.locator('#page-root').waitFor({ timeout: EXPORT_TIMEOUT_MS })
    // Slidev sets the click markers in the monospace stack, which the deck does not ship: keep the
    // whole handout in the deck's own font so the PDF does not depend on the machine's fonts.
    await page.addStyleTag({ content: `#page-root, #page-root * { font-family: ${HANDOUT_FONT} !important; }` })
    await page.evaluate(async (title) => {
      document.title = title
      await document.fonts.ready
    }, `${options.data.config.title}（讲稿）`)
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({
      path: output,
      margin: { left: 0, top: 0, right: 0, bottom: 0 },
      printBackground: true,
      preferCSSPageSize: true,
    })
  }
  finally {
    await browser.close()
    await server.close()
  }
}

function exportWithSlidev(kind: Exclude<ExportKind, 'notes'>, executablePath: string, output: string): void {
  const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  const args = slidevExportArgs({ kind, executablePath, output, entry: ENTRY })
  const run = spawnSync(process.execPath, [slidev, ...args], { cwd: ROOT, stdio: 'inherit' })
  if (run.error)
    fail(`无法启动 Slidev：${run.error.message}`)
  if (run.status !== 0)
    fail(`slidev export 失败（退出码 ${run.status ?? run.signal}），见上方输出。`)
}

/** One paragraph per note line, click markers removed, tagged zh-CN (see logic/pptxNotes.ts). */
async function tidyPptxNotes(file: string): Promise<void> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(readFileSync(file))
  const notes = Object.keys(zip.files).filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
  for (const name of notes)
    zip.file(name, rewriteNotesXml(await zip.file(name)!.async('string')))
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
}

async function main(): Promise<void> {
  const cli = parseExportCli(process.argv.slice(2))
  if (!cli.ok)
    fail(cli.message)
  const found = findChromium()
  if (!found.ok)
    fail(found.message)

  process.chdir(ROOT)
  const output = resolve(ROOT, exportOutputPath(cli.kind, cli.outDir, deckBasename()))
  mkdirSync(resolve(output, '..'), { recursive: true })
  // A stale file must never pass for a fresh export.
  rmSync(output, { force: true })

  const started = performance.now()
  if (cli.kind === 'notes') {
    try {
      await exportNotes(found.path, output)
    }
    catch (error) {
      fail(`讲稿导出失败：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    }
  }
  else if (cli.kind === 'pptx' && !cli.pictures) {
    await exportEditablePptx({ executablePath: found.path, output, entry: ENTRY })
  }
  else {
    exportWithSlidev(cli.kind, found.path, output)
    if (cli.kind === 'pptx' && existsSync(output))
      await tidyPptxNotes(output)
  }
  if (!existsSync(output))
    fail(`导出结束但没有生成 ${output}。`)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`✓ ${output}  ${formatBytes(statSync(output).size)}  ${seconds} s`)
  process.exit(0)
}

// Anything unexpected (malformed headmatter, an unwritable folder, a damaged PPTX) ends in one line, not a stack.
try {
  await main()
}
catch (error) {
  fail(`导出失败：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
}
