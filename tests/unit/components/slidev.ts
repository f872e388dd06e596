import type { ClicksContext } from '@slidev/types'
import type { App, Ref } from 'vue'
import type { SlidevContextValue } from '../../../logic/slideContext'
import { injectionClicksContext, injectionSlidevContext } from '@slidev/client/constants.ts'
import { reactive, ref } from 'vue'

/** The part of Slidev's navigation the deck's components read. */
export interface FakeNav {
  isPrintMode?: boolean
  isPrintWithClicks?: boolean
  slides?: { no: number, meta: { slide: { frontmatter: Record<string, unknown> } } }[]
  go?: (no: number) => unknown
}

/**
 * A stand-in for the slide a component sits on: provides, under Slidev's own injection keys, a click
 * context at `clicks` and a navigation, so tests drive clicks and print mode without running Slidev.
 * Use as `mount(Component, { global })`; change `context.value.current` to click.
 */
export function slidevHost(clicks: number, nav: FakeNav = {}) {
  const context = ref({ current: clicks })
  const slidev = reactive({ nav: { isPrintMode: false, isPrintWithClicks: false, ...nav } })
  const plugin = {
    install(app: App) {
      // only the fields above exist: the components read no other part of Slidev's context
      app.provide(injectionClicksContext, context as unknown as Ref<ClicksContext>)
      app.provide(injectionSlidevContext, slidev as unknown as SlidevContextValue)
    },
  }
  return { context, global: { plugins: [plugin] } }
}
