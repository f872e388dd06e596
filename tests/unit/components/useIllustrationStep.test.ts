// @vitest-environment happy-dom
import type { IllustrationStep } from '../../../logic/illustrations/useIllustrationStep'
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { useIllustrationStep } from '../../../logic/illustrations/useIllustrationStep'
import { useOptionalSlideContext } from '../../../logic/slideContext'
import { slidevHost } from './slidev'

interface Shown { issues: string[], label: string }

/**
 * A two-line illustration with steps 0–3: its model names the step (or the hand-set label) and reports
 * an issue for the label 'bad'. Mounts it and hands back the composable's result.
 */
function harness(options: { override?: () => number | undefined, global?: ReturnType<typeof slidevHost>['global'] } = {}) {
  let state!: IllustrationStep<string, Shown>
  const Harness = defineComponent({
    setup() {
      state = useIllustrationStep({
        name: 'Harness',
        maxStep: 3,
        override: options.override ?? (() => undefined),
        model: (step, manual: string | null) => {
          const label = manual ?? `step ${step}`
          return { label, issues: label === 'bad' ? ['bad label'] : [] }
        },
      })
      return () => h('p', state.model.value.label)
    },
  })
  const wrapper = mount(Harness, { global: options.global })
  return { wrapper, state }
}

describe('useIllustrationStep', () => {
  afterEach(() => vi.restoreAllMocks())

  it('should follow the slide\'s clicks', async () => {
    const { context, global } = slidevHost(1)
    const { wrapper } = harness({ global })
    expect(wrapper.text()).toBe('step 1')
    context.value.current = 2
    await nextTick()
    expect(wrapper.text()).toBe('step 2')
  })

  it('should show the final step outside a slide and in a print without clicks, the clicked one in a print with clicks', () => {
    expect(harness().wrapper.text()).toBe('step 3')
    expect(harness({ global: slidevHost(1, { isPrintMode: true }).global }).wrapper.text()).toBe('step 3')
    expect(harness({ global: slidevHost(1, { isPrintMode: true, isPrintWithClicks: true }).global }).wrapper.text()).toBe('step 1')
  })

  it('should let the override win over the clicks', () => {
    const { wrapper } = harness({ override: () => 0, global: slidevHost(2).global })
    expect(wrapper.text()).toBe('step 0')
  })

  it('should show a state set by hand until the next click, then follow the clicks again', async () => {
    const { context, global } = slidevHost(0)
    const { wrapper, state } = harness({ global })
    state.manual.value = 'by hand'
    await nextTick()
    expect(wrapper.text()).toBe('by hand')
    context.value.current = 1
    await nextTick()
    expect(wrapper.text()).toBe('step 1')
    expect(state.manual.value).toBeNull()
  })

  it('should list the step\'s issue before the model\'s and warn once per distinct set', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const step = ref(7)
    const { state } = harness({ override: () => step.value })
    state.manual.value = 'bad'
    await nextTick()
    expect(state.issues.value).toEqual(['步骤参数7超出0～3，已改为3。', 'bad label'])
    state.manual.value = 'bad'
    await nextTick()
    expect(warn.mock.calls).toEqual([
      ['[Harness] 步骤参数7超出0～3，已改为3。'],
      ['[Harness] 步骤参数7超出0～3，已改为3。；bad label'],
    ])
  })
})

describe('useOptionalSlideContext', () => {
  it('should give empty answers outside Slidev instead of throwing', () => {
    let context!: ReturnType<typeof useOptionalSlideContext>
    mount(defineComponent({
      setup() {
        context = useOptionalSlideContext()
        return () => h('p')
      },
    }))
    expect(context.clicks()).toBeUndefined()
    expect(context.printsFinal()).toBe(false)
    expect(context.slides()).toEqual([])
    expect(() => context.go(3)).not.toThrow()
  })
})
