/**
 * What a new deck takes from this project: the design folders whole, the tools and configs, and every local
 * module or component those files use (found by following their imports and template tags).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, posix } from 'node:path'
import { getDefaultConfig, parseSync } from '@slidev/parser'
import { DESIGN_FOLDERS } from '../shared/deckFolders'
import { listFiles } from '../shared/files'

/** Files and folders (relative paths) of this project that carry its design into every new deck. */
export const DESIGN_PATHS = [
  ...DESIGN_FOLDERS,
  'public',
  'index.html',
  'tsconfig.json',
  '.npmrc',
  '.gitignore',
  'package-lock.json',
  'scripts/fonts',
  'scripts/export',
  'scripts/vite',
  'scripts/vendor.d.ts',
  'scripts/shared/deckFolders.ts',
  'components/OutlineMap.vue',
  'logic/traceability.ts',
  'tests/unit/traceability.test.ts',
]

/** The one test file a new deck takes (the others test this project's own modules). */
const SHIPPED_TEST = 'tests/unit/traceability.test.ts'
const RE_ROOT_DESIGN = /^(?:[\w-]+\.d\.ts|global-(?:top|bottom)\.vue|(?!vitest)[\w-]+\.config\.(?:ts|js|mjs))$/
const RE_IMPORT = /(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g
const RE_TAG = /<([A-Z][A-Za-z0-9]+)[\s/>]/g
/** Extensions copied as text (so the cover title can be replaced); anything else is copied as bytes. */
export const TEXT_EXT = new Set(['.ts', '.vue', '.css', '.js', '.json', '.md', '.svg', '.txt', '.html', '.yaml', '.yml', ''])

function isFile(root: string, rel: string): boolean {
  return existsSync(join(root, rel)) && statSync(join(root, rel)).isFile()
}

/** The project files a file uses: relative imports, and in a Vue file the project components its template names. */
function localDependencies(root: string, rel: string): string[] {
  const text = readFileSync(join(root, rel), 'utf8')
  const deps: string[] = []
  for (const m of text.matchAll(RE_IMPORT)) {
    const base = posix.normalize(posix.join(posix.dirname(rel), m[1]!))
    const hit = [base, `${base}.ts`, `${base}.vue`, `${base}/index.ts`].find(c => isFile(root, c))
    if (hit && !hit.startsWith('..'))
      deps.push(hit)
  }
  if (rel.endsWith('.vue')) {
    for (const m of text.matchAll(RE_TAG)) {
      const c = `components/${m[1]}.vue`
      if (existsSync(join(root, c)))
        deps.push(c)
    }
  }
  return deps
}

/**
 * The design files to copy from `root`: {@link DESIGN_PATHS}, root-level type declarations, global layers and
 * tool configs, plus every local module they import and every project component their templates use (so
 * layouts and setup keep working). Tests are left out, but for the traceability test the deck ships.
 */
export function designFiles(root: string): string[] {
  const files = DESIGN_PATHS.flatMap(p => listFiles(root, p))
  for (const e of readdirSync(root)) {
    if (RE_ROOT_DESIGN.test(e) && e !== 'components.d.ts' && statSync(join(root, e)).isFile())
      files.push(e)
  }
  const seen = new Set(files)
  const queue = [...files]
  while (queue.length > 0) {
    const rel = queue.shift()!
    if (!/\.(?:ts|vue|js)$/.test(rel))
      continue
    for (const d of localDependencies(root, rel)) {
      if (!seen.has(d)) {
        seen.add(d)
        files.push(d)
        queue.push(d)
      }
    }
  }
  return files.filter(f => !/\.test\.ts$/.test(f) || f === SHIPPED_TEST).sort()
}

/**
 * The design files' contents for a deck titled `title`: this project's cover title replaced by it, SVG labels
 * made neutral. Binary files and the lockfile are copied as they are.
 */
export function copyDesign(root: string, title: string, coverTitle: string | undefined): Map<string, string | Buffer> {
  const out = new Map<string, string | Buffer>()
  for (const rel of designFiles(root)) {
    const data = readFileSync(join(root, rel))
    if (!TEXT_EXT.has(extname(rel)) || rel === 'package-lock.json') {
      out.set(rel, data)
      continue
    }
    let s = data.toString('utf8')
    if (coverTitle)
      s = s.split(coverTitle).join(title)
    if (rel.endsWith('.svg'))
      s = s.replace(/aria-label="[^"]*"/g, 'aria-label="简报"')
    out.set(rel, s)
  }
  return out
}

/** Deck-level settings of this project's headmatter (theme, fonts, canvas …), and its cover title. */
export function projectDeckConfig(root: string): { config: Record<string, unknown>, coverTitle?: string } {
  const path = join(root, 'slides.md')
  if (!existsSync(path))
    return { config: { theme: 'default' } }
  const md = parseSync(readFileSync(path, 'utf8'), path)
  const first = md.slides[0]
  const known = new Set(Object.keys(getDefaultConfig()))
  const own = new Set(['title', 'info', 'author', 'keywords', 'exportFilename'])
  const config = Object.fromEntries(Object.entries(first?.frontmatter ?? {}).filter(([k]) => known.has(k) && !own.has(k)))
  const coverTitle = first ? /^#\s+(\S.*)$/m.exec(first.content)?.[1]?.trim() : undefined
  return { config, coverTitle }
}
