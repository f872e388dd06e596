/**
 * Serves the deck's `@font-face` rules as the CSS module `virtual:deck-fonts.css`, written from the one face
 * list (logic/fontFaces.ts) instead of a hand-kept copy. The module id ends in `.css`, so Vite treats it as any
 * stylesheet: its root-relative URLs to public/fonts/generated/ are rewritten to the deck's base, which keeps
 * them working under `--base ./` and any sub-path.
 */
import type { Plugin } from 'vite'
import { fontFaceCss } from '../fonts/css'

/** What the deck imports (setup/main.ts). */
export const DECK_FONTS_MODULE = 'virtual:deck-fonts.css'

/** Vite's convention for a virtual module's resolved id: a leading NUL keeps other plugins off it. */
const RESOLVED_ID = `\0${DECK_FONTS_MODULE}`

export function deckFonts(): Plugin {
  return {
    name: 'deck-fonts',
    resolveId(id) {
      return id === DECK_FONTS_MODULE ? RESOLVED_ID : undefined
    },
    load(id) {
      return id === RESOLVED_ID ? fontFaceCss() : undefined
    },
  }
}
