/**
 * Which characters the deck's fonts must hold: every character that can reach a slide from the deck's own
 * sources (scripts/shared/deckFolders.ts), and the smaller set of the first slide for the cover faces.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync, Visitor } from 'rolldown/utils'
import { deckFolderFiles, inDeckFolder, inScreenTextFolder } from '../shared/deckFolders'
import { ZH_CN } from '../vite/i18n/zh-CN'

/** One deck source file, path relative to the project root with `/` separators. */
export interface DeckSource {
  /** Path relative to the project root, e.g. `slides.md` or `components/Foo.vue`. */
  path: string
  /** Full UTF-8 text of the file. */
  text: string
}

/** Where a character is first used, for error messages. */
export interface CharUse {
  /** Source path relative to the project root. */
  path: string
  /** 1-based line number. */
  line: number
}

/** The characters a deck needs, with the first place each one is used. */
export interface DeckCharSet {
  /** Distinct characters sorted by code point (one string per code point). */
  chars: string[]
  /** First use of each character; characters from {@link BASE_CHARS} that no file uses are absent. */
  firstUse: Map<string, CharUse>
}

/**
 * The characters the cover can show: the first slide's source up to its speaker notes (headmatter values
 * such as `source`, `speaker` and `meetingDate`, and the slide's text) plus the cover layout's template.
 * Keys and other headmatter text come along; a few extra glyphs cost little and miss nothing.
 */
export function coverText(slidesMarkdown: string, coverLayout: string): string {
  const body = slidesMarkdown.replace(/^\uFEFF/, '')
  // The first slide ends at the first `---` line after its headmatter block.
  const lines = body.split(/\r?\n/)
  let end = lines.length
  let fences = 0
  for (const [i, line] of lines.entries()) {
    if (/^---\s*$/.test(line) && ++fences === 3) {
      end = i
      break
    }
  }
  const firstSlide = lines.slice(0, end).join('\n').replace(/<!--[\s\S]*?-->/g, '')
  const template = coverLayout.match(/<template>([\s\S]*)<\/template>/)?.[1] ?? coverLayout
  return firstSlide + template.replace(/<!--[\s\S]*?-->/g, '')
}

/**
 * Characters always kept: printable ASCII (figures, Latin abbreviations such as GVC/OEM, numbers a
 * component computes at runtime), the no-break space and the punctuation that typography or
 * markdown may introduce even when no source file spells it out.
 */
export const BASE_CHARS: string = (() => {
  let ascii = ''
  for (let cp = 0x20; cp <= 0x7E; cp++)
    ascii += String.fromCodePoint(cp)
  return `${ascii}\u00A0\u00B7\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u3000、。，：；？！（）《》〈〉【】〔〕％＋－／～·`
})()

/**
 * Whether a project file can put text on a slide (and so must be covered by the subset): `slides.md`, the
 * root-level Vue layers, and the Markdown, Vue, TypeScript and CSS files of the deck folders, tests and
 * type declarations aside. Tooling (scripts/, bench/, tests/) never reaches a slide.
 */
export function isDeckSource(path: string): boolean {
  const p = path.replace(/\\/g, '/')
  if (/(?:^|\/)(?:node_modules|dist|\.slidev)\//.test(p))
    return false
  if (/\.(?:test|spec)\.ts$/.test(p) || p.endsWith('.d.ts'))
    return false
  // index.html: the message shown when a browser cannot start the deck.
  if (p === 'slides.md' || p === 'index.html' || /^[^/]+\.vue$/.test(p))
    return true
  return (inDeckFolder(p) || inScreenTextFolder(p)) && /\.(?:md|vue|ts|css)$/.test(p)
}

interface TextSegment { text: string, offset: number }

/**
 * String and template-literal contents of a TypeScript file (comments and identifiers never reach a slide). Parsed
 * with oxc through rolldown, Vite 8's bundler, pinned to the version Vite uses: it loads in ≈ 20 ms where the
 * TypeScript compiler took ≈ 450 ms of every font step (cached or not).
 */
function scriptStrings(source: DeckSource): TextSegment[] {
  const out: TextSegment[] = []
  new Visitor({
    Literal(node) {
      if (typeof node.value === 'string')
        out.push({ text: node.value, offset: node.start })
    },
    TemplateElement(node) {
      out.push({ text: node.value.cooked ?? node.value.raw, offset: node.start })
    },
  }).visit(parseSync(source.path, source.text, { lang: 'ts' }).program)
  return out
}

/** The text of a source that may end up on screen, with offsets into the original file. */
export function displayText(source: DeckSource): TextSegment[] {
  return source.path.endsWith('.ts') ? scriptStrings(source) : [{ text: source.text, offset: 0 }]
}

function isRenderable(cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
    return false
  // BOM, zero-width and bidi controls, line/paragraph separators, variation selectors: no glyph needed.
  if (cp === 0xFEFF || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0xFE00 && cp <= 0xFE0F))
    return false
  return true
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10)
      line++
  }
  return line
}

/** Every renderable character the deck's sources use, plus {@link BASE_CHARS}. */
export function collectDeckChars(sources: readonly DeckSource[], base: string = BASE_CHARS): DeckCharSet {
  const firstUse = new Map<string, CharUse>()
  const all = new Set<string>()
  for (const ch of base) {
    if (isRenderable(ch.codePointAt(0)!))
      all.add(ch)
  }
  for (const source of sources) {
    for (const seg of displayText(source)) {
      let line = lineAt(source.text, seg.offset)
      for (const ch of seg.text) {
        const cp = ch.codePointAt(0)!
        if (cp === 10)
          line++
        if (!isRenderable(cp))
          continue
        all.add(ch)
        if (!firstUse.has(ch))
          firstUse.set(ch, { path: source.path, line })
      }
    }
  }
  const chars = [...all].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
  return { chars, firstUse }
}

/** Characters of `used` whose code point is not in `codePoints` (a font's cmap), in input order. */
export function missingChars(used: Iterable<string>, codePoints: ReadonlySet<number>): string[] {
  const missing: string[] = []
  for (const ch of used) {
    if (!codePoints.has(ch.codePointAt(0)!))
      missing.push(ch)
  }
  return missing
}

/** One readable line per missing character: “字” U+5B57 (slides.md:12). */
export function describeMissing(missing: readonly string[], firstUse: ReadonlyMap<string, CharUse>): string {
  return missing.map((ch) => {
    const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    const use = firstUse.get(ch)
    return `“${ch}” U+${cp}${use ? ` (${use.path}:${use.line})` : ''}`
  }).join('\n')
}

/** Every file of the project at `root` that can put text on a slide, with its text. */
export function readDeckSources(root: string): DeckSource[] {
  const rootFiles = readdirSync(root, { withFileTypes: true }).filter(e => e.isFile()).map(e => e.name)
  return [...rootFiles, ...deckFolderFiles(root)]
    .filter(isDeckSource)
    .sort()
    .map(path => ({ path, text: readFileSync(join(root, path), 'utf8') }))
}

/**
 * The first slide's characters (see {@link coverText}) plus the base set (ASCII and common punctuation), sorted by
 * code point. The base set keeps ASCII labels on the cover faces too; Slidev's controls in Chinese are added to the
 * sans cover face ({@link firstFrameUiChars}), so nothing on the first slide falls back to (and downloads) a full
 * deck face.
 */
export function readCoverChars(root: string): string[] {
  const read = (path: string): string => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : '')
  const text = coverText(read('slides.md'), read('layouts/cover.vue'))
  return collectDeckChars([{ path: 'slides.md', text }]).chars
}

/**
 * Slidev's controls that slide 1 lays out from its first frame, unseen: the nav bar and its sync button (their titles
 * are screen-reader text) and the go-to box (kept above the window, its placeholder shaped). Unseen text is still
 * shaped with the page's sans face, so a character of theirs missing from the sans cover face downloads the whole
 * deck face (≈ 107 KB) before Vue has mounted slide 1.
 */
export const FIRST_FRAME_UI_FILES = ['internals/NavControls.vue', 'internals/SyncControls.vue', 'internals/Goto.vue'] as const

/** The non-ASCII characters of those controls in Chinese (scripts/vite/i18n/zh-CN.ts), sorted by code point. */
export function firstFrameUiChars(files: Readonly<Record<string, readonly (readonly [string, string])[]>> = ZH_CN.files): string[] {
  const chars = new Set<string>()
  for (const file of FIRST_FRAME_UI_FILES) {
    for (const [, chinese] of files[file] ?? []) {
      for (const ch of chinese) {
        if (ch.codePointAt(0)! > 0x7E)
          chars.add(ch)
      }
    }
  }
  return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
}
