/**
 * `npm run bench`: what the deck costs to build, load, navigate and export, side by side with the same slides
 * on Slidev's defaults (see bench/workspace.ts for exactly what differs). A benchmark, not a test: it reports,
 * and fails only when it cannot measure (no Chromium, a build that breaks).
 *
 * The one-file deck of `npm run pack` (bench/oneFile.ts) is built in the same copy and opened from file://.
 *
 * Two network conditions for the first load: outside requests go wherever this machine's network takes them
 * (on a closed machine DNS fails at once), and outside requests hang unanswered: a second Chromium resolves
 * every host but 127.0.0.1 to a loopback port that never answers (bench/blackHole.ts). Not
 * page.route(): intercepting requests sends every loopback request through Node too (measured: +35 ms median
 * to the first slide), which would slow one mode and not the other.
 *
 * Two more for issue 16's budgets: loads on an emulated slow link (1.6 Mbit/s down, 150 ms round trip), and
 * loads with the CPU slowed 4× watched for 10 s (main-thread blocking); plus one untimed check that Vue's
 * takeover of the prerendered cover changes no pixel.
 *
 * Environment: BENCH_RUNS (first-slide loads per variant, default 5), BENCH_DROPPED_RUNS (loads with outside
 * traffic hanging, default 3), BENCH_SLOW_RUNS (loads on the slow link, default 3), BENCH_CPU_RUNS (loads with
 * the CPU slowed, default 3), BENCH_NAV_RUNS (walks through the deck, default 3), BENCH_BUILD_RUNS (default 3),
 * BENCH_CAP_S (give up on a load after this many seconds, default 35), BENCH_EXPORT=0 (skip the PDF, handout and
 * PPTX exports),
 * BENCH_KEEP=1 (keep the temporary folder), CHROMIUM_PATH (browser binary).
 */
import type { Browser } from 'playwright-chromium'
import type { LoadRun, NavStep } from './browser'
import type { BenchData, BuildRun, DistFacts, ExportRun, Pair } from './report'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { EXPORT_TIMEOUT_MS } from '../scripts/export/exportArgs'
import { findChromium } from '../scripts/shared/chromium'
import { listFiles } from '../scripts/shared/files'
import { fromRoot, PROJECT_ROOT } from '../scripts/shared/projectRoot'
import { startStaticServer } from '../tests/support/server'
import { startBlackHole } from './blackHole'
import { launchBrowser, measureLoad, measureNav } from './browser'
import { deckFacts } from './deck'
import { BLOCKING_WINDOW_MS, CPU_RATE, SLOW_LINK, takeoverPixelShare } from './firstPaint'
import { measureOneFile } from './oneFile'
import { buildRows, renderMarkdown, renderTable } from './report'
import { abSchedule, envCount } from './stats'
import { prepareWorkspaces } from './workspace'

const require = createRequire(join(PROJECT_ROOT, 'package.json'))

/** A reason the bench cannot measure; printed as one line. */
class BenchError extends Error {}

function fail(message: string): never {
  throw new BenchError(message)
}

function progress(line: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`)
}

/** Run node with `args` in `cwd`; returns wall ms; on failure prints the tail of the output and stops. */
function runNode(what: string, cwd: string, args: string[]): number {
  const started = performance.now()
  const child = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } })
  const ms = performance.now() - started
  if (child.error || child.status !== 0) {
    const tail = `${child.stdout ?? ''}${child.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n')
    console.error(tail)
    fail(`${what} failed (${child.error?.message ?? `exit ${child.status ?? child.signal}`}), output above`)
  }
  return ms
}

function distFacts(dir: string): DistFacts {
  const sizes = listFiles(dir).map(f => ({ font: ['.woff2', '.woff', '.ttf', '.otf'].includes(extname(f)), size: statSync(join(dir, f)).size }))
  return {
    bytes: sizes.reduce((sum, f) => sum + f.size, 0),
    fontBytes: sizes.filter(f => f.font).reduce((sum, f) => sum + f.size, 0),
    files: sizes.length,
  }
}

async function pdfPages(file: string): Promise<number> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  return pdf.getPageCount()
}

async function pptxSlides(file: string): Promise<number> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(readFileSync(file))
  return Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length
}

function readConfig(env: Record<string, string | undefined>) {
  try {
    return {
      runs: envCount(env, 'BENCH_RUNS', 5),
      droppedRuns: envCount(env, 'BENCH_DROPPED_RUNS', 3),
      slowRuns: envCount(env, 'BENCH_SLOW_RUNS', 3),
      cpuRuns: envCount(env, 'BENCH_CPU_RUNS', 3),
      navRuns: envCount(env, 'BENCH_NAV_RUNS', 3),
      buildRuns: envCount(env, 'BENCH_BUILD_RUNS', 3),
      capMs: envCount(env, 'BENCH_CAP_S', 35, 600) * 1000,
      exports: env.BENCH_EXPORT !== '0',
    }
  }
  catch (e) {
    fail((e as Error).message)
  }
}

async function main(): Promise<void> {
  const startedAt = new Date()
  const loadStart = loadavg()
  const config = readConfig(process.env)
  const chromiumPath = findChromium()
  if (!chromiumPath.ok)
    fail(chromiumPath.message)
  try {
    await import('playwright-chromium')
  }
  catch {
    fail('playwright-chromium is not installed; run npm install')
  }

  const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
  const keep = process.env.BENCH_KEEP === '1'
  const servers: { close: () => Promise<void> }[] = []
  const browsers: Browser[] = []
  try {
    progress(`workspaces in ${work}`)
    const ws = prepareWorkspaces(PROJECT_ROOT, work)
    const deck = await deckFacts(ws.ours)
    const slidev = require.resolve('@slidev/cli/bin/slidev.mjs')
    const tsx = require.resolve('tsx/cli')

    // Builds, alternating; each into its own folder. Ours as `npm run build` (fonts from cold, relative base);
    // the defaults as a plain `slidev build`.
    const builds: Pair<BuildRun[]> = { ours: [], defaults: [] }
    const outDir = (v: string, i: number): string => join(work, `${v}-dist-${i}`)
    for (const { variant, run } of abSchedule(config.buildRuns)) {
      progress(`build ${variant} #${run + 1}`)
      if (variant === 'ours') {
        const fontsMs = runNode('font subsetting (scripts/fonts/index.ts)', ws.ours, [tsx, 'scripts/fonts/index.ts', '--force'])
        const slidevMs = runNode('slidev build (ours)', ws.ours, [slidev, 'build', '--base', './', '--out', outDir('ours', run)])
        const fontsWarmMs = runNode('font step, cached (scripts/fonts/index.ts)', ws.ours, [tsx, 'scripts/fonts/index.ts'])
        builds.ours.push({ fontsMs, fontsWarmMs, slidevMs })
      }
      else {
        builds.defaults.push({ fontsMs: 0, fontsWarmMs: 0, slidevMs: runNode('slidev build (defaults)', ws.defaults, [slidev, 'build', '--out', outDir('defaults', run)]) })
      }
    }
    const last = config.buildRuns - 1
    const dist = { ours: distFacts(outDir('ours', last)), defaults: distFacts(outDir('defaults', last)) }

    const serve = { ours: await startStaticServer(outDir('ours', last), { gzip: true }), defaults: await startStaticServer(outDir('defaults', last), { gzip: true }) }
    servers.push(serve.ours, serve.defaults)
    const blackHole = await startBlackHole()
    servers.push(blackHole)
    const open = await launchBrowser(chromiumPath.path)
    const dropping = await launchBrowser(chromiumPath.path, blackHole.port)
    browsers.push(open, dropping)
    const chromiumVersion = open.version()

    const loads = async (label: string, browser: Browser, runs: number, conditions?: Parameters<typeof measureLoad>[3]): Promise<Pair<LoadRun[]>> => {
      const out: Pair<LoadRun[]> = { ours: [], defaults: [] }
      for (const { variant, run } of abSchedule(runs)) {
        progress(`first slide, ${label}: ${variant} #${run + 1}`)
        out[variant].push(await measureLoad(browser, serve[variant].url, config.capMs, conditions))
      }
      return out
    }
    const refused = await loads('outside as the network answers', open, config.runs)
    const dropped = await loads('outside dropped', dropping, config.droppedRuns)
    const slow = await loads('slow link', open, config.slowRuns, { network: SLOW_LINK })
    const cpu = await loads(`CPU ${CPU_RATE}× slower, ${BLOCKING_WINDOW_MS / 1000} s`, open, config.cpuRuns, { cpuRate: CPU_RATE, watchMs: BLOCKING_WINDOW_MS })
    progress('takeover of the prerendered cover: screenshots before and after')
    const takeoverPixels = await takeoverPixelShare(open, serve.ours.url, config.capMs)

    const oneFile = await measureOneFile(ws.ours, work, open, config.runs, config.capMs, progress)

    const nav: Pair<NavStep[][]> = { ours: [], defaults: [] }
    for (const { variant, run } of abSchedule(config.navRuns)) {
      progress(`walk through the deck: ${variant} #${run + 1}`)
      nav[variant].push(await measureNav(open, serve[variant].url, deck.mermaid, deck.slides, config.capMs))
    }
    for (const b of browsers.splice(0))
      await b.close()

    const exports: Pair<ExportRun | null> = { ours: null, defaults: null }
    const handouts: { label: string, run: ExportRun }[] = []
    // A failed export costs its own rows only: the load and build figures above are kept and written.
    let exportFailure: string | undefined
    if (config.exports) {
      try {
        progress('PDF export: ours (npm run export)')
        const oursDir = join(work, 'pdf-ours')
        const oursMs = runNode('npm run export (ours)', ws.ours, [tsx, 'scripts/export/index.ts', 'pdf', '--out-dir', oursDir])
        const oursPdf = readdirSync(oursDir).filter(f => f.endsWith('.pdf')).map(f => join(oursDir, f))[0]
        if (!oursPdf)
          fail('npm run export wrote no PDF')
        exports.ours = { wallMs: oursMs, bytes: statSync(oursPdf).size, pages: await pdfPages(oursPdf) }

        for (const [label, args] of [['Handout, 3 a page (npm run export:handout)', []], ['Notes pages (npm run export:notes)', ['--notes']]] as const) {
          progress(label)
          const dir = join(work, `handout-${handouts.length}`)
          const wallMs = runNode(label, ws.ours, [tsx, 'scripts/export/index.ts', 'handout', ...args, '--out-dir', dir])
          const file = readdirSync(dir).filter(f => f.endsWith('.pdf')).map(f => join(dir, f))[0]
          if (!file)
            fail(`${label} wrote no PDF`)
          handouts.push({ label, run: { wallMs, bytes: statSync(file).size, pages: await pdfPages(file) } })
        }

        progress('PDF export: defaults (slidev export)')
        const defaultsPdf = join(work, 'pdf-defaults', 'deck.pdf')
        mkdirSync(join(work, 'pdf-defaults'), { recursive: true })
        // The same per-page timeout ours gets: Slidev's 30 s default times out on a loaded 2-core machine.
        const defaultsArgs = [slidev, 'export', '--executable-path', chromiumPath.path, '--timeout', String(EXPORT_TIMEOUT_MS), '--output', defaultsPdf]
        const defaultsMs = runNode('slidev export (defaults)', ws.defaults, defaultsArgs)
        exports.defaults = { wallMs: defaultsMs, bytes: statSync(defaultsPdf).size, pages: await pdfPages(defaultsPdf) }
      }
      catch (e) {
        if (!(e instanceof BenchError))
          throw e
        exportFailure = e.message
        progress(`PDF export not measured: ${e.message}`)
      }
    }

    // PPTX: the editable file (npm run export:pptx) against the picture-per-slide one (-- --pictures, Slidev's own
    // export), both from our workspace; the editable one has a budget of twice the picture one's time.
    const pptx: Pair<ExportRun | null> = { ours: null, defaults: null }
    if (config.exports) {
      for (const variant of ['ours', 'defaults'] as const) {
        const dir = join(work, `pptx-${variant}`)
        progress(`PPTX export: ${variant === 'ours' ? 'editable' : 'pictures'}`)
        const wallMs = runNode(`npm run export:pptx (${variant === 'ours' ? 'editable' : '--pictures'})`, ws.ours, [tsx, 'scripts/export/index.ts', 'pptx', '--out-dir', dir, ...(variant === 'ours' ? [] : ['--pictures'])])
        const file = readdirSync(dir).filter(f => f.endsWith('.pptx')).map(f => join(dir, f))[0]
        if (!file)
          fail('npm run export:pptx wrote no PPTX')
        pptx[variant] = { wallMs, bytes: statSync(file).size, pages: await pptxSlides(file) }
      }
    }

    const data: BenchData = {
      capMs: config.capMs,
      builds,
      dist,
      refused,
      dropped,
      slow,
      cpu,
      takeoverPixels,
      nav,
      illustrations: deck.illustrations,
      mermaidSlides: Object.keys(deck.mermaid).map(Number),
      exports,
      oneFile,
      handouts,
      pptx,
    }
    const rows = buildRows(data)
    const finishedAt = new Date()
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      loadavgStart: loadStart,
      loadavgEnd: loadavg(),
      node: process.version,
      chromium: chromiumVersion,
      chromiumPath: chromiumPath.path,
    }
    const stamp = startedAt.toISOString().replace(/[:.]/g, '-')
    const resultsDir = fromRoot('bench', 'results')
    mkdirSync(resultsDir, { recursive: true })
    const jsonPath = join(resultsDir, `${stamp}.json`)
    writeFileSync(jsonPath, `${JSON.stringify({ startedAt, finishedAt, wallMs: finishedAt.getTime() - startedAt.getTime(), machine, config, deck, data, rows, exportFailure }, null, 2)}\n`)
    writeFileSync(join(resultsDir, `${stamp}.md`), `${renderMarkdown(rows)}\n`)

    const load = (l: number[]): string => l.map(x => x.toFixed(2)).join(' ')
    process.stdout.write(`${[
      renderTable(rows),
      '',
      `${machine.cpus} × ${machine.cpuModel ?? 'CPU'}, load average ${load(loadStart)} at start, ${load(machine.loadavgEnd)} at end; Chromium ${chromiumVersion}; Node ${process.version}`,
      `runs per variant: ${config.buildRuns} builds, ${config.runs} loads, ${config.droppedRuns} loads with outside traffic hanging, ${config.slowRuns} on the slow link, ${config.cpuRuns} with the CPU slowed, ${config.navRuns} walks; cells are median (interquartile range)`,
      ...(exportFailure ? [`PDF export not measured: ${exportFailure}`] : []),
      `wall time ${((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(0)} s; results: ${jsonPath} (+ .md)`,
    ].join('\n')}\n`)
  }
  finally {
    for (const b of browsers)
      await b.close().catch(() => {})
    for (const s of servers)
      await s.close().catch(() => {})
    if (keep)
      progress(`kept ${work}`)
    else
      rmSync(work, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e)
  console.error(`bench: ${message}${e instanceof BenchError ? '' : ' (unexpected; rerun with BENCH_KEEP=1 to keep the temporary folder)'}`)
  process.exit(1)
})
