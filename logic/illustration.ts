import type { ClicksContext } from '@slidev/types'
import type { ComputedRef, InjectionKey, Ref } from 'vue'
import { computed, inject, watch } from 'vue'
import { DECK_PALETTE } from './mermaidTheme'

/** Label every illustrative component carries. */
export const MODEL_LABEL = '示意模型，非统计数据'

/** Deck colours as CSS vars from styles/index.css, with the palette's hex values as fallbacks. */
export const PALETTE = Object.fromEntries(
  Object.entries(DECK_PALETTE).map(([name, hex]) => [name, `var(--deck-${name}, ${hex})`]),
) as { readonly [K in keyof typeof DECK_PALETTE]: string }

export interface StepInput {
  /** Slidev's current click count (`$clicks`), integer ≥ 0; undefined outside a slide. */
  clicks?: number
  /** Step forced by a prop; wins over clicks. Integer in [0, maxStep]; other values are clamped and reported. */
  override?: number
  /** The final (most informative) step, integer ≥ 0. */
  maxStep: number
  /** True when exporting without per-click pages: show the final step. */
  printFinal?: boolean
}

export interface StepResult {
  /** Step to show, integer in [0, maxStep]. */
  step: number
  /** Chinese message when `override` was unusable; undefined otherwise. */
  issue?: string
}

function clampInt(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)))
}

/**
 * Which state an illustration shows. Precedence: explicit `override`, then print (final state),
 * then Slidev's clicks, then (outside a slide) the final state.
 */
export function resolveStep(input: StepInput): StepResult {
  const maxStep = Number.isFinite(input.maxStep) ? Math.max(0, Math.floor(input.maxStep)) : 0
  const { override } = input
  if (override !== undefined && override !== null) {
    if (!Number.isFinite(override))
      return { step: maxStep, issue: `步骤参数无效（${String(override)}），已显示最终状态。` }
    const step = clampInt(override, 0, maxStep)
    if (step !== override)
      return { step, issue: `步骤参数${override}超出0～${maxStep}，已改为${step}。` }
    return { step }
  }
  if (input.printFinal || input.clicks === undefined || !Number.isFinite(input.clicks))
    return { step: maxStep }
  return { step: clampInt(input.clicks, 0, maxStep) }
}

// Slidev's injection keys are plain strings (see @slidev/client/constants.ts); reading them with inject()
// keeps the components mountable without Slidev (tests, other hosts).
const clicksKey = '$$slidev-clicks-context' as unknown as InjectionKey<Ref<ClicksContext>>
const slidevKey = '$$slidev-context' as unknown as InjectionKey<{ nav?: { isPrintMode?: boolean, isPrintWithClicks?: boolean } }>

/** The step driven by the slide's clicks (0…maxStep), or by `override()` when that returns a value. */
export function useClickStep(maxStep: number, override: () => number | undefined): ComputedRef<StepResult> {
  const clicks = inject(clicksKey, null)
  const slidev = inject(slidevKey, null)
  return computed(() => resolveStep({
    clicks: clicks?.value?.current,
    override: override(),
    maxStep,
    printFinal: Boolean(slidev?.nav?.isPrintMode) && !slidev?.nav?.isPrintWithClicks,
  }))
}

/** Emit one console warning per distinct set of issues (not one per re-render). */
export function useIssueWarning(source: string, issues: () => readonly string[]): void {
  let last = ''
  watch(() => issues().join('；'), (message) => {
    if (message && message !== last)
      console.warn(`[${source}] ${message}`)
    last = message
  }, { immediate: true })
}

/** Index of the neighbour a key moves to in a row of `count` controls, or null for other keys. */
export function arrowTarget(key: string, index: number, count: number): number | null {
  if (count <= 0)
    return null
  if (key === 'ArrowRight' || key === 'ArrowDown')
    return (index + 1) % count
  if (key === 'ArrowLeft' || key === 'ArrowUp')
    return (index - 1 + count) % count
  if (key === 'Home')
    return 0
  if (key === 'End')
    return count - 1
  return null
}

/** Keys a presentation clicker sends; a focused control must not swallow them. */
const DECK_KEYS = new Set(['PageDown', 'PageUp'])

/**
 * Slidev ignores its shortcuts while a button or input has focus. On a clicker key, release focus so the
 * deck still advances (the event goes on to Slidev's listener), and cancel the key's default action so a
 * focused range input does not also jump by a page.
 */
export function releaseFocusOnDeckKey(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null
  if (!DECK_KEYS.has(event.key) || !target || typeof target.blur !== 'function')
    return
  event.preventDefault()
  target.blur()
}

/** After a mouse click (not a keyboard press) drop focus so a clicker keeps working. */
export function blurAfterPointer(event: MouseEvent): void {
  if (event.detail > 0)
    (event.currentTarget as HTMLElement | null)?.blur()
}

/** SVG polyline points for `values` spread evenly across a box, `domain` mapped bottom to top. */
export function polylinePoints(values: readonly number[], box: { x: number, y: number, width: number, height: number }, domain: readonly [number, number]): string {
  const [lo, hi] = domain
  const span = hi - lo || 1
  const step = values.length > 1 ? box.width / (values.length - 1) : 0
  return values.map((v, i) => {
    const t = Number.isFinite(v) ? Math.min(1, Math.max(0, (v - lo) / span)) : 0
    return `${Number((box.x + i * step).toFixed(2))},${Number((box.y + (1 - t) * box.height).toFixed(2))}`
  }).join(' ')
}

/**
 * Arrow-key handling for a row of buttons: moves focus to the neighbour and calls `select` with its index.
 * Returns true when the key was handled.
 */
export function rowKeydown(event: KeyboardEvent, index: number, count: number, select: (index: number) => void): boolean {
  const next = arrowTarget(event.key, index, count)
  if (next === null)
    return false
  event.preventDefault()
  select(next)
  const sibling = (event.currentTarget as HTMLElement | null)?.parentElement?.children[next]
  if (sibling && 'focus' in sibling)
    (sibling as HTMLElement).focus()
  return true
}

/** Smallest "round" number (1, 1.5, 2, 3, 4, 5, 6 or 8 × a power of ten) at or above `x`; 1 for x ≤ 0 or NaN. */
export function niceCeil(x: number): number {
  if (!(x > 0))
    return 1
  if (!Number.isFinite(x))
    return Number.MAX_VALUE
  const power = 10 ** Math.floor(Math.log10(x))
  for (const m of [1, 1.5, 2, 3, 4, 5, 6, 8, 10]) {
    if (m * power >= x - 1e-9 * power)
      return m * power
  }
  return 10 * power
}
