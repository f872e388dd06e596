/**
 * Subsets the deck's fonts to the characters the deck uses and writes them to public/fonts/generated/, with a
 * cache stamp in node_modules/.cache so an unchanged deck costs well under a second.
 */
import type { DeckFontFace } from '../../logic/fontFaces'
import type { DeckCharSet } from './chars'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { baseFamily, DECK_FONT_FACES, GENERATED_FONT_DIR } from '../../logic/fontFaces'
import { writeAtomic } from '../shared/files'
import { PROJECT_ROOT } from '../shared/projectRoot'
import { collectDeckChars, firstFrameUiChars, readCoverChars, readDeckSources } from './chars'
import { subsetAll } from './subsetPool'

/** All deck faces together must stay under this many bytes on the wire. */
export const FONT_BUDGET_BYTES = 600 * 1024

/** Bump when the subsetting options below change, so cached output is regenerated. */
const SCRIPT_VERSION = 2

/** harfbuzz options: no hinting (screen rendering of CJK ignores it) and no GSUB closure (vertical forms, other locales). */
const SUBSET_OPTIONS = { targetFormat: 'woff2', noHinting: true, noLayoutClosure: true } as const

export interface GeneratedFace {
  /** The face this file renders. */
  face: DeckFontFace
  /** Absolute path of the generated WOFF2. */
  path: string
  /** Size of the WOFF2 in bytes (what goes over the wire). */
  bytes: number
}

export interface EnsureFontsResult {
  /** False when the cached output was still valid and nothing was written. */
  changed: boolean
  /** Cache key: hash of the character set, the faces and the tool versions. */
  hash: string
  /** The characters the subset covers, and where each is used. */
  charSet: DeckCharSet
  /** The characters the cover faces hold (the first slide's), sorted by code point. */
  coverChars: string[]
  /** One entry per face in {@link DECK_FONT_FACES}. */
  files: GeneratedFace[]
  /** Sum of {@link GeneratedFace.bytes}. */
  totalBytes: number
}

export interface EnsureFontsOptions {
  /** Project root; defaults to this repository. */
  root?: string
  /** Regenerate even when the cache says the output is current. */
  force?: boolean
  /** Progress lines; defaults to silence. */
  log?: (line: string) => void
}

/** A problem the user can fix; its message is printed without a stack trace. */
export class FontsError extends Error {}

interface Stamp { hash: string, sizes: Record<string, number> }

/** Stable cache key of a character set and everything else that shapes the output. */
export function charSetHash(chars: readonly string[], salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(chars.join('')).digest('hex').slice(0, 16)
}

function packageVersion(root: string, pkg: string): string {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string
  }
  catch {
    return 'missing'
  }
}

/** Absolute path of a face's source TTF, or a {@link FontsError} saying what to install. */
export function sourceFontPath(face: DeckFontFace, root: string = PROJECT_ROOT): string {
  const require = createRequire(join(root, 'package.json'))
  let pkgDir: string
  try {
    pkgDir = dirname(require.resolve(`${face.pkg}/package.json`))
  }
  catch {
    pkgDir = join(root, 'node_modules', face.pkg)
  }
  const path = join(pkgDir, face.file)
  if (!existsSync(path)) {
    throw new FontsError(`找不到字体源文件 ${relative(root, path)}（${face.family} ${face.weight}）。`
      + `请先运行 npm install（它来自 devDependencies 中的 ${face.pkg}）。`)
  }
  return path
}

function stampPath(root: string): string {
  return join(root, 'node_modules', '.cache', 'deck-fonts', 'stamp.json')
}

function readStamp(root: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(stampPath(root), 'utf8')) as Stamp
  }
  catch {
    return undefined
  }
}

/** Generate the subset fonts unless the cached ones already cover exactly the deck's characters. */
export async function ensureFonts(options: EnsureFontsOptions = {}): Promise<EnsureFontsResult> {
  const root = options.root ?? PROJECT_ROOT
  const log = options.log ?? (() => {})
  const charSet = collectDeckChars(readDeckSources(root))
  const coverChars = readCoverChars(root)
  // Slidev's controls are set in the sans family: only the sans cover face carries their characters.
  const uiChars = firstFrameUiChars().filter(ch => !coverChars.includes(ch))
  const salt = JSON.stringify({
    SCRIPT_VERSION,
    SUBSET_OPTIONS,
    faces: DECK_FONT_FACES,
    versions: [...new Set(DECK_FONT_FACES.map(f => f.pkg)), 'subset-font'].map(p => `${p}@${packageVersion(root, p)}`),
  })
  const hash = charSetHash([...charSet.chars, '\0', ...coverChars, '\0', ...uiChars], salt)
  const outDir = join(root, 'public', GENERATED_FONT_DIR)
  const outPath = (face: DeckFontFace): string => join(outDir, face.output)

  const stamp = readStamp(root)
  const current = !options.force && stamp?.hash === hash && DECK_FONT_FACES.every((face) => {
    const path = outPath(face)
    return existsSync(path) && statSync(path).size === stamp.sizes[face.output]
  })

  let files: GeneratedFace[]
  if (current) {
    files = DECK_FONT_FACES.map(face => ({ face, path: outPath(face), bytes: statSync(outPath(face)).size }))
  }
  else {
    const sources = DECK_FONT_FACES.map(face => sourceFontPath(face, root))
    const textOf = (face: DeckFontFace): string => face.scope === 'deck'
      ? charSet.chars.join('')
      : coverChars.join('') + (baseFamily(face.family) === 'Deck Sans' ? uiChars.join('') : '')
    // The faces are independent: subset them on every core (scripts/fonts/subsetPool.ts), largest first.
    const woff2s = await subsetAll(DECK_FONT_FACES.map((face, i) => ({
      source: sources[i],
      text: textOf(face),
      options: SUBSET_OPTIONS,
      weight: statSync(sources[i]).size * textOf(face).length,
    })))
    files = DECK_FONT_FACES.map((face, i) => {
      writeAtomic(outPath(face), woff2s[i])
      return { face, path: outPath(face), bytes: woff2s[i].length }
    })
    writeAtomic(stampPath(root), JSON.stringify({ hash, sizes: Object.fromEntries(files.map(f => [f.face.output, f.bytes])) }))
  }

  const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0)
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`
  log(`字体子集${current ? '（未变，沿用缓存）' : '已生成'}：${charSet.chars.length} 个字符，`
    + `${files.map(f => `${f.face.family} ${f.face.weight} ${kb(f.bytes)}`).join('，')}；合计 ${kb(totalBytes)}（预算 ${kb(FONT_BUDGET_BYTES)}）`)
  if (totalBytes > FONT_BUDGET_BYTES)
    log(`警告：字体合计 ${kb(totalBytes)} 超出预算 ${kb(FONT_BUDGET_BYTES)}。`)
  return { changed: !current, hash, charSet, coverChars, files, totalBytes }
}
