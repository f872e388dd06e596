/**
 * Pacing against the meeting's time slot: each slide's frontmatter may give its planned minutes
 * (`minutes: 1.5`), the headmatter gives the slot (`timeSlot: 20`). A slide's minutes cover it and the slides
 * after it that give none, so a section divider can plan a whole part. The presenter view compares the timer
 * with the plan; `npm test` checks that this deck's plan fills its slot.
 */

/** Planned time of one slide's part, in seconds from the start of the talk. */
export interface PacingWindow {
  start: number
  end: number
}

export interface PacingPlan {
  /** One window per slide (index = slide number − 1); slides before the first `minutes:` get [0, 0]. */
  windows: PacingWindow[]
  /** Sum of every valid `minutes:` value. */
  totalMinutes: number
  /** The headmatter's `timeSlot` in minutes, or null when absent or not a positive number. */
  slotMinutes: number | null
  /** Whether any slide plans its minutes (a deck without any shows no pacing). */
  planned: boolean
  /** Bad input, in Chinese: a `minutes:` that is not a positive number, a bad or short slot. Empty when fine. */
  problems: string[]
}

/** The timer as Slidev shares it between windows (`sharedState.timer`), times in ms since the epoch. */
export interface SharedTimer {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
  slides: Record<number, { start?: number, end?: number }>
}

export interface PacingStatus {
  /** Planned end of this slide's part, `mm:ss`. */
  plan: string
  /** Elapsed time on the timer, `mm:ss`, or null before the timer starts. */
  actual: string | null
  /** Whether the talk is ahead of, behind or within this slide's planned window. */
  tone: 'ahead' | 'behind' | 'onTime' | 'idle'
  /** The whole line, e.g. `计划06:30 · 实际07:10 · 慢40秒`. */
  line: string
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
}

/** A frontmatter value as a problem line quotes it; never throws (YAML can give any shape). */
function shown(value: unknown): string {
  if (typeof value === 'string')
    return `“${value}”`
  if (value === null || value === undefined)
    return '空'
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  try {
    return JSON.stringify(value) ?? '（无法显示的值）'
  }
  catch {
    return '（无法显示的值）'
  }
}

/** `1.5` → `1.5`, `20` → `20`: minutes as a speaker reads them. */
function minutesText(minutes: number): string {
  return String(Math.round(minutes * 100) / 100)
}

/**
 * The plan from each slide's `minutes` value (undefined when the slide gives none) and the headmatter's
 * `timeSlot`. Bad values never throw: they count as zero and are reported in `problems`.
 */
export function planPacing(minutes: readonly unknown[], timeSlot: unknown): PacingPlan {
  const windows: PacingWindow[] = []
  const bad: string[] = []
  let elapsed = 0
  let part: PacingWindow = { start: 0, end: 0 }
  let planned = false
  minutes.forEach((value, i) => {
    if (value !== undefined) {
      planned = true
      const seconds = isPositive(value) ? value * 60 : 0
      if (!isPositive(value))
        bad.push(`第${i + 1}页为${shown(value)}`)
      part = { start: elapsed, end: elapsed + seconds }
      elapsed += seconds
    }
    windows.push(part)
  })
  const totalMinutes = elapsed / 60
  const slotMinutes = isPositive(timeSlot) ? timeSlot : null
  const problems: string[] = []
  if (bad.length > 0)
    problems.push(`minutes 应为正数（分钟）：${bad.join('，')}。`)
  if (timeSlot !== undefined && slotMinutes === null)
    problems.push(`timeSlot 应为正数（分钟），现为${shown(timeSlot)}。`)
  if (slotMinutes !== null && totalMinutes > slotMinutes + 1e-9)
    problems.push(`各页计划合计${minutesText(totalMinutes)}分钟，超过时段${minutesText(slotMinutes)}分钟。`)
  return { windows, totalMinutes, slotMinutes, planned: planned || slotMinutes !== null, problems }
}

/** Slidev's `duration` (its clock's colour and progress bar) for a valid `timeSlot`, e.g. `20min`. */
export function slotDuration(timeSlot: unknown): string | undefined {
  return isPositive(timeSlot) ? `${timeSlot}min` : undefined
}

/** The plan's problems as one line (what `npm test` and the presenter view print), or '' when there are none. */
export function problemLine(plan: PacingPlan): string {
  return plan.problems.join('')
}

/** Why a deck's plan does not fill its slot exactly (what its test checks), or undefined when it does. */
export function slotMismatch(plan: PacingPlan): string | undefined {
  if (plan.slotMinutes === null)
    return '头部没有 timeSlot（本场时段，分钟）。'
  if (Math.abs(plan.totalMinutes - plan.slotMinutes) > 1e-9)
    return `各页计划合计${minutesText(plan.totalMinutes)}分钟，与时段${minutesText(plan.slotMinutes)}分钟不符。`
  return undefined
}

/** The totals beside the clock: `合计20分钟，时段20分钟`. */
export function totalLine(plan: PacingPlan): string {
  const total = `合计${minutesText(plan.totalMinutes)}分钟`
  return plan.slotMinutes === null ? total : `${total}，时段${minutesText(plan.slotMinutes)}分钟`
}

/** `mm:ss` (minutes may exceed 59) for a number of seconds, rounded down. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`
}

/** `40秒`, `1分05秒`. */
export function gapText(seconds: number): string {
  const s = Math.round(seconds)
  return s < 60 ? `${s}秒` : `${Math.floor(s / 60)}分${String(s % 60).padStart(2, '0')}秒`
}

/** Milliseconds the timer has run at `now`, or null while it is stopped. */
export function elapsedMs(timer: SharedTimer | undefined, now: number): number | null {
  if (!timer || timer.status === 'stopped' || !timer.startedAt)
    return null
  return Math.max(0, (timer.status === 'paused' ? timer.pausedAt : now) - timer.startedAt)
}

/** The timer started (from stopped) or resumed (from paused) at `now`; a running timer is returned as it is. */
export function resumeTimer(timer: SharedTimer, now: number): SharedTimer {
  if (timer.status === 'running' && timer.startedAt)
    return timer
  if (timer.status === 'paused' && timer.startedAt)
    return { ...timer, status: 'running', startedAt: now - (timer.pausedAt - timer.startedAt) }
  return { status: 'running', startedAt: now, pausedAt: 0, slides: {} }
}

/** The pacing line for slide `no` (1-based) with `elapsed` ms on the timer (null: not started). */
export function pacingStatus(plan: PacingPlan, no: number, elapsed: number | null): PacingStatus {
  const window = plan.windows[Math.min(Math.max(no, 1), plan.windows.length) - 1] ?? { start: 0, end: 0 }
  const plannedText = `计划${clockText(window.end)}`
  if (elapsed === null)
    return { plan: clockText(window.end), actual: null, tone: 'idle', line: `${plannedText} · 计时未开始` }
  const seconds = Math.floor(elapsed / 1000)
  const actual = clockText(seconds)
  let tone: PacingStatus['tone'] = 'onTime'
  let verdict = '按计划'
  if (seconds > window.end) {
    tone = 'behind'
    verdict = `慢${gapText(seconds - window.end)}`
  }
  else if (seconds < window.start) {
    tone = 'ahead'
    verdict = `快${gapText(window.start - seconds)}`
  }
  return { plan: clockText(window.end), actual, tone, line: `${plannedText} · 实际${actual} · ${verdict}` }
}
