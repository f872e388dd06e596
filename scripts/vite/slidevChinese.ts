/**
 * Vite plugin: Slidev's own interface in Chinese. Slidev has no i18n (slidevjs/slidev#2205), so this replaces
 * exact pieces of @slidev/client's source (`title="Go to next slide"` → `title="下一步"`) as Vite loads them,
 * from one dictionary per language (scripts/vite/i18n/zh-CN.ts).
 *
 * The dictionary is pinned to the Slidev version it was written for: at start-up (dev, build, export) the plugin
 * fails, naming the dictionary, when the installed @slidev/client has another version or when an entry no longer
 * matches its file, so an upgrade cannot silently bring English back.
 */
import type { Plugin } from 'vite'
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ZH_CN } from './i18n/zh-CN'

/** One replacement: an exact piece of Slidev's source (every occurrence) and what it becomes. */
export type UiEntry = readonly [from: string, to: string]

/** A language's replacements for @slidev/client. */
export interface UiDictionary {
  /** The @slidev/client version every entry was written and checked against, e.g. `52.20.1`. */
  slidevVersion: string
  /** Entries per file, keyed by the file's path inside @slidev/client (`internals/NavControls.vue`). */
  files: Readonly<Record<string, readonly UiEntry[]>>
}

export interface SlidevChineseOptions {
  /** Replacements to apply; default: the zh-CN dictionary. */
  dictionary?: UiDictionary
  /** Path of the dictionary file, as messages name it; default: scripts/vite/i18n/zh-CN.ts. */
  dictionaryFile?: string
  /** Folder of @slidev/client; default: resolved from the current working folder. */
  clientRoot?: string
}

/** The dictionary does not fit the installed Slidev; the message is one line naming the dictionary. */
export class DictionaryError extends Error {
  override name = 'DictionaryError'
}

const DEFAULT_DICTIONARY_FILE = fileURLToPath(new URL('./i18n/zh-CN.ts', import.meta.url))

/** Replace every occurrence of each entry's source; `unmatched` lists the entries that occurred nowhere. */
export function applyEntries(code: string, entries: readonly UiEntry[]): { code: string, unmatched: UiEntry[] } {
  const unmatched: UiEntry[] = []
  for (const entry of entries) {
    const [from, to] = entry
    const parts = code.split(from)
    if (parts.length === 1)
      unmatched.push(entry)
    else
      code = parts.join(to)
  }
  return { code, unmatched }
}

function shortSnippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat
}

function staleMessage(dictionaryFile: string, version: string, stale: readonly (readonly [file: string, entry: UiEntry])[]): string {
  const shown = stale.slice(0, 4).map(([file, [from]]) => `${file} “${shortSnippet(from)}”`).join('；')
  const more = stale.length > 4 ? `……共${stale.length}条` : ''
  return `界面词典 ${dictionaryFile} 有${stale.length}条不再匹配 @slidev/client ${version} 的源码：${shown}${more}。请按新版源码改写这些条目，界面才不会退回英文。`
}

/**
 * What keeps `dictionary` from fitting the @slidev/client in `clientRoot`: another version, or entries that match
 * nothing in their file (a missing file counts as no match). One line each; empty when it fits.
 */
export function checkDictionary(dictionary: UiDictionary, clientRoot: string, dictionaryFile: string): string[] {
  const problems: string[] = []
  const pkgPath = join(clientRoot, 'package.json')
  const version = existsSync(pkgPath) ? String(JSON.parse(readFileSync(pkgPath, 'utf8')).version) : '（未找到）'
  if (version !== dictionary.slidevVersion)
    problems.push(`界面词典 ${dictionaryFile} 是为 Slidev ${dictionary.slidevVersion} 写的，现装的 @slidev/client 是 ${version}。请逐条核对新版界面文字，补齐后把 slidevVersion 改为 ${version}。`)
  const stale: [string, UiEntry][] = []
  for (const [file, entries] of Object.entries(dictionary.files)) {
    const path = join(clientRoot, file)
    const code = existsSync(path) ? readFileSync(path, 'utf8') : ''
    for (const entry of applyEntries(code, entries).unmatched)
      stale.push([file, entry])
  }
  if (stale.length > 0)
    problems.push(staleMessage(dictionaryFile, version, stale))
  return problems
}

/** Folder of the @slidev/client package that `from` resolves, symlinks resolved. */
export function resolveClientRoot(from: string = process.cwd()): string {
  const require = createRequire(join(from, 'package.json'))
  return realpathSync(dirname(require.resolve('@slidev/client/package.json')))
}

/** Path of a module id inside `clientRoot` (posix), or undefined for other modules and Vue sub-blocks. */
export function clientFileOf(id: string, clientRoot: string): string | undefined {
  const [path, query] = id.split('?', 2) as [string, string | undefined]
  if (query !== undefined && !/^v=[\w.-]+$/.test(query))
    return undefined
  const rel = relative(clientRoot, path).replace(/\\/g, '/')
  return rel && !rel.startsWith('..') && !rel.startsWith('/') ? rel : undefined
}

/** The Vite plugin; register it in vite.config.ts. */
export function slidevChinese(options: SlidevChineseOptions = {}): Plugin {
  const dictionary = options.dictionary ?? ZH_CN
  const dictionaryFile = relative(process.cwd(), options.dictionaryFile ?? DEFAULT_DICTIONARY_FILE) || (options.dictionaryFile ?? DEFAULT_DICTIONARY_FILE)
  let clientRoot = options.clientRoot ?? ''
  return {
    name: 'deck:slidev-chinese',
    // Before @vitejs/plugin-vue compiles the SFCs and before Slidev's flag plugin rewrites them.
    enforce: 'pre',
    configResolved(config) {
      clientRoot = options.clientRoot ?? resolveClientRoot(config.root)
      const problems = checkDictionary(dictionary, clientRoot, dictionaryFile)
      if (problems.length > 0)
        throw new DictionaryError(problems.join(' '))
    },
    transform(code, id) {
      const file = clientFileOf(id, clientRoot)
      const entries = file === undefined ? undefined : dictionary.files[file]
      if (!entries)
        return undefined
      const result = applyEntries(code, entries)
      // The file on disk matched (configResolved); not matching here means another plugin changed it first.
      if (result.unmatched.length > 0)
        throw new DictionaryError(staleMessage(dictionaryFile, dictionary.slidevVersion, result.unmatched.map(e => [file!, e] as const)))
      return { code: result.code, map: null }
    },
  }
}
