/**
 * `npm run pack`: the deck for a meeting room without server or network.
 *   exports/<exportFilename>.html         one self-contained file (scripts, styles, fonts, pictures inside)
 *   exports/<exportFilename>-会议包.zip    that file + PDF + notes handout + PPTX + 使用说明.txt
 * Without a Chromium the HTML is still written and the skipped exports are named; the exit code is non-zero
 * only when the HTML (or, once every export exists, the zip) could not be made. Options: see ./args.ts.
 */
import type { ExportOutcome } from './exports'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { exportBasename, formatBytes } from '../export/exportArgs'
import { ensureFonts, FontsError } from '../fonts/subset'
import { findChromium } from '../shared/chromium'
import { PROJECT_ROOT } from '../shared/projectRoot'
import { parsePackCli } from './args'
import { writeFileAtomic } from './atomic'
import { EXPORT_LABELS, runExports } from './exports'
import { guideFile } from './guide'
import { PackError } from './inline'
import { oversizeMessage } from './limits'
import { meetingZip, packEntryNames, packFileName, zipParts } from './meetingZip'
import { buildOneFile } from './oneFile'

interface DeckFacts { basename: string, title: string, slides: number }

function readDeckFacts(): DeckFacts {
  const deck = parseSync(readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8'), 'slides.md')
  const head = deck.slides[0]?.frontmatter ?? {}
  return { basename: exportBasename(head.exportFilename), title: String(head.title ?? deck.slides[0]?.title ?? ''), slides: deck.slides.length }
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`
/** A path as the user would type it: relative inside the current folder, absolute elsewhere. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel && !rel.startsWith('..') ? rel : path
}

/** Phase 3: the zip, when every export exists; returns false when it was over the size limit. */
async function writeZip(facts: DeckFacts, html: string, outcomes: ExportOutcome[], zipPath: string, maxBytes: number): Promise<boolean> {
  const names = packEntryNames(facts.basename)
  const entries = [
    { name: names.html, data: readFileSync(html) },
    ...outcomes.flatMap(o => o.ok ? [{ name: names[o.kind], data: readFileSync(o.path) }] : []),
    { name: names.guide, data: guideFile(facts) },
  ]
  const bytes = await meetingZip(entries)
  const over = oversizeMessage(packFileName(facts.basename), bytes.length, zipParts(entries), maxBytes)
  if (over) {
    console.error(over)
    return false
  }
  writeFileAtomic(zipPath, bytes)
  console.log(`✓ ${shown(zipPath)}  ${formatBytes(bytes.length)}  （${entries.map(e => e.name).join('、')}）`)
  return true
}

async function main(): Promise<number> {
  const cli = parsePackCli(process.argv.slice(2))
  if (!cli.ok)
    throw new PackError(cli.message)
  const started = performance.now()
  const facts = readDeckFacts()
  const outDir = resolve(PROJECT_ROOT, cli.outDir)
  mkdirSync(outDir, { recursive: true })
  const htmlPath = join(outDir, `${facts.basename}.html`)
  const zipPath = join(outDir, packFileName(facts.basename))
  // A file from an earlier run must never pass for this run's result.
  rmSync(htmlPath, { force: true })
  rmSync(zipPath, { force: true })

  // Phase 1: the one-file deck (the part the meeting cannot do without).
  await ensureFonts()
  const html = await buildOneFile(PROJECT_ROOT, htmlPath, cli.maxBytes)
  console.log(`✓ ${shown(html.path)}  ${formatBytes(html.bytes)}（gzip ${formatBytes(html.gzipBytes)}）  ${seconds(started)}`)

  // Phase 2: the exports, through their own npm scripts, into a scratch folder.
  const scratch = mkdtempSync(join(tmpdir(), 'deck-pack-exports-'))
  try {
    const outcomes = await runExports(PROJECT_ROOT, scratch, facts.basename, findChromium())
    for (const o of outcomes) {
      if (o.ok)
        console.log(`✓ ${EXPORT_LABELS[o.kind]}  ${o.seconds.toFixed(1)} s`)
    }
    const skipped = outcomes.filter(o => !o.ok)
    if (skipped.length > 0) {
      const reasons = [...new Set(skipped.map(o => o.reason))].join('；')
      console.error(`已跳过 ${skipped.map(o => EXPORT_LABELS[o.kind]).join('、')}，会议包未生成：${reasons}`)
      console.log(`单文件演示稿已写好：${shown(html.path)}`)
      return 0
    }
    // Phase 3: the meeting pack.
    const zipped = await writeZip(facts, htmlPath, outcomes, zipPath, cli.maxBytes)
    console.log(`共用时 ${seconds(started)}`)
    return zipped ? 0 : 1
  }
  finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

// A problem the user can fix ends in one line, never a stack trace.
try {
  process.exitCode = await main()
}
catch (error) {
  const known = error instanceof PackError || error instanceof FontsError
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  console.error(known ? message : `打包失败：${message}`)
  process.exitCode = 1
}
