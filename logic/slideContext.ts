import type { SlideRoute } from '@slidev/types'
import type { InjectionKey } from 'vue'
// With the extension, as Slidev's own generated code imports it: Slidev aliases `@slidev/client/*` to the
// client's files, and that alias does not add extensions.
import { injectionClicksContext, injectionSlidevContext } from '@slidev/client/constants.ts'
import { inject } from 'vue'

/** What Slidev provides under `injectionSlidevContext`. */
export type SlidevContextValue = typeof injectionSlidevContext extends InjectionKey<infer T> ? T : never

/**
 * Slidev's navigation as the deck reads it. At run time it is the full `useNav()` state, print mode
 * included; the context's declared type names only the navigation part.
 */
type DeckNav = Partial<SlidevContextValue['nav']> & { isPrintMode?: boolean, isPrintWithClicks?: boolean }

/** What the deck's components read from the slide they are on. */
export interface OptionalSlideContext {
  /** Slidev's click count on this slide (`$clicks`); undefined outside a slide. */
  clicks: () => number | undefined
  /** True when exporting without a page per click, so the final state is what gets printed. */
  printsFinal: () => boolean
  /** Every slide's route (number and frontmatter); empty outside Slidev. */
  slides: () => readonly SlideRoute[]
  /** Go to slide `no`; does nothing outside Slidev. */
  go: (no: number) => void
}

/**
 * The slide context through Slidev's own injection keys (@slidev/client/constants), or empty answers where
 * there is no slide. Slidev's `useSlideContext()` assumes a slide (it dereferences the injections unchecked);
 * the deck's components must also mount without Slidev (unit tests), where they show their final state.
 * Call it in `setup()`.
 */
export function useOptionalSlideContext(): OptionalSlideContext {
  const clicks = inject(injectionClicksContext, null)
  const slidev = inject(injectionSlidevContext, null)
  const nav = (): DeckNav | undefined => slidev?.nav
  return {
    clicks: () => clicks?.value?.current,
    printsFinal: () => Boolean(nav()?.isPrintMode) && !nav()?.isPrintWithClicks,
    slides: () => (nav()?.slides ?? []) as readonly SlideRoute[],
    go: (no) => {
      void nav()?.go?.(no)
    },
  }
}
