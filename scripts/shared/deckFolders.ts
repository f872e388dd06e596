/**
 * The one list of what a deck is made of. The font subsetter reads its text from here, the browser tests hash
 * it to know when to rebuild, the benchmark copies it, the scaffold copies the design part of it, and
 * vitest.config.ts looks for deck tests in it. A new deck folder goes here and nowhere else.
 */
import { listFiles } from './files'

/**
 * Folders holding code or text that runs or shows in the deck (Slidev's conventional folders plus this
 * project's `logic/` and `content/`). Nothing in them may import Node-only code.
 */
export const DECK_FOLDERS = ['components', 'content', 'layouts', 'logic', 'pages', 'setup', 'styles'] as const

export type DeckFolder = typeof DECK_FOLDERS[number]

/**
 * The folders a scaffolded deck takes whole: the design. The others hold this article's own material, of
 * which a new deck gets only the files the design imports.
 */
export const DESIGN_FOLDERS: readonly DeckFolder[] = ['layouts', 'setup', 'styles']

/** Root-level files Slidev reads when it builds the deck (those that exist). */
export const DECK_ROOT_FILES = [
  'slides.md',
  'index.html',
  'global-top.vue',
  'global-bottom.vue',
  'custom-nav-controls.vue',
  'vite.config.ts',
  'uno.config.ts',
  'unocss.config.ts',
] as const

/**
 * Folders a build reads besides the deck folders: static files, the Vite plugins vite.config.ts loads, and the
 * font step (its faces in public/ and the `@font-face` rules the fonts plugin serves).
 */
export const BUILD_SUPPORT_FOLDERS = ['public', 'scripts/vite', 'scripts/fonts'] as const

/**
 * Folders outside the deck folders whose text still reaches the screen: the dictionary that puts Slidev's own
 * interface into Chinese (scripts/vite/slidevChinese.ts). Their strings go into the font subset.
 */
export const SCREEN_TEXT_FOLDERS = ['scripts/vite/i18n'] as const

/** Vitest glob for the tests that sit beside deck code (DOM-free models, data), e.g. `logic/smileCurve.test.ts`. */
export const DECK_TEST_GLOB = `{${DECK_FOLDERS.join(',')}}/**/*.test.ts`

/** Whether a `/`-separated project path lies inside one of the {@link DECK_FOLDERS}. */
export function inDeckFolder(path: string): boolean {
  const top = path.replace(/\\/g, '/').split('/')[0]!
  return path.includes('/') && (DECK_FOLDERS as readonly string[]).includes(top)
}

/** Whether a `/`-separated project path lies inside one of the {@link SCREEN_TEXT_FOLDERS}. */
export function inScreenTextFolder(path: string): boolean {
  const p = path.replace(/\\/g, '/')
  return SCREEN_TEXT_FOLDERS.some(dir => p.startsWith(`${dir}/`))
}

/** Every file of the deck folders and the screen-text folders under `root`, `/`-separated and relative to it, sorted. */
export function deckFolderFiles(root: string): string[] {
  return [...DECK_FOLDERS, ...SCREEN_TEXT_FOLDERS].flatMap(dir => listFiles(root, dir)).sort()
}
