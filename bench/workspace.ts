/**
 * The two decks the bench compares, each a snapshot of the project's files in its own folder:
 *
 * - `ours`: every file a clean clone has (tracked and not-ignored files), built as `npm run build` does
 *   (`scripts/fonts/index.ts`, then `slidev build --base ./`). A fresh copy has no font cache, so the font
 *   subsetting runs cold, as on a clean clone; the project's own dist/ and public/fonts/generated/ stay untouched.
 * - `defaults`: the same slides.md, components/, layouts/, logic/, content/ and global-bottom.vue, but without
 *   the project's fonts, setup, styling and Vite plugins: no styles/, setup/, public/, index.html, vite.config.ts
 *   or scripts/, and no `fonts:` / `favicon:` headmatter,
 *   so Slidev falls back to theme-default's Google Fonts, its CDN favicon and its own Mermaid theme.
 *   Built with a plain `slidev build`.
 *
 * node_modules/ of each copy is a real folder of symlinks to the project's packages, so Vite and the font
 * script keep their caches inside the copy.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { inDeckFolder } from '../scripts/shared/deckFolders'
import { stripHeadmatterKeys } from './stats'

/** What a build and its font and export steps read: root-level files, the deck folders, public/ and scripts/. */
function isBuildInput(path: string): boolean {
  return !path.includes('/') || inDeckFolder(path) || path.startsWith('public/') || path.startsWith('scripts/')
}

/**
 * What the defaults copy leaves out: the project's fonts, global styles, Mermaid setup and public files (fonts,
 * favicon), its index.html (cover-face preloads) and its Vite plugins (vite.config.ts and scripts/: the prerendered
 * cover, the runtime aliases).
 */
export const DEFAULTS_DROPPED_DIRS = ['styles/', 'setup/', 'public/', 'index.html', 'vite.config.ts', 'scripts/'] as const
/** Headmatter keys the defaults copy removes, so Slidev's defaults apply. */
export const DEFAULTS_DROPPED_KEYS = ['fonts', 'favicon'] as const

/** Caches in the project's node_modules that must not be shared with the copies. */
const PRIVATE_NODE_MODULES = new Set(['.cache', '.vite', '.vite-temp', '.tmp'])

/** Files a clean clone of `root` would have: tracked plus untracked-but-not-ignored, minus deleted ones. */
export function cloneFiles(root: string): string[] {
  let out: string
  try {
    out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
  }
  catch {
    throw new Error(`bench: cannot list the project's files with git in ${root} (the bench runs from a git clone)`)
  }
  return out.split('\0').filter(p => p && existsSync(join(root, p)) && statSync(join(root, p)).isFile())
}

function linkNodeModules(root: string, dest: string): void {
  const from = join(root, 'node_modules')
  if (!existsSync(from))
    throw new Error('bench: node_modules/ is missing; run npm install first')
  const to = join(dest, 'node_modules')
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from)) {
    if (!PRIVATE_NODE_MODULES.has(entry))
      symlinkSync(join(from, entry), join(to, entry))
  }
}

function copyFiles(root: string, dest: string, files: readonly string[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(dest, file)), { recursive: true })
    copyFileSync(join(root, file), join(dest, file))
  }
}

export interface Workspaces {
  ours: string
  defaults: string
}

/** Make `<work>/ours` and `<work>/defaults` from the project at `root`. */
export function prepareWorkspaces(root: string, work: string): Workspaces {
  const files = cloneFiles(root).filter(isBuildInput)
  if (!files.includes('slides.md'))
    throw new Error(`bench: no slides.md in ${root}`)
  const ours = join(work, 'ours')
  const defaults = join(work, 'defaults')

  copyFiles(root, ours, files)
  linkNodeModules(root, ours)

  copyFiles(root, defaults, files.filter(f => !DEFAULTS_DROPPED_DIRS.some(dir => f.startsWith(dir))))
  const slides = readFileSync(join(root, 'slides.md'), 'utf8')
  writeFileSync(join(defaults, 'slides.md'), stripHeadmatterKeys(slides, DEFAULTS_DROPPED_KEYS))
  linkNodeModules(root, defaults)
  return { ours, defaults }
}
