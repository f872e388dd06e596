/**
 * `npm run export | export:notes | export:pptx | export:handout`: the deck as PDF, notes pages, PPTX or an
 * A4 handout, in exports/. Always uses a locally installed Chromium (scripts/shared/chromium.ts); never downloads one.
 *
 * PDF: one tagged print of Slidev's print page (scripts/export/pdf). Handout and notes: that PDF laid out
 * on A4 (scripts/export/handout; `export:notes` = `export:handout -- --per-page 1 --notes`).
 * PPTX: editable by default (scripts/export/pptx); `pptx --pictures` goes through `slidev export --executable-path`.
 */
import type { ExportKind } from './exportArgs'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { findChromium } from '../shared/chromium'
import { PROJECT_ROOT as ROOT } from '../shared/projectRoot'
import { exportBasename, exportOutputPath, formatBytes, parseExportCli, slidevExportArgs } from './exportArgs'
import { runHandoutCli } from './handout'
import { exportPdf } from './pdf'
import { exportEditablePptx } from './pptx'
import { rewriteNotesXml } from './pptxNotes'

const ENTRY = 'slides.md'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

/** Output name from the headmatter's `exportFilename`, as `slidev export` would name it. */
function deckBasename(): string {
  const deck = parseSync(readFileSync(resolve(ROOT, ENTRY), 'utf8'), ENTRY)
  return exportBasename(deck.slides[0]?.frontmatter.exportFilename)
}

function exportWithSlidev(kind: Exclude<ExportKind, 'notes' | 'pdf'>, executablePath: string, output: string): void {
  const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  const args = slidevExportArgs({ kind, executablePath, output, entry: ENTRY })
  const run = spawnSync(process.execPath, [slidev, ...args], { cwd: ROOT, stdio: 'inherit' })
  if (run.error)
    fail(`无法启动 Slidev：${run.error.message}`)
  if (run.status !== 0)
    fail(`slidev export 失败（退出码 ${run.status ?? run.signal}），见上方输出。`)
}

/** One paragraph per note line, click markers removed, tagged zh-CN (see pptxNotes.ts). */
async function tidyPptxNotes(file: string): Promise<void> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(readFileSync(file))
  const notes = Object.keys(zip.files).filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
  for (const name of notes)
    zip.file(name, rewriteNotesXml(await zip.file(name)!.async('string')))
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))
}

/** `export.ts handout …`: its own options (scripts/export/handout/args.ts); usage errors exit 2. */
async function handout(argv: readonly string[]): Promise<void> {
  const started = performance.now()
  const result = await runHandoutCli(argv, ROOT)
  if (!result.ok) {
    console.error(result.message)
    process.exit(result.exitCode)
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`✓ ${result.output}  ${formatBytes(statSync(result.output).size)}  ${seconds} s`)
  process.exit(0)
}

async function main(): Promise<void> {
  if (process.argv[2] === 'handout')
    return handout(process.argv.slice(3))
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
    const result = await runHandoutCli(['--per-page', '1', '--notes', '--out-dir', cli.outDir], ROOT)
    if (!result.ok)
      fail(result.message)
  }
  else if (cli.kind === 'pdf') {
    await exportPdf({ executablePath: found.path, output })
  }
  else if (!cli.pictures) {
    await exportEditablePptx({ executablePath: found.path, output, entry: ENTRY })
  }
  else {
    exportWithSlidev(cli.kind, found.path, output)
    if (existsSync(output))
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
