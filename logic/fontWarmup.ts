import type { FontLoader } from './mermaidTheme'
import { DECK_FONT_FACES } from './fontFaces'

/**
 * The deck-scope faces of {@link DECK_FONT_FACES} as CSS font shorthands. The first slide paints with the
 * cover's small faces; these are fetched in the background once it has, so the next slide never waits.
 */
export const DECK_FACE_SPECS: readonly string[] = DECK_FONT_FACES
  .filter(face => face.scope === 'deck')
  .map(face => `${face.weight} 16px "${face.family}"`)

/** What {@link scheduleFontWarmup} needs from `window`; injectable for tests. */
export interface WarmupHost {
  /** `document.readyState`: 'loading' | 'interactive' | 'complete'. */
  readyState: string
  addEventListener: (type: 'load', listener: () => void, options?: { once?: boolean }) => void
  setTimeout: (handler: () => void, ms: number) => unknown
}

/**
 * Load every face in `specs`. A failed background load is not an error here (the slide that uses the face asks
 * again, and the diagram setup reports a font that never loads), so this never rejects.
 */
export async function warmUpFonts(fonts: FontLoader | undefined, specs: readonly string[] = DECK_FACE_SPECS): Promise<number> {
  if (!fonts)
    return 0
  const results = await Promise.allSettled(specs.map(spec => fonts.load(spec, '中A')))
  return results.filter(r => r.status === 'fulfilled').length
}

/**
 * Warm the deck faces up `delayMs` after the page has loaded (at once if it already has): after the first
 * paint, never in its way.
 */
export function scheduleFontWarmup(host: WarmupHost, fonts: FontLoader | undefined, delayMs = 1000): void {
  const start = (): void => {
    host.setTimeout(() => void warmUpFonts(fonts), delayMs)
  }
  if (host.readyState === 'complete')
    start()
  else
    host.addEventListener('load', start, { once: true })
}
