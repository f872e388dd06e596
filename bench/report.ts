import type { LoadRun, NavStep } from './browser'
/** From raw runs to the side-by-side table: one row per metric, ours | defaults | ours/defaults | budget. */
import type { OneFileData } from './oneFile'
import type { RunSummary } from './stats'
import { formatBytes } from '../scripts/export/exportArgs'
import { blockingPhases, blockingTime, bytesBeforeMount, bytesBeforePaint, CPU_RATE, SLOW_LINK } from './firstPaint'
import { ONE_FILE_BUDGET_BYTES, ONE_FILE_READY_BUDGET } from './oneFile'
import { budgetVerdict, formatMs, formatRatio, formatSummary, median, summarize } from './stats'

export interface Pair<T> { ours: T, defaults: T }

export interface BuildRun {
  /** Font subsetting (scripts/fonts/index.ts --force), ms; 0 for the defaults, which have none. */
  fontsMs: number
  /** The font step again with its cache current (what a rebuild pays), ms; 0 for the defaults. */
  fontsWarmMs: number
  /** `slidev build`, ms. */
  slidevMs: number
}

export interface DistFacts {
  bytes: number
  fontBytes: number
  files: number
}

export interface ExportRun {
  wallMs: number
  bytes: number
  pages: number
}

export interface BenchData {
  capMs: number
  builds: Pair<BuildRun[]>
  dist: Pair<DistFacts>
  refused: Pair<LoadRun[]>
  dropped: Pair<LoadRun[]>
  /** Loads on the emulated slow link (bench/firstPaint.ts SLOW_LINK). */
  slow: Pair<LoadRun[]>
  /** Loads with the CPU slowed, watched for the blocking window. */
  cpu: Pair<LoadRun[]>
  /** Share of pixels changed by Vue's takeover of the prerendered cover (ours only; undefined without one). */
  takeoverPixels: number | undefined
  nav: Pair<NavStep[][]>
  illustrations: number[]
  mermaidSlides: number[]
  exports: Pair<ExportRun | null>
  /** The one-file deck of `npm run pack` (ours only). */
  oneFile: OneFileData
  /** Our A4 handouts (Slidev has none), each made from a fresh print of the deck. */
  handouts?: { label: string, run: ExportRun }[]
  /** PPTX exports, both ours: `ours` the editable file, `defaults` the picture-per-slide one (`--pictures`). */
  pptx?: Pair<ExportRun | null>
}

export interface Row {
  section?: string
  label: string
  ours: string
  defaults: string
  ratio: string
  budget: string
  /** Medians behind the cells, for the JSON. */
  values?: { ours: number, defaults: number }
}

const FONT_URL = /\.(?:woff2?|ttf|otf)(?:$|\?)|fonts\.gstatic\.com/

/** Per-run first-slide figures. */
export function loadFigures(run: LoadRun) {
  const done = run.requests.filter(r => r.outcome === 'ok')
  const sum = (list: typeof done, key: 'wireBytes' | 'decodedBytes'): number => list.reduce((a, r) => a + r[key], 0)
  return {
    wire: sum(done, 'wireBytes'),
    decoded: sum(done, 'decodedBytes'),
    fontWire: sum(done.filter(r => FONT_URL.test(r.url)), 'wireBytes'),
    requests: run.requests.length,
    outside: run.requests.filter(r => r.outside).length,
    unanswered: run.requests.filter(r => r.outcome !== 'ok').length,
  }
}

/** Per-walk navigation figures: median and worst over slide changes, for all slides and for a subset. */
export function navFigures(steps: NavStep[], only?: readonly number[]) {
  const slides = steps.filter(s => s.kind === 'slide' && (!only || only.includes(s.to)))
  const rendered = slides.map(s => s.rendered ?? Infinity)
  const clicks = steps.filter(s => s.kind === 'click').map(s => s.rendered ?? Infinity)
  return {
    median: rendered.length ? median(rendered) : Number.NaN,
    worst: rendered.length ? Math.max(...rendered) : Number.NaN,
    settled: slides.length ? median(slides.map(s => s.settled ?? Infinity)) : Number.NaN,
    click: clicks.length ? median(clicks) : Number.NaN,
  }
}

function summaryOf(values: readonly number[]): RunSummary | undefined {
  const clean = values.filter(v => !Number.isNaN(v))
  return clean.length ? summarize(clean.map(v => (v === Infinity ? null : v))) : undefined
}

const count = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1))

export function buildRows(d: BenchData): Row[] {
  const rows: Row[] = []
  let section: string | undefined
  const head = (title: string): void => {
    section = title
  }
  const row = (label: string, values: Pair<readonly number[]> | { ours: readonly number[], defaults?: undefined }, format: (v: number) => string, opts: { budget?: (ours: number, defaults: number) => string, cap?: number } = {}): void => {
    const o = summaryOf(values.ours)
    const df = values.defaults ? summaryOf(values.defaults) : undefined
    const cell = (s: RunSummary | undefined): string => (s ? formatSummary(s, format) : '—')
    rows.push({
      section,
      label,
      ours: cell(o),
      defaults: cell(df),
      ratio: o && df ? formatRatio(o.median, df.median, opts.cap) : '—',
      budget: o && opts.budget ? opts.budget(o.median, df?.median ?? Number.NaN) : '',
      values: o && df ? { ours: o.median, defaults: df.median } : undefined,
    })
    section = undefined
  }
  const ms = (v: number): string => formatMs(v, d.capMs)
  const bytes = (v: number): string => formatBytes(Math.round(v))
  const ratioBudget = (limit: number) => (o: number, df: number): string => budgetVerdict(o / df, limit).text
  const msBudget = (limit: number) => (o: number): string => budgetVerdict(o, limit, 'ms').text
  const map = <T>(p: Pair<T[]>, f: (x: T) => number): Pair<number[]> => ({ ours: p.ours.map(f), defaults: p.defaults.map(f) })

  head('Build (wall); a clean clone subsets the fonts cold')
  row('build: fonts + slidev build', map(d.builds, b => b.fontsMs + b.slidevMs), ms, { budget: ratioBudget(1.5) })
  row('  of which font subsetting (cold)', { ours: d.builds.ours.map(b => b.fontsMs) }, ms)
  row('rebuild (font cache current)', map(d.builds, b => b.fontsWarmMs + b.slidevMs), ms, { budget: ratioBudget(1.5) })
  row('dist/ size', { ours: [d.dist.ours.bytes], defaults: [d.dist.defaults.bytes] }, bytes)
  row('font bytes in dist/', { ours: [d.dist.ours.fontBytes], defaults: [d.dist.defaults.fontBytes] }, bytes)

  const refused = { ours: d.refused.ours.map(loadFigures), defaults: d.refused.defaults.map(loadFigures) }
  const absolute = (limit: number, show: (v: number) => string) => (o: number): string => `${o <= limit ? 'met' : 'missed'} (${show(o)} ${o <= limit ? '≤' : '>'} ${show(limit)})`
  head('First slide, cold cache; outside requests as this machine\'s network answers them (no DNS here: they fail at once)')
  row('first contentful paint', map(d.refused, r => r.fcp ?? Infinity), ms, { budget: ratioBudget(0.5), cap: d.capMs })
  row('slide 1 in its final fonts', map(d.refused, r => r.ready ?? Infinity), ms, { budget: ratioBudget(0.6), cap: d.capMs })
  row('Vue mounted slide 1 (in its fonts)', map(d.refused, r => r.mounted ?? Infinity), ms, { cap: d.capMs })
  row('bytes before first paint (HTML, CSS, fonts, scripts it waits for)', map(d.refused, bytesBeforePaint), bytes, { budget: ratioBudget(0.25) })
  row('bytes before Vue mounted slide 1 (wire)', map(d.refused, bytesBeforeMount), bytes, { budget: ratioBudget(1.0) })
  row('  of which fonts (wire)', map(refused, f => f.fontWire), bytes)
  row('  bytes decoded', map(refused, f => f.decoded), bytes)
  row('  requests', map(refused, f => f.requests), count)
  row('  of which outside loopback', map(refused, f => f.outside), count)
  row('layout shift (CLS) to 0.5 s after mount', map(d.refused, r => r.cls), v => v.toFixed(4), { budget: absolute(0.01, v => v.toFixed(4)) })
  row('pixels changed by Vue\'s takeover of the cover', { ours: d.takeoverPixels === undefined ? [] : [d.takeoverPixels] }, v => `${(v * 100).toFixed(2)}%`, { budget: absolute(0.01, v => `${(v * 100).toFixed(2)}%`) })

  head(`First slide, cold cache, on a slow link (Chromium network emulation: ${SLOW_LINK.downKbps / 1000} Mbit/s down, ${SLOW_LINK.latencyMs} ms round trip)`)
  row('first contentful paint', map(d.slow, r => r.fcp ?? Infinity), ms, { budget: ratioBudget(0.5), cap: d.capMs })
  row('slide 1 in its final fonts', map(d.slow, r => r.ready ?? Infinity), ms, { budget: ratioBudget(0.5), cap: d.capMs })
  row('Vue mounted slide 1 (in its fonts)', map(d.slow, r => r.mounted ?? Infinity), ms, { cap: d.capMs })

  head(`Main thread in the first 10 s, CPU slowed ${CPU_RATE}× (sum over tasks of the time past 50 ms)`)
  row('blocking time, 0–10 s', map(d.cpu, r => blockingTime(r)), ms, { budget: ratioBudget(1.0) })
  row('  until Vue mounted slide 1', map(d.cpu, r => blockingPhases(r).beforeMount), ms)
  row('  from mount to Slidev\'s background preload', map(d.cpu, r => blockingPhases(r).settle), ms)
  row('  from the preload (all slides mounted, Mermaid drawn) to 10 s', map(d.cpu, r => blockingPhases(r).preload), ms)
  row('  Vue mounted slide 1 at', map(d.cpu, r => r.mounted ?? Infinity), ms, { cap: d.capMs })
  row('  Slidev\'s background preload seen at', map(d.cpu, r => r.preloaded ?? Infinity), ms, { cap: d.capMs })

  // "As fast as on an open network": ours asked nothing outside, and its median with outside traffic hanging is
  // within the range of its open-network runs (no slower than the slowest of them).
  const open = summaryOf(d.refused.ours.map(r => r.fcp ?? Infinity))
  const askedOutside = d.dropped.ours.some(r => r.requests.some(q => q.outside))
  const sameAsOpen = (o: number): string => {
    if (!open)
      return 'not measured'
    const within = o <= open.max && !askedOutside
    return `${within ? 'met' : 'missed'} (open-network runs ${formatMs(open.min)}–${formatMs(open.max)}; ${askedOutside ? 'made' : 'no'} outside requests)`
  }
  head(`First slide, cold cache; outside requests hang unanswered, as behind a dropping firewall (cap ${formatMs(d.capMs)})`)
  row('first contentful paint', map(d.dropped, r => r.fcp ?? Infinity), ms, {
    cap: d.capMs,
    budget: sameAsOpen,
  })
  row('slide 1 in its final font', map(d.dropped, r => r.ready ?? Infinity), ms, { cap: d.capMs })
  row('requests left unanswered', map(d.dropped, r => loadFigures(r).unanswered), count)

  const nav = (only?: readonly number[]): Pair<ReturnType<typeof navFigures>[]> => ({
    ours: d.nav.ours.map(w => navFigures(w, only)),
    defaults: d.nav.defaults.map(w => navFigures(w, only)),
  })
  const all = nav()
  const mermaid = nav(d.mermaidSlides)
  const illus = nav(d.illustrations)
  head('PageDown to the next slide rendered (after first load and preload)')
  row('median over the deck', map(all, f => f.median), ms, { budget: msBudget(100) })
  row('worst over the deck', map(all, f => f.worst), ms)
  row(`Mermaid slides (${d.mermaidSlides.join(', ')}): median`, map(mermaid, f => f.median), ms, { budget: msBudget(100) })
  row('Mermaid slides: worst', map(mermaid, f => f.worst), ms)
  row(`illustration slides (${d.illustrations.join(', ')}): median`, map(illus, f => f.median), ms, { budget: msBudget(100) })
  row('illustration slides: worst', map(illus, f => f.worst), ms)
  row('to transition end (0.5 s fade): median', map(all, f => f.settled), ms)
  row('click step: median', map(all, f => f.click), ms)

  // The one-file deck: its own budgets, slide 1 judged against ours hosted (the "ours" column above).
  const hostedReady = median(d.refused.ours.map(r => r.ready ?? Infinity))
  head(`One-file deck (npm run pack), cold from file://; slide 1 judged against ours hosted in this run (${ms(hostedReady)})`)
  row('one-file build: slidev build + inlining', { ours: [d.oneFile.buildMs] }, ms)
  row('HTML size', { ours: [d.oneFile.bytes] }, bytes, {
    budget: o => `${o <= ONE_FILE_BUDGET_BYTES ? 'met' : 'missed'} (${bytes(o)} ${o <= ONE_FILE_BUDGET_BYTES ? '≤' : '>'} ${bytes(ONE_FILE_BUDGET_BYTES)})`,
  })
  row('HTML size, gzip -6', { ours: [d.oneFile.gzipBytes] }, bytes)
  row('requests (the file itself)', { ours: d.oneFile.loads.map(r => r.requests.length) }, count)
  row('slide 1 in its final font', { ours: d.oneFile.loads.map(r => r.ready ?? Infinity) }, ms, {
    cap: d.capMs,
    budget: o => `${budgetVerdict(o / hostedReady, ONE_FILE_READY_BUDGET).text} of hosted`,
  })

  const ex = (p: ExportRun | null, f: (e: ExportRun) => number): number[] => (p ? [f(p)] : [])
  head('PDF export (once each)')
  row('wall time', { ours: ex(d.exports.ours, e => e.wallMs), defaults: ex(d.exports.defaults, e => e.wallMs) }, ms)
  row('PDF size', { ours: ex(d.exports.ours, e => e.bytes), defaults: ex(d.exports.defaults, e => e.bytes) }, bytes)
  row('pages', { ours: ex(d.exports.ours, e => e.pages), defaults: ex(d.exports.defaults, e => e.pages) }, count)
  row('time per page', { ours: ex(d.exports.ours, e => e.wallMs / e.pages), defaults: ex(d.exports.defaults, e => e.wallMs / e.pages) }, ms)
  for (const { label, run } of d.handouts ?? []) {
    head(`${label} (once; Slidev has none)`)
    row('wall time', { ours: [run.wallMs] }, ms)
    row('PDF size', { ours: [run.bytes] }, bytes)
    row('A4 pages', { ours: [run.pages] }, count)
  }

  const pptx = d.pptx ?? { ours: null, defaults: null }
  head('PPTX export (once each): editable (npm run export:pptx) | picture per slide (-- --pictures, Slidev\'s export)')
  row('wall time', { ours: ex(pptx.ours, e => e.wallMs), defaults: ex(pptx.defaults, e => e.wallMs) }, ms, { budget: ratioBudget(2) })
  row('PPTX size', { ours: ex(pptx.ours, e => e.bytes), defaults: ex(pptx.defaults, e => e.bytes) }, bytes)
  row('slides', { ours: ex(pptx.ours, e => e.pages), defaults: ex(pptx.defaults, e => e.pages) }, count)
  return rows
}

/** Plain-text table; sections as separator lines. */
export function renderTable(rows: readonly Row[]): string {
  const header: Row = { label: 'metric', ours: 'ours', defaults: 'Slidev defaults', ratio: 'ours/defaults', budget: 'budget' }
  const cols = ['label', 'ours', 'defaults', 'ratio'] as const
  const width = Object.fromEntries(cols.map(c => [c, Math.max(...[header, ...rows].map(r => r[c].length))])) as Record<typeof cols[number], number>
  const line = (r: Row): string => `${cols.map(c => r[c].padEnd(width[c])).join('  ')}  ${r.budget}`.trimEnd()
  const out = [line(header)]
  for (const r of rows) {
    if (r.section)
      out.push('', `— ${r.section}`)
    out.push(line(r))
  }
  return out.join('\n')
}

/** The same table in Markdown, for the README. */
export function renderMarkdown(rows: readonly Row[]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|')
  const out = ['| metric | ours | Slidev defaults | ours/defaults | budget |', '|---|---|---|---|---|']
  for (const r of rows) {
    if (r.section)
      out.push(`| **${esc(r.section)}** | | | | |`)
    out.push(`| ${esc(r.label.trim())} | ${esc(r.ours)} | ${esc(r.defaults)} | ${esc(r.ratio)} | ${esc(r.budget)} |`)
  }
  return out.join('\n')
}
