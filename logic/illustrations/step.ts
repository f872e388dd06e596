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
