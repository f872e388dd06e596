/**
 * Scaffold a new briefing deck, in this project's design, from a plain-text Chinese article.
 *
 * Writes: slides.md (cover, one section divider per top-level part, one slide per outline point with the
 * point's key sentences in the speaker notes, an outline-map appendix, a closing slide), content/outline.ts,
 * the traceability tests, and this project's layouts, styles, setup, public assets, font pipeline and config.
 * Everything is written to a temporary folder first and renamed into place, so a failure leaves nothing behind.
 */
import type { ScaffoldArgs } from './args'
import type { ArticleEncoding } from './encoding'
import type { ParsedArticle } from './outline'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { PROJECT_ROOT } from '../shared/projectRoot'
import { ScaffoldError } from './args'
import { copyDesign, projectDeckConfig } from './design'
import { decodeArticle, readArticle } from './encoding'
import { parseArticle } from './outline'
import { renderSlides } from './slides'
import { deckPackageJson, deckReadme, OUTLINE_TEST, renderOutlineModule, slug, VITEST_CONFIG } from './templates'

/** Marker file that identifies a folder as scaffold output; only such folders are replaced by --force. */
export const MARKER_FILE = '.scaffold.json'

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

/** Refuse, before any work, an output folder that is a file, not ours to replace, or the project itself. */
function checkOutDir(outDir: string, projectRoot: string, force: boolean): void {
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory())
      throw new ScaffoldError(`输出路径已存在且是文件：${outDir}`)
    const empty = readdirSync(outDir).length === 0
    if (!force && !empty)
      throw new ScaffoldError(`输出目录已存在：${outDir}（换一个 --out，或加 --force 覆盖）`)
    if (force && !empty && !existsSync(join(outDir, MARKER_FILE)))
      throw new ScaffoldError(`输出目录 ${outDir} 不是 scaffold 生成的（没有 ${MARKER_FILE}），--force 也不会覆盖它`)
  }
  if (relative(outDir, projectRoot) === '' || !relative(outDir, projectRoot).startsWith('..'))
    throw new ScaffoldError(`输出目录不能是本项目或它的上级目录：${outDir}`)
}

/** package.json and the lockfile under the new deck's name. */
function renamePackage(out: Map<string, string | Buffer>, projectRoot: string, name: string, title: string): void {
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
}

/** Write every file into a temporary sibling of `outDir`, then rename it into place (replacing an old one). */
function writeDeck(outDir: string, files: Map<string, string | Buffer>): void {
  const parent = dirname(outDir)
  try {
    mkdirSync(parent, { recursive: true })
  }
  catch (e) {
    throw new ScaffoldError(`无法创建目录 ${parent}：${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
  const tmp = join(parent, `.${basename(outDir)}.tmp-${process.pid}-${Date.now()}`)
  try {
    for (const [rel, data] of files) {
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
  checkOutDir(outDir, projectRoot, options.force)

  const { text, encoding } = decodeArticle(readArticle(input))
  const parsed = parseArticle(text)
  if (!parsed.ok)
    throw new ScaffoldError(`${sourceName}：${parsed.error}`)
  const article = parsed.article
  const title = article.meta.title ?? stem

  // Everything the deck needs, in memory.
  const { config, coverTitle } = projectDeckConfig(projectRoot)
  const out = copyDesign(projectRoot, title, coverTitle)
  renamePackage(out, projectRoot, slug(stem), title)
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

  writeDeck(outDir, out)
  const slideCount = parseSync(slides, join(outDir, 'slides.md')).slides.length
  return { outDir, files: [...out.keys()].sort(), slideCount, warnings: article.warnings, encoding, article }
}
