import type { ComputedRef, ShallowRef } from 'vue'
import { computed, shallowRef, watch } from 'vue'
import { useOptionalSlideContext } from '../slideContext'
import { useIssueWarning } from '../useIssueWarning'
import { resolveStep } from './step'

export interface IllustrationStepOptions<Manual, Model extends { issues: readonly string[] }> {
  /** Component name, the prefix of its console warning, e.g. `'SmileCurve'`. */
  name: string
  /** The final (most informative) step, integer ≥ 0: shown outside a slide and in a print without clicks. */
  maxStep: number
  /** Step forced by a prop, winning over the clicks (usually `() => props.step`); undefined to follow them. */
  override: () => number | undefined
  /** The model shown at `step`, or for `manual` once the viewer has changed the state by hand (else null). */
  model: (step: number, manual: Manual | null) => Model
}

export interface IllustrationStep<Manual, Model> {
  /** Step from the override, the print mode or the slide's clicks; integer in [0, maxStep]. */
  step: ComputedRef<number>
  /** State set by hand (a chip, a toggle, a slider); null follows `step`. Cleared whenever `step` changes. */
  manual: ShallowRef<Manual | null>
  /** What the illustration draws now. */
  model: ComputedRef<Model>
  /** Chinese messages for bad input: the step's first, then the model's; warned once per distinct set. */
  issues: ComputedRef<string[]>
}

/**
 * The stepped state every illustration shares: Slidev's clicks (or a `step` prop, or the final state in a
 * print and outside a slide) choose the step; the viewer may change the state by hand; the next click
 * drops that change again; input problems are listed for the slide and warned once in the console.
 */
export function useIllustrationStep<Manual, Model extends { issues: readonly string[] }>(
  options: IllustrationStepOptions<Manual, Model>,
): IllustrationStep<Manual, Model> {
  const slide = useOptionalSlideContext()
  const resolved = computed(() => resolveStep({
    clicks: slide.clicks(),
    override: options.override(),
    maxStep: options.maxStep,
    printFinal: slide.printsFinal(),
  }))
  const step = computed(() => resolved.value.step)
  const manual = shallowRef<Manual | null>(null)
  watch(step, () => (manual.value = null))
  const model = computed(() => options.model(step.value, manual.value))
  const issues = computed(() => [resolved.value.issue, ...model.value.issues].filter((x): x is string => Boolean(x)))
  useIssueWarning(options.name, () => issues.value)
  return { step, manual, model, issues }
}
