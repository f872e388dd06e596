/**
 * Scaffold a new briefing deck, in this project's design, from a plain-text Chinese article.
 *
 *   npm run scaffold -- <article.txt> [--out <dir>] [--force]
 *
 * Writes: slides.md (cover, one section divider per top-level part, one slide per outline point with the
 * point's key sentences in the speaker notes, an outline-map appendix, a closing slide), content/outline.ts,
 * the traceability tests, and this project's layouts, styles, setup, public assets, font pipeline and config.
 * Everything is written to a temporary folder first and renamed into place, so a failure leaves nothing behind.
 */
import type { ArticleMeta, ParsedArticle, ParsedNode } from '../logic/outlineParser'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, posix, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { getDefaultConfig, parseSync } from '@slidev/parser'
import iconv from 'iconv-lite'
import { keySentences, parseArticle, shortTitle } from '../logic/outlineParser'

/** This project's root (the design the skeleton copies). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Marker file that identifies a folder as scaffold output; only such folders are replaced by --force. */
export const MARKER_FILE = '.scaffold.json'

/** A problem the user can fix; printed as one line, no stack trace. */
export class ScaffoldError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message)
  }
}

export const USAGE = '用法：npm run scaffold -- <文章.txt> [--out <输出目录>] [--force]'

export interface ScaffoldArgs {
  /** Path of the article (plain text, UTF-8 or GBK) */
  input: string
  /** Output folder; default `<article name>-deck` in the current folder */
  out?: string
  /** Replace an existing output folder made by an earlier scaffold run */
  force: boolean
}

/** Parse command-line arguments (without `node script`). Throws ScaffoldError with exit code 2 on misuse. */
export function parseScaffoldArgs(argv: string[]): ScaffoldArgs {
  let input: string | undefined
  let out: string | undefined
  let force = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--force' || a === '-f') {
      force = true
    }
    else if (a === '--out' || a === '-o') {
      out = argv[++i]
      if (!out || out.startsWith('-'))
        throw new ScaffoldError(`--out 后面要跟输出目录。${USAGE}`, 2)
    }
    else if (a.startsWith('--out=')) {
      out = a.slice('--out='.length)
      if (!out)
        throw new ScaffoldError(`--out= 后面要跟输出目录。${USAGE}`, 2)
    }
    else if (a === '--help' || a === '-h') {
      throw new ScaffoldError(USAGE, 0)
    }
    else if (a.startsWith('-')) {
      throw new ScaffoldError(`不认识的选项 ${a}。${USAGE}`, 2)
    }
    else if (input === undefined) {
      input = a
    }
    else {
      throw new ScaffoldError(`只能给一个文章文件（多出了 ${a}）。${USAGE}`, 2)
    }
  }
  if (!input)
    throw new ScaffoldError(`缺少文章文件。${USAGE}`, 2)
  return { input, out, force }
}

export type ArticleEncoding = 'UTF-8' | 'GBK' | 'UTF-16LE' | 'UTF-16BE'

/**
 * Decode an article's bytes: UTF-8 (strict), UTF-16 with a byte-order mark, else GBK/GB18030.
 * Throws ScaffoldError for binary data, damaged UTF-8 and bytes that are neither.
 */
export function decodeArticle(bytes: Uint8Array): { text: string, encoding: ArticleEncoding } {
  if (bytes.length >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' }
  if (bytes.length >= 2 && bytes[0] === 0xFE && bytes[1] === 0xFF)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' }
  if (bytes.includes(0))
    throw new ScaffoldError('这不是文本文件（含有 NUL 字节）；请提供 .txt 纯文本文章')
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null)
    return { text: utf8, encoding: 'UTF-8' }
  let damaged = 0
  let valid = 0
  for (const ch of new TextDecoder('utf-8').decode(bytes)) {
    if (ch === '\uFFFD')
      damaged++
    else if (ch.codePointAt(0)! > 0x7F)
      valid++
  }
  if (valid > damaged * 10)
    throw new ScaffoldError(`文件是 UTF-8 编码，但有 ${damaged} 处损坏的字节；请修复或重新导出后再试`)
  const gbk = iconv.decode(Buffer.from(bytes), 'gb18030')
  if (gbk.includes('\uFFFD'))
    throw new ScaffoldError('无法识别文件编码（既不是 UTF-8 也不是 GBK）；请另存为 UTF-8 纯文本后再试')
  return { text: gbk, encoding: 'GBK' }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    return null
  }
}

const CN_NUMS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 1 → 一, 12 → 十二, 20 → 二十 (up to 99). */
export function toChineseNumeral(n: number): string {
  if (n <= 10)
    return CN_NUMS[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : CN_NUMS[tens]}十${ones === 0 ? '' : CN_NUMS[ones]}`
}

/** A YAML scalar/flow value: single-quoted strings (ids stay strings), JSON flow for objects. */
export function yamlValue(v: unknown): string {
  if (typeof v === 'string')
    return `'${v.replace(/'/g, '\'\'').replace(/\r?\n/g, ' ')}'`
  if (typeof v === 'number' || typeof v === 'boolean' || v === null)
    return String(v)
  return JSON.stringify(v)
}

function frontmatter(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (k === 'outline' && v === 'none' ? 'outline: none' : `${k}: ${yamlValue(v)}`))
    .join('\n')
}

/** Text safe to put in slide markdown: no HTML, no Vue interpolation, no markdown emphasis/links/tables. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/([\\`*_[\]#|~$])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
}

/** Text safe in speaker notes: inside the HTML comment, and as the HTML the notes are rendered to. */
function escapeNote(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')
}

function notes(lines: string[]): string {
  return `<!--\n${lines.map(escapeNote).join('\n')}\n-->`
}

function formatDate(date: string | undefined): string | undefined {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date
}

/** The cover's source line, e.g. 原文：张三《标题》，某局，2023年3月15日. */
export function sourceLine(meta: ArticleMeta): string {
  const who = meta.author ? `${meta.author}《${meta.title ?? ''}》` : `《${meta.title ?? ''}》`
  return `原文：${[who, meta.organisation, formatDate(meta.date)].filter(Boolean).join('，')}`
}

export interface SlidesOptions {
  /** Deck-level headmatter to carry over (theme, fonts, canvas …) */
  deckConfig: Record<string, unknown>
  /** Whether the cover layout takes speaker/meetingDate/source props */
  coverProps: boolean
  /** Article file name, for the notes */
  sourceName: string
}

/** The heading as the article wrote it, marker included: 一、…, （一）…, 首先，… */
function headingLine(node: ParsedNode): string {
  return /[\u3400-\u9FFF]$/.test(node.marker) ? `${node.marker}，${node.heading}` : `${node.marker}${node.heading}`
}

const DRAFT_NOTE = '草稿：以下要点摘自原文，请压缩成自己的话（每页 2–3 条）。'

function pointSlide(node: ParsedNode, children: ParsedNode[]): string {
  const key = keySentences(node.body, 4)
  const bare = (s: string): string => s.replace(/[\s。！？!?；;，,：:]+$/u, '')
  const bullets = children.length > 0
    ? children.map(c => `- ${escapeMarkdown(c.title)}`)
    : keySentences(node.body, 4)
        .filter(s => bare(s) !== bare(node.heading) && bare(s) !== node.title)
        .slice(0, 3)
        .map(s => `- ${escapeMarkdown(shortTitle(s, 36))}`)
  const body = bullets.length > 0
    ? bullets.join('\n')
    : (node.body.length > 0 ? '- （请根据演讲者备注补充要点）' : '- （原文此处没有正文，请补充或删去本页）')
  return [
    '---',
    frontmatter({ outline: node.id }),
    '---',
    '',
    `# ${escapeMarkdown(node.title)}`,
    '',
    ...(children.length > 0 ? ['本部分要点：', ''] : []),
    body,
    '',
    `<p class="deck-note">${children.length > 0 ? '要点详见后续各页' : '待提炼：要点摘自原文'}</p>`,
    '',
    notes([
      `【${node.id}】${headingLine(node)}`,
      key.length > 0 ? DRAFT_NOTE : (children.length > 0 ? `本节包括：${children.map(c => c.title).join('；')}。` : '原文此处没有正文。'),
      ...key.map(s => `- ${s}`),
    ]),
    '',
  ].join('\n')
}

/** The slides.md of a new deck for a parsed article. */
export function renderSlides(article: ParsedArticle, options: SlidesOptions): string {
  const { meta, nodes, warnings } = article
  const title = meta.title ?? '（请填写标题）'
  const head: Record<string, unknown> = {
    ...options.deckConfig,
    title: `${title} · 简报`,
    info: `简报：《${title}》 ${sourceLine(meta)}`,
    author: meta.organisation ?? meta.author ?? '',
    keywords: meta.fields['关键词'] ? meta.fields['关键词'].split(/[\s,，、;；]+/).join(',') : undefined,
    exportFilename: `${shortTitle(title, 20).replace(/[\\/:*?"<>|\s]/g, '')}简报`,
    layout: 'cover',
    ...(options.coverProps ? { speaker: meta.organisation ?? meta.author ?? '', meetingDate: '', source: sourceLine(meta) } : {}),
    outline: 'none',
  }
  const cover = [
    '---',
    frontmatter(head),
    '---',
    '',
    `# ${escapeMarkdown(title)}`,
    '',
    ...(options.coverProps ? [] : [escapeMarkdown(sourceLine(meta)), '']),
    notes([
      `封面。本简报由 npm run scaffold 根据 ${options.sourceName} 生成，提纲共 ${nodes.length} 个节点。`,
      sourceLine(meta),
      ...Object.entries(meta.fields).filter(([, v]) => v).map(([k, v]) => `${k}：${v}`),
      ...warnings.map(w => `解析提示：${w}`),
    ]),
    '',
  ].join('\n')

  const slides: string[] = [cover]
  let part = 0
  for (const node of nodes) {
    const children = nodes.filter(n => n.parent === node.id)
    if (article.mode === 'outline' && node.level === 1 && node.id !== '0') {
      part += 1
      const lead = keySentences(node.body, 1)[0]
      slides.push([
        '---',
        frontmatter({ layout: 'section', num: toChineseNumeral(part), outline: node.id }),
        '---',
        '',
        `# ${escapeMarkdown(node.title)}`,
        '',
        lead ? escapeMarkdown(shortTitle(lead, 40)) : children.map(c => escapeMarkdown(c.title)).join(' · '),
        '',
        notes([`【${node.id}】${headingLine(node)}`, ...(node.body.length > 0 ? [DRAFT_NOTE, ...keySentences(node.body, 4).map(s => `- ${s}`)] : [])]),
        '',
      ].join('\n'))
    }
    else {
      slides.push(pointSlide(node, children))
    }
  }
  slides.push([
    '---',
    'outline: none',
    '---',
    '',
    '# 来源与说明',
    '',
    `- **原文**：${escapeMarkdown(sourceLine(meta).replace(/^原文：/, ''))}`,
    '- **本简报**：对原文观点的概括转述，章节顺序与原文一致',
    '',
    notes(['说明来源。谢谢大家。']),
    '',
  ].join('\n'))
  slides.push([
    '---',
    'outline: none',
    '---',
    '',
    '# 附录：提纲与页码对照',
    '',
    '<OutlineMap />',
    '',
    notes(['本页由各页的 outline: 标注自动生成；调整页面后无需手改。']),
    '',
  ].join('\n'))
  // slides are joined by their own leading '---' separators
  return slides.join('\n')
}

/** A single-quoted TypeScript string literal. */
function tsString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, '\\\'').replace(/\n/g, '\\n')}'`
}

/** content/outline.ts for a parsed article. */
export function renderOutlineModule(article: ParsedArticle, sourceName: string): string {
  const rows = article.nodes.map(n =>
    `  { id: ${tsString(n.id)}, level: ${n.level}, title: ${tsString(n.title)}, parent: ${n.parent === null ? 'null' : tsString(n.parent)} },`)
  return [
    'import type { OutlineNode } from \'../logic/outlineParser\'',
    '',
    '/**',
    ` * The outline of 《${article.meta.title ?? sourceName}》, generated by npm run scaffold from ${sourceName}.`,
    ' * Shorten the titles in your own words; keep the ids in step with the slides\' `outline:` frontmatter.',
    ' */',
    'export const outline: OutlineNode[] = [',
    ...rows,
    ']',
    '',
  ].join('\n')
}

const VITEST_CONFIG = `import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['logic/**/*.test.ts', 'content/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
})
`

const OUTLINE_TEST = `import { describe, expect, it } from 'vitest'
import { checkOutline } from '../logic/traceability'
import { outline } from './outline'

describe('content/outline', () => {
  it('should be a well-formed outline in document order', () => {
    expect(checkOutline(outline)).toEqual([])
  })
  it('should have at least one node', () => {
    expect(outline.length).toBeGreaterThan(0)
  })
})
`

function deckReadme(title: string, sourceName: string): string {
  return `# 简报：${title}

由 \`npm run scaffold\` 根据 ${sourceName} 生成的 Slidev 演示文稿骨架。

\`\`\`bash
npm install       # 或 npm ci
npm run dev       # 放映与编辑（http://localhost:3030）
npm test          # 含提纲对照检查：每页的 outline: 必须对应 content/outline.ts
npm run build     # 生成静态网站 dist/
\`\`\`

- 每页的演讲者备注里是原文要点，请压缩成自己的话后改写页面内容。
- 每页 frontmatter 的 \`outline: '2.1'\` 标明它讲的是提纲哪一点；封面、附录、结束页写 \`outline: none\`。
  回到前面讲过的节点（如总结页）时，要加 \`outlineBack: 理由\`。
- 附录页的 \`<OutlineMap />\` 自动列出提纲节点与页码的对应关系。
`
}

/** Files (relative paths) of this project that carry its design into every new deck. */
export const DESIGN_PATHS = [
  'layouts',
  'styles',
  'setup',
  'public',
  'index.html',
  'tsconfig.json',
  '.npmrc',
  '.gitignore',
  'package-lock.json',
  'scripts/fonts.ts',
  'scripts/export.ts',
  'scripts/vendor.d.ts',
  'scripts/vite',
  'components/OutlineMap.vue',
  'logic/traceability.ts',
  'logic/outlineParser.ts',
  'tests/unit/traceability.test.ts',
]

const RE_ROOT_DESIGN = /^(?:[\w-]+\.d\.ts|global-(?:top|bottom)\.vue|(?!vitest)[\w-]+\.config\.(?:ts|js|mjs))$/
const TEXT_EXT = new Set(['.ts', '.vue', '.css', '.js', '.json', '.md', '.svg', '.txt', '.html', '.yaml', '.yml', ''])
const RE_IMPORT = /(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g
const RE_TAG = /<([A-Z][A-Za-z0-9]+)[\s/>]/g

function listFiles(root: string, rel: string, out: string[]): void {
  const abs = join(root, rel)
  if (!existsSync(abs))
    return
  if (statSync(abs).isDirectory()) {
    for (const e of readdirSync(abs)) {
      const child = posix.join(rel, e)
      if (child === 'public/fonts/generated/.cache' || e === 'node_modules' || e === '.DS_Store')
        continue
      listFiles(root, child, out)
    }
  }
  else {
    out.push(rel)
  }
}

/**
 * The design files to copy from `root`: {@link DESIGN_PATHS} plus every local module they import and every
 * project component their templates use (so layouts and setup keep working), tests of those modules excluded.
 */
export function designFiles(root: string): string[] {
  const files: string[] = []
  for (const p of DESIGN_PATHS)
    listFiles(root, p, files)
  // root-level type declarations (env.d.ts), global layers (global-top/bottom.vue) and tool configs
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
    const text = readFileSync(join(root, rel), 'utf8')
    const deps: string[] = []
    for (const m of text.matchAll(RE_IMPORT)) {
      const base = posix.normalize(posix.join(posix.dirname(rel), m[1]!))
      const hit = [base, `${base}.ts`, `${base}.vue`, `${base}/index.ts`].find(c => existsSync(join(root, c)) && statSync(join(root, c)).isFile())
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
    for (const d of deps) {
      if (!seen.has(d)) {
        seen.add(d)
        files.push(d)
        queue.push(d)
      }
    }
  }
  return files.filter(f => !/\.test\.ts$/.test(f) || f === 'tests/unit/traceability.test.ts').sort()
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

function slug(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return s ? `${s}-briefing` : 'briefing-deck'
}

/** package.json of the new deck: same dependencies, scripts whose files came along, new name. */
export function deckPackageJson(projectPkg: Record<string, unknown>, files: Set<string>, name: string, title: string): string {
  const scripts = Object.fromEntries(Object.entries((projectPkg.scripts ?? {}) as Record<string, string>).filter(([key, cmd]) => {
    if (key === 'scaffold')
      return false
    const paths = [...cmd.matchAll(/\b((?:scripts|logic|tests)\/[\w./-]+\.ts)\b/g)].map(m => m[1]!)
    return paths.every(p => files.has(p))
  }))
  return `${JSON.stringify({ ...projectPkg, name, description: `简报：《${title}》(Slidev 演示文稿)`, version: '0.1.0', scripts }, null, 2)}\n`
}

export interface ScaffoldOptions extends ScaffoldArgs {
  /** The project whose design is copied; defaults to this repository */
  projectRoot?: string
  /** Base for relative paths; defaults to process.cwd() */
  cwd?: string
}

export interface ScaffoldResult {
  /** Absolute path of the new deck */
  outDir: string
  /** Files written, relative to outDir */
  files: string[]
  /** Number of slides in the new slides.md */
  slideCount: number
  /** Parser warnings, to show the user */
  warnings: string[]
  /** Encoding the article was read in */
  encoding: ArticleEncoding
  article: ParsedArticle
}

function readArticle(path: string): Uint8Array {
  if (!existsSync(path))
    throw new ScaffoldError(`找不到文章文件：${path}`)
  if (statSync(path).isDirectory())
    throw new ScaffoldError(`${path} 是一个目录，请给出文章的 .txt 文件`)
  try {
    return readFileSync(path)
  }
  catch (e) {
    throw new ScaffoldError(`无法读取 ${path}：${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
}

/** Write a new deck for an article. All-or-nothing: output appears only when every file is written. */
export function scaffold(options: ScaffoldOptions): ScaffoldResult {
  // npm runs scripts in the package root; INIT_CWD is where the user typed the command.
  const cwd = options.cwd ?? process.env.INIT_CWD ?? process.cwd()
  const projectRoot = options.projectRoot ?? PROJECT_ROOT
  const input = resolve(cwd, options.input)
  const sourceName = basename(input)
  const stem = basename(input, extname(input)) || 'article'
  const outDir = resolve(cwd, options.out ?? `${stem}-deck`)

  // Check the output folder before any work, so a refusal is quick and certain.
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory())
      throw new ScaffoldError(`输出路径已存在且是文件：${outDir}`)
    const empty = readdirSync(outDir).length === 0
    if (!options.force && !empty)
      throw new ScaffoldError(`输出目录已存在：${outDir}（换一个 --out，或加 --force 覆盖）`)
    if (options.force && !empty && !existsSync(join(outDir, MARKER_FILE)))
      throw new ScaffoldError(`输出目录 ${outDir} 不是 scaffold 生成的（没有 ${MARKER_FILE}），--force 也不会覆盖它`)
  }
  if (relative(outDir, projectRoot) === '' || !relative(outDir, projectRoot).startsWith('..'))
    throw new ScaffoldError(`输出目录不能是本项目或它的上级目录：${outDir}`)

  const { text, encoding } = decodeArticle(readArticle(input))
  const parsed = parseArticle(text)
  if (!parsed.ok)
    throw new ScaffoldError(`${sourceName}：${parsed.error}`)
  const article = parsed.article
  const title = article.meta.title ?? stem

  // Everything the deck needs, in memory.
  const out = new Map<string, string | Buffer>()
  const design = designFiles(projectRoot)
  const { config, coverTitle } = projectDeckConfig(projectRoot)
  for (const rel of design) {
    const data = readFileSync(join(projectRoot, rel))
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
  const name = slug(stem)
  const pkgPath = join(projectRoot, 'package.json')
  const projectPkg = existsSync(pkgPath) ? JSON.parse(readFileSync(pkgPath, 'utf8')) as Record<string, unknown> : {}
  const fileSet = new Set([...out.keys(), 'content/outline.ts', 'content/outline.test.ts'])
  out.set('package.json', deckPackageJson(projectPkg, fileSet, name, title))
  const lock = out.get('package-lock.json')
  if (lock) {
    const l = JSON.parse(lock.toString()) as { name?: string, packages?: Record<string, { name?: string }> }
    l.name = name
    if (l.packages?.[''])
      l.packages[''].name = name
    out.set('package-lock.json', `${JSON.stringify(l, null, 2)}\n`)
  }
  const coverLayout = out.get('layouts/cover.vue')?.toString() ?? ''
  const slides = renderSlides(article, {
    deckConfig: config,
    coverProps: /\bsource\?:/.test(coverLayout) && /\bspeaker\?:/.test(coverLayout),
    sourceName,
  })
  out.set('slides.md', slides)
  out.set('content/outline.ts', renderOutlineModule(article, sourceName))
  out.set('content/outline.test.ts', OUTLINE_TEST)
  out.set('vitest.config.ts', VITEST_CONFIG)
  out.set('README.md', deckReadme(title, sourceName))
  out.set(MARKER_FILE, `${JSON.stringify({ source: sourceName, encoding, title, nodes: article.nodes.length, generatedBy: 'npm run scaffold' }, null, 2)}\n`)

  // Write to a temporary sibling, then rename into place.
  const parent = dirname(outDir)
  try {
    mkdirSync(parent, { recursive: true })
  }
  catch (e) {
    throw new ScaffoldError(`无法创建目录 ${parent}：${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
  const tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}-${Date.now()}`)
  try {
    for (const [rel, data] of out) {
      const abs = join(tmp, rel)
      mkdirSync(dirname(abs), { recursive: true })
      writeFileSync(abs, data)
    }
    if (existsSync(outDir)) {
      const old = join(parent, `.${basename(outDir)}.old-${process.pid}-${Date.now()}`)
      renameSync(outDir, old)
      renameSync(tmp, outDir)
      rmSync(old, { recursive: true, force: true })
    }
    else {
      renameSync(tmp, outDir)
    }
  }
  catch (e) {
    rmSync(tmp, { recursive: true, force: true })
    throw new ScaffoldError(`写入 ${outDir} 失败：${(e as NodeJS.ErrnoException).code ?? String(e)}（未留下半成品）`)
  }
  const slideCount = parseSync(slides, join(outDir, 'slides.md')).slides.length
  return { outDir, files: [...out.keys()].sort(), slideCount, warnings: article.warnings, encoding, article }
}

function main(argv: string[]): number {
  try {
    const args = parseScaffoldArgs(argv)
    const r = scaffold(args)
    const here = process.env.INIT_CWD ?? process.cwd()
    const shown = relative(here, r.outDir).startsWith('..') ? r.outDir : relative(here, r.outDir) || r.outDir
    const enc = r.encoding === 'UTF-8' ? '' : `；原文为 ${r.encoding} 编码，已转换为 UTF-8`
    console.log(`已生成 ${shown}：${r.slideCount} 页幻灯片，提纲 ${r.article.nodes.length} 个节点，${r.files.length} 个文件${enc}`)
    for (const w of r.warnings)
      console.warn(`提示：${w}`)
    console.log(`下一步：cd ${shown} && npm install && npm run dev`)
    return 0
  }
  catch (e) {
    if (e instanceof ScaffoldError) {
      if (e.exitCode === 0) {
        console.log(e.message)
        return 0
      }
      console.error(`scaffold：${e.message}`)
      return e.exitCode
    }
    console.error(`scaffold：意外错误：${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exitCode = main(process.argv.slice(2))
