/**
 * Pure helpers of `npm run bench` (bench/run.ts): summary statistics of repeated runs, the A/B run order,
 * ratio and budget wording, run counts from the environment, and the headmatter edit that turns the deck
 * into its "Slidev defaults" twin.
 */

/** One arm of the comparison: A = this project's build, B = the same slides on Slidev's defaults. */
export type BenchVariant = 'ours' | 'defaults'

export interface RunSummary {
  /** Number of runs, capped ones included. */
  n: number
  /** Runs that never reached the event before the cap (recorded as `null`). */
  capped: number
  /** Median, in the samples' unit; `Infinity` when at least half the runs were capped. */
  median: number
  /** First and third quartiles (linear interpolation); `Infinity` where capped runs reach them. */
  q1: number
  q3: number
  /** `q3 - q1`; `Infinity` when q3 is capped. */
  iqr: number
  /** Smallest and largest sample; `max` is `Infinity` when any run was capped. */
  min: number
  max: number
}

function checkSamples(values: readonly number[], what: string): void {
  if (values.length === 0)
    throw new RangeError(`${what}: no samples`)
  for (const v of values) {
    if (Number.isNaN(v))
      throw new RangeError(`${what}: NaN sample`)
  }
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of the samples, interpolating linearly between order statistics
 * (Hyndman–Fan type 7, as R and NumPy default). `Infinity` samples sort last.
 */
export function quantile(values: readonly number[], p: number): number {
  checkSamples(values, 'quantile')
  if (!(p >= 0 && p <= 1))
    throw new RangeError(`quantile: p must be in [0, 1], got ${p}`)
  const sorted = [...values].sort((a, b) => a - b)
  const h = (sorted.length - 1) * p
  const lo = Math.floor(h)
  const hi = Math.ceil(h)
  if (lo === hi || sorted[lo] === sorted[hi])
    return sorted[lo]
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo])
}

/** Median of the samples (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5)
}

/** Median, quartiles and range of repeated runs; a `null` run never happened before the cap and counts as `Infinity`. */
export function summarize(samples: readonly (number | null)[]): RunSummary {
  const values = samples.map(v => v ?? Infinity)
  checkSamples(values, 'summarize')
  const q1 = quantile(values, 0.25)
  const q3 = quantile(values, 0.75)
  return {
    n: values.length,
    capped: samples.filter(v => v === null).length,
    median: median(values),
    q1,
    q3,
    iqr: q3 === Infinity ? Infinity : q3 - q1,
    min: Math.min(...values),
    max: Math.max(...values),
  }
}

export interface ScheduledRun {
  variant: BenchVariant
  /** 0-based index of this run within its variant. */
  run: number
}

/**
 * Run order for `runs` runs of each variant, in counterbalanced pairs (ours, defaults), (defaults, ours), …,
 * so that neither variant always goes first and a slow drift of the machine falls on both alike.
 */
export function abSchedule(runs: number): ScheduledRun[] {
  if (!Number.isInteger(runs) || runs < 1)
    throw new RangeError(`abSchedule: runs must be a positive integer, got ${runs}`)
  const out: ScheduledRun[] = []
  for (let run = 0; run < runs; run++) {
    const pair: BenchVariant[] = run % 2 === 0 ? ['ours', 'defaults'] : ['defaults', 'ours']
    for (const variant of pair)
      out.push({ variant, run })
  }
  return out
}

/**
 * A positive integer from an environment variable, or `fallback` when it is unset or empty.
 * Anything else is an error whose message names the variable.
 */
export function envCount(env: Record<string, string | undefined>, name: string, fallback: number, max = 100): number {
  const raw = env[name]?.trim()
  if (!raw)
    return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
    throw new RangeError(`${name}=${raw}: expected a whole number from 1 to ${max}`)
  return Number(raw)
}

/**
 * `ours / defaults` as text, e.g. `0.42×`. When the defaults never got there within `cap` and ours did,
 * the ratio is bounded: `< ours/cap ×`. Undefined ratios read `n/a`, never `NaN×` or `Infinity×`.
 */
export function formatRatio(ours: number, defaults: number, cap?: number): string {
  if (Number.isNaN(ours) || Number.isNaN(defaults))
    return 'n/a'
  if (ours === Infinity && defaults === Infinity)
    return 'n/a'
  if (defaults === Infinity)
    return cap && cap > 0 ? `< ${(ours / cap).toFixed(2)}×` : '≪ 1×'
  if (ours === Infinity)
    return cap && defaults > 0 ? `> ${(cap / defaults).toFixed(2)}×` : '≫ 1×'
  if (defaults === 0)
    return ours === 0 ? '1.00×' : 'n/a'
  return `${(ours / defaults).toFixed(2)}×`
}

/** Milliseconds for a table cell: `850 ms`, `12.3 s`; `Infinity` reads `> cap` when a cap (ms) is given. */
export function formatMs(ms: number, capMs?: number): string {
  if (Number.isNaN(ms))
    return 'n/a'
  if (ms === Infinity)
    return capMs === undefined ? 'never' : `> ${formatMs(capMs)}`
  if (Math.abs(ms) < 1000)
    return `${Math.round(ms)} ms`
  return `${(ms / 1000).toFixed(1)} s`
}

/** A summary as `median (IQR q1–q3)`, or just the median for a single run. */
export function formatSummary(s: RunSummary, format: (v: number) => string): string {
  if (s.n === 1 || s.q1 === s.q3)
    return format(s.median)
  return `${format(s.median)} (${format(s.q1)}–${format(s.q3)})`
}

export interface BudgetVerdict {
  met: boolean
  /** e.g. `met (0.62× ≤ 0.8×)` or `missed by 37% (1.37× > 1.0×)`. */
  text: string
}

/** Whether `value` is within `limit` (both in the same unit, lower is better), and by how much it is missed. */
export function budgetVerdict(value: number, limit: number, unit = '×'): BudgetVerdict {
  if (!(limit > 0))
    throw new RangeError(`budgetVerdict: limit must be positive, got ${limit}`)
  if (Number.isNaN(value))
    return { met: false, text: 'not measured' }
  const show = (v: number): string => (v === Infinity ? '∞' : unit === '×' ? `${v.toFixed(2)}×` : `${Math.round(v)} ${unit}`)
  const limitText = unit === '×' ? `${limit}×` : `${limit} ${unit}`
  if (value <= limit)
    return { met: true, text: `met (${show(value)} ≤ ${limitText})` }
  const over = value === Infinity ? '∞' : `${Math.round((value / limit - 1) * 100)}%`
  return { met: false, text: `missed by ${over} (${show(value)} > ${limitText})` }
}

/**
 * Remove top-level keys (and their indented or list continuation lines) from the headmatter — the YAML
 * block between the first two `---` lines — leaving the rest of the deck byte for byte.
 */
export function stripHeadmatterKeys(markdown: string, keys: readonly string[]): string {
  const lines = markdown.split('\n')
  if (lines[0]?.trimEnd() !== '---')
    throw new Error('stripHeadmatterKeys: the deck does not start with a `---` headmatter')
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---')
  if (end < 0)
    throw new Error('stripHeadmatterKeys: the headmatter has no closing `---`')
  const drop = new Set(keys)
  const kept: string[] = []
  let dropping = false
  for (const line of lines.slice(1, end)) {
    const key = /^([\w-]+)\s*:/.exec(line)?.[1]
    if (key !== undefined)
      dropping = drop.has(key)
    else if (!/^[\s-]/.test(line) && line.trim() !== '')
      dropping = false
    if (!dropping)
      kept.push(line)
  }
  return [lines[0], ...kept, ...lines.slice(end)].join('\n')
}
