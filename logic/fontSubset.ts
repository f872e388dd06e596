import { createHash } from 'node:crypto'
import ts from 'typescript'

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

/** One web font face the deck ships. */
export interface DeckFontFace {
  /** CSS family name used by the deck's styles. */
  family: 'Deck Sans' | 'Deck Serif' | 'Deck Cover Sans' | 'Deck Cover Serif'
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
  /** File name of the generated WOFF2 inside `public/fonts/generated/`. */
  output: string
}

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
export function baseFamily(family: DeckFontFace['family']): 'Deck Sans' | 'Deck Serif' {
  return family.endsWith('Serif') ? 'Deck Serif' : 'Deck Sans'
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

/** Folder (under `public/`) that the generated faces are written to and served from. */
export const GENERATED_FONT_DIR = 'fonts/generated'

/** All deck faces together must stay under this many bytes on the wire. */
export const FONT_BUDGET_BYTES = 600 * 1024

/**
 * Characters always kept: printable ASCII (figures, Latin abbreviations such as GVC/OEM, numbers a
 * component computes at runtime), the no-break space and the punctuation that typography or
 * markdown may introduce even when no source file spells it out.
 */
export const BASE_CHARS: string = (() => {
  let ascii = ''
  for (let cp = 0x20; cp <= 0x7E; cp++)
    ascii += String.fromCodePoint(cp)
  return `${ascii}\u00A0\u00B7\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u3000、。，：；？！（）「」『』《》〈〉【】〔〕％＋－／～·`
})()

/** Whether a project file can put text on a slide (and so must be covered by the subset). */
export function isDeckSource(path: string): boolean {
  const p = path.replace(/\\/g, '/')
  if (/(?:^|\/)(?:node_modules|dist|\.slidev)\//.test(p))
    return false
  if (/\.(?:test|spec)\.ts$/.test(p) || p.endsWith('.d.ts'))
    return false
  // index.html: the message shown when a browser cannot start the deck.
  if (p === 'slides.md' || p === 'index.html' || /^pages\/.+\.md$/.test(p))
    return true
  if (/^(?:components|layouts)\/.+\.vue$/.test(p) || /^[^/]+\.vue$/.test(p))
    return true
  if (/^(?:logic|content|setup)\/.+\.ts$/.test(p))
    return true
  return /^styles\/.+\.css$/.test(p)
}

interface TextSegment { text: string, offset: number }

/** String and template-literal contents of a TypeScript file (comments and identifiers never reach a slide). */
function scriptStrings(source: DeckSource): TextSegment[] {
  const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const out: TextSegment[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      out.push({ text: node.text, offset: node.getStart(file) })
    ts.forEachChild(node, visit)
  }
  visit(file)
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

/** Stable cache key of a character set and everything else that shapes the output. */
export function charSetHash(chars: readonly string[], salt: string): string {
  return createHash('sha256').update(salt).update('\0').update(chars.join('')).digest('hex').slice(0, 16)
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

/** One readable line per missing character: 「字」 U+5B57 (slides.md:12). */
export function describeMissing(missing: readonly string[], firstUse: ReadonlyMap<string, CharUse>): string {
  return missing.map((ch) => {
    const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    const use = firstUse.get(ch)
    return `「${ch}」 U+${cp}${use ? ` (${use.path}:${use.line})` : ''}`
  }).join('\n')
}

/** The `@font-face` rules for the faces, with URLs under `urlPrefix` (which ends in `/`). */
export function fontFaceCss(faces: readonly DeckFontFace[], urlPrefix: string): string {
  return faces.map(face => [
    '@font-face {',
    `  font-family: '${face.family}';`,
    '  font-style: normal;',
    `  font-weight: ${face.weight};`,
    '  font-display: block;',
    `  src: url('${urlPrefix}${face.output}') format('woff2');`,
    '}',
  ].join('\n')).join('\n\n')
}
