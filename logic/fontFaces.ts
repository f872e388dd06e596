/**
 * The web font faces the deck ships: the one list. The font subsetter (scripts/fonts) makes a WOFF2 file for
 * each, the deck's `@font-face` rules are generated from it (scripts/vite/deckFonts.ts), and the deck warms
 * the deck-scope faces up from it (fontWarmup.ts). Plain data, safe in the browser.
 */

/** A family name the deck's styles use. */
export type DeckFamily = 'Deck Sans' | 'Deck Serif' | 'Deck Cover Sans' | 'Deck Cover Serif'

/** One web font face the deck ships. */
export interface DeckFontFace {
  /** CSS family name used by the deck's styles. */
  family: DeckFamily
  /**
   * Which characters it holds: `deck`, every character the deck uses; `cover`, only those of the first
   * slide (so the first paint downloads a few KB, not the whole deck's glyphs; the cover layout falls
   * back to the deck faces for anything else).
   */
  scope: 'deck' | 'cover'
  /** CSS font-weight, 100–900. */
  weight: number
  /** npm package that holds the full source font. */
  pkg: string
  /** Path of the source TTF inside {@link DeckFontFace.pkg}. */
  file: string
  /** File name of the generated WOFF2 inside {@link GENERATED_FONT_DIR}. */
  output: string
}

/** Folder (under `public/`) that the generated faces are written to and served from. */
export const GENERATED_FONT_DIR = 'fonts/generated'

const SANS_400 = { pkg: '@expo-google-fonts/noto-sans-sc', file: '400Regular/NotoSansSC_400Regular.ttf' } as const
const SANS_700 = { pkg: '@expo-google-fonts/noto-sans-sc', file: '700Bold/NotoSansSC_700Bold.ttf' } as const
const SERIF_700 = { pkg: '@expo-google-fonts/noto-serif-sc', file: '700Bold/NotoSerifSC_700Bold.ttf' } as const

/** The faces the deck ships: body text in two weights, headings in one, and the cover's two small faces. */
export const DECK_FONT_FACES: readonly DeckFontFace[] = [
  { family: 'Deck Sans', scope: 'deck', weight: 400, ...SANS_400, output: 'deck-sans-400.woff2' },
  { family: 'Deck Sans', scope: 'deck', weight: 700, ...SANS_700, output: 'deck-sans-700.woff2' },
  { family: 'Deck Serif', scope: 'deck', weight: 700, ...SERIF_700, output: 'deck-serif-700.woff2' },
  { family: 'Deck Cover Sans', scope: 'cover', weight: 400, ...SANS_400, output: 'deck-cover-sans-400.woff2' },
  { family: 'Deck Cover Serif', scope: 'cover', weight: 700, ...SERIF_700, output: 'deck-cover-serif-700.woff2' },
]

/** The deck family a face stands for: the cover faces are small stand-ins for the deck faces. */
export function baseFamily(family: DeckFamily): 'Deck Sans' | 'Deck Serif' {
  return family.endsWith('Serif') ? 'Deck Serif' : 'Deck Sans'
}
