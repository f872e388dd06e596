import type { ParsedArticle } from './outline'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import { checkTraceability } from '../../logic/traceability'
import { parseArticle, toOutline } from './outline'
import { decodeArticle, escapeMarkdown, MARKER_FILE, parseScaffoldArgs, PROJECT_ROOT, renderOutlineModule, renderSlides, scaffold, ScaffoldError, toChineseNumeral, yamlValue } from './scaffold'

const FIXTURES = resolve(__dirname, '../../tests/fixtures/articles')
const fixture = (name: string): string => join(FIXTURES, name)
const work = mkdtempSync(join(tmpdir(), 'scaffold-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
let dirs = 0
const freshDir = (): string => join(work, `case-${++dirs}`)

function article(text: string): ParsedArticle {
  const r = parseArticle(text)
  if (!r.ok)
    throw new Error(r.error)
  return r.article
}

function thrown(fn: () => unknown): ScaffoldError {
  try {
    fn()
  }
  catch (e) {
    if (e instanceof ScaffoldError)
      return e
    throw e
  }
  throw new Error('expected a ScaffoldError')
}

const OPTIONS = { deckConfig: { theme: 'default' }, coverProps: true, sourceName: 'a.txt' }

describe('parseScaffoldArgs', () => {
  it('should read the article, --out in both spellings, and --force', () => {
    expect(parseScaffoldArgs(['a.txt'])).toEqual({ input: 'a.txt', out: undefined, force: false })
    expect(parseScaffoldArgs(['a.txt', '--out', 'deck', '--force'])).toEqual({ input: 'a.txt', out: 'deck', force: true })
    expect(parseScaffoldArgs(['--out=deck', '-f', 'a.txt'])).toEqual({ input: 'a.txt', out: 'deck', force: true })
  })
  it('should reject misuse with exit code 2 and the usage line', () => {
    for (const argv of [[], ['--out'], ['a.txt', '--out', '--force'], ['a.txt', 'b.txt'], ['a.txt', '--bogus']]) {
      const e = thrown(() => parseScaffoldArgs(argv))
      expect(e.exitCode).toBe(2)
      expect(e.message).toContain('npm run scaffold --')
    }
  })
  it('should answer --help with exit code 0', () => {
    expect(thrown(() => parseScaffoldArgs(['--help'])).exitCode).toBe(0)
  })
})

describe('decodeArticle', () => {
  it('should read UTF-8, dropping a byte-order mark', () => {
    expect(decodeArticle(new TextEncoder().encode('\uFEFF标题\n正文。'))).toEqual({ text: '标题\n正文。', encoding: 'UTF-8' })
  })
  it('should detect and convert a GBK file', () => {
    const { text, encoding } = decodeArticle(readFileSync(fixture('gbk.txt')))
    expect(encoding).toBe('GBK')
    const a = article(text)
    expect(a.meta).toMatchObject({ title: '关于加强小微企业统计监测的思考', date: '2021-06-30' })
    expect(a.nodes.map(n => n.id)).toEqual(['0', '1', '1.1', '1.2', '1.2.1', '1.2.2', '2', '2.1', '2.2', '2.3'])
  })
  it('should read UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xFF, 0xFE]), Buffer.from('一、标题', 'utf16le')])
    expect(decodeArticle(le)).toEqual({ text: '一、标题', encoding: 'UTF-16LE' })
  })
  it('should refuse binary data, damaged UTF-8 and bytes that are not GBK either', () => {
    expect(thrown(() => decodeArticle(Buffer.from([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]))).message).toContain('不是文本文件')
    const damaged = Buffer.concat([Buffer.from('这是一段很长的正常中文文字，'.repeat(5)), Buffer.from([0xFF]), Buffer.from('后面还有。')])
    expect(thrown(() => decodeArticle(damaged)).message).toContain('损坏')
    expect(thrown(() => decodeArticle(Buffer.from([0x41, 0xFF, 0xFF, 0x42]))).message).toContain('无法识别文件编码')
  })
  it('should round-trip any Chinese text through GBK', () => {
    const text = readFileSync(fixture('gov-page.txt'), 'utf8')
    expect(decodeArticle(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'GBK' })
  })
})

describe('small helpers', () => {
  it('should write Chinese numerals for section dividers', () => {
    expect([1, 2, 10, 11, 20, 23].map(toChineseNumeral)).toEqual(['一', '二', '十', '十一', '二十', '二十三'])
  })
  it('should quote YAML strings so ids stay strings', () => {
    expect(yamlValue('1.10')).toBe('\'1.10\'')
    expect(yamlValue('it\'s')).toBe('\'it\'\'s\'')
    expect(yamlValue(980)).toBe('980')
    expect(yamlValue({ lang: 'zh-CN' })).toBe('{"lang":"zh-CN"}')
  })
  it('should neutralise HTML, Vue interpolation and markdown syntax', () => {
    expect(escapeMarkdown('<b>{{ x }}</b> *a* [l](u) | #')).toBe('&lt;b&gt;&#123;&#123; x &#125;&#125;&lt;/b&gt; \\*a\\* \\[l\\](u) \\| \\#')
  })
})

describe('renderSlides', () => {
  const a = article(readFileSync(fixture('gov-page.txt'), 'utf8'))
  const md = parseSync(renderSlides(a, OPTIONS), 'slides.md')
  const slides = md.slides.map((s, i) => ({ no: i + 1, frontmatter: s.frontmatter as Record<string, unknown> }))

  it('should open with a cover carrying title, author, organisation and date', () => {
    const cover = md.slides[0]!
    expect(cover.frontmatter).toMatchObject({ layout: 'cover', theme: 'default', outline: 'none', source: '原文：王晓明《社区居家养老服务的短板与对策》，示例县统计局，2023年3月15日' })
    expect(cover.content).toContain('# 社区居家养老服务的短板与对策')
  })
  it('should put a section divider before each top-level part', () => {
    const sections = md.slides.filter(s => s.frontmatter.layout === 'section')
    expect(sections.map(s => [s.frontmatter.num, s.frontmatter.outline, s.title])).toEqual([['一', '1', '社区居家养老服务的主要短板'], ['二', '2', '改进建议']])
  })
  it('should give every outline node a slide, in order, so the traceability check passes', () => {
    expect(md.slides).toHaveLength(1 + a.nodes.length + 2)
    expect(checkTraceability(slides, toOutline(a.nodes))).toEqual([])
  })
  it('should title each point with its heading and put its key sentences in the notes', () => {
    const s = md.slides.find(x => x.frontmatter.outline === '2.1.3')!
    expect(s.title).toBe('建立服务需求清单，按需配置上门服务项目')
    expect(s.note).toContain('另外，建立服务需求清单')
    expect(s.note).toContain('请压缩成自己的话')
  })
  it('should never leave a slide without a heading and visible text', () => {
    for (const s of md.slides.slice(1))
      expect(s.content.replace(/^#.*$/m, '').replace(/<p class="deck-note">.*<\/p>/g, '').trim(), `slide ${s.index + 1}`).not.toBe('')
  })
  it('should end with a source slide and the generated outline map', () => {
    expect(md.slides.at(-1)!.content).toContain('<OutlineMap />')
    expect(md.slides.at(-2)!.title).toBe('来源与说明')
  })
  it('should escape article text that looks like HTML or Vue', () => {
    const out = renderSlides(article('一、<script>alert(1)</script>\n\n正文{{ secret }}写在这里。'), OPTIONS)
    expect(out).not.toContain('<script')
    expect(out).not.toMatch(/\{\{ secret/)
    expect(out).toContain('# &lt;script&gt;alert(1)&lt;/script&gt;')
  })
  it('should make one slide per paragraph group, no dividers, and carry the warning to the cover notes', () => {
    const b = article(readFileSync(fixture('no-outline.txt'), 'utf8'))
    const md2 = parseSync(renderSlides(b, OPTIONS), 'slides.md')
    expect(md2.slides.filter(s => s.frontmatter.layout === 'section')).toEqual([])
    expect(md2.slides.map(s => s.frontmatter.outline)).toEqual(['none', '1', '2', 'none', 'none'])
    expect(md2.slides[0]!.note).toContain('没有识别到提纲')
  })
})

describe('renderOutlineModule', () => {
  it('should write a TypeScript module whose outline equals the parsed one', async () => {
    const a = article(readFileSync(fixture('half-width.txt'), 'utf8'))
    const dir = freshDir()
    mkdirSync(join(dir, 'content'), { recursive: true })
    writeFileSync(join(dir, 'content/outline.ts'), renderOutlineModule(a, 'half-width.txt'))
    const mod = await import(join(dir, 'content/outline.ts')) as { outline: unknown }
    expect(mod.outline).toEqual(toOutline(a.nodes))
  })
})

describe('scaffold', () => {
  const leftovers = (): string[] => readdirSync(work).filter(e => e.includes('.tmp-') || e.includes('.old-'))

  it('should write a complete deck with the design files, outline data and tests', () => {
    const out = freshDir()
    const r = scaffold({ input: fixture('gov-page.txt'), out, force: false, cwd: work })
    expect(r.outDir).toBe(out)
    for (const f of ['slides.md', 'content/outline.ts', 'content/outline.test.ts', 'tests/unit/traceability.test.ts', 'logic/traceability.ts', 'components/OutlineMap.vue', 'layouts/cover.vue', 'layouts/section.vue', 'styles/index.css', 'package.json', 'vitest.config.ts', MARKER_FILE])
      expect(existsSync(join(out, f)), f).toBe(true)
    const pkg = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as { name: string, scripts: Record<string, string> }
    expect(pkg.name).toBe('gov-page-briefing')
    expect(pkg.scripts.scaffold).toBeUndefined()
    expect(pkg.scripts.dev).toBeDefined()
    // cover + one slide per outline node (top-level nodes as section dividers) + source slide + outline map
    expect(r.slideCount).toBe(1 + article(readFileSync(fixture('gov-page.txt'), 'utf8')).nodes.length + 2)
    expect(leftovers()).toEqual([])
  })

  it('should carry nothing of this project\'s own article into the new deck', () => {
    const out = freshDir()
    scaffold({ input: fixture('half-width.txt'), out, force: false, cwd: work })
    const files: string[] = []
    const walk = (d: string): void => readdirSync(d).forEach(e => statSync(join(d, e)).isDirectory() ? walk(join(d, e)) : files.push(join(d, e)))
    walk(out)
    const hits = files.filter(f => !/\.(?:woff2|png|jpg)$/.test(f) && /产业集群|大观区|查永东/.test(readFileSync(f, 'utf8')))
    expect(hits).toEqual([])
  })

  it('should refuse an existing folder without --force and leave it untouched', () => {
    const out = freshDir()
    mkdirSync(out)
    writeFileSync(join(out, 'keep.txt'), 'mine')
    expect(thrown(() => scaffold({ input: fixture('gov-page.txt'), out, force: false, cwd: work })).message).toContain('输出目录已存在')
    expect(readdirSync(out)).toEqual(['keep.txt'])
  })

  it('should replace an earlier scaffold output with --force, but never a folder it did not make', () => {
    const out = freshDir()
    scaffold({ input: fixture('gov-page.txt'), out, force: false, cwd: work })
    scaffold({ input: fixture('half-width.txt'), out, force: true, cwd: work })
    expect(readFileSync(join(out, 'slides.md'), 'utf8')).toContain('关于提升县域农产品品牌影响力的建议')
    const foreign = freshDir()
    mkdirSync(foreign)
    writeFileSync(join(foreign, 'keep.txt'), 'mine')
    expect(thrown(() => scaffold({ input: fixture('gov-page.txt'), out: foreign, force: true, cwd: work })).message).toContain('不是 scaffold 生成的')
    expect(readdirSync(foreign)).toEqual(['keep.txt'])
    expect(leftovers()).toEqual([])
  })

  it('should write into an existing empty folder', () => {
    const out = freshDir()
    mkdirSync(out)
    scaffold({ input: fixture('gov-page.txt'), out, force: false, cwd: work })
    expect(existsSync(join(out, 'slides.md'))).toBe(true)
  })

  it('should stop with a clear message and write nothing for bad input', () => {
    const cases: [string, string][] = [
      [fixture('empty.txt'), '文章为空'],
      [fixture('does-not-exist.txt'), '找不到文章文件'],
      [FIXTURES, '是一个目录'],
    ]
    for (const [input, message] of cases) {
      const out = freshDir()
      expect(thrown(() => scaffold({ input, out, force: false, cwd: work })).message).toContain(message)
      expect(existsSync(out)).toBe(false)
    }
    expect(leftovers()).toEqual([])
  })

  it('should refuse an output path that is a file, or this project or a folder above it', () => {
    const file = join(work, 'a-file')
    writeFileSync(file, '')
    expect(thrown(() => scaffold({ input: fixture('gov-page.txt'), out: file, force: true, cwd: work })).message).toContain('是文件')
    expect(thrown(() => scaffold({ input: fixture('gov-page.txt'), out: resolve(PROJECT_ROOT, '..'), force: true, cwd: work })).message).toMatch(/不是 scaffold 生成的|上级目录/)
  })

  it('should convert a GBK article and return the parser warnings of a malformed one', () => {
    const gbk = scaffold({ input: fixture('gbk.txt'), out: freshDir(), force: false, cwd: work })
    expect(gbk.encoding).toBe('GBK')
    expect(readFileSync(join(gbk.outDir, 'slides.md'), 'utf8')).toContain('# 关于加强小微企业统计监测的思考')
    const bad = scaffold({ input: fixture('malformed.txt'), out: freshDir(), force: false, cwd: work })
    expect(bad.warnings.length).toBeGreaterThan(0)
  })
})

describe('the command line', () => {
  const run = (...args: string[]): { code: number, stdout: string, stderr: string } => {
    try {
      const stdout = execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'scripts/scaffold/scaffold.ts'), ...args], { cwd: work, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, INIT_CWD: work } })
      return { code: 0, stdout, stderr: '' }
    }
    catch (e) {
      const err = e as { status: number, stdout: string, stderr: string }
      return { code: err.status, stdout: err.stdout, stderr: err.stderr }
    }
  }

  it('should print one line per problem, no stack trace, and exit non-zero', () => {
    const r = run(fixture('empty.txt'), '--out', join(work, 'cli-empty'))
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^scaffold：empty\.txt：文章为空/)])
    expect(run().code).toBe(2)
  }, 60_000) // each run() starts node + tsx: seconds on a loaded machine

  it('should resolve paths from where the user ran it and print the next steps', () => {
    const r = run(fixture('no-outline.txt'), '--out', 'cli-deck')
    expect(r.code).toBe(0)
    expect(existsSync(join(work, 'cli-deck', 'slides.md'))).toBe(true)
    expect(r.stdout).toContain('下一步：cd cli-deck')
  }, 60_000)
})

describe('a scaffolded deck, end to end', () => {
  it('should pass its own tests and typecheck, and build with Slidev', () => {
    const out = freshDir()
    scaffold({ input: fixture('gov-page.txt'), out, force: false, cwd: work })
    // Share this project's installed packages (not its cache folder) instead of running npm install.
    mkdirSync(join(out, 'node_modules'))
    for (const e of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
      if (e !== '.cache')
        symlinkSync(join(PROJECT_ROOT, 'node_modules', e), join(out, 'node_modules', e))
    }
    const node = (script: string, ...args: string[]): { status: number | null, output: string } => {
      const r = spawnSync(process.execPath, [join(out, 'node_modules', script), ...args], { cwd: out, encoding: 'utf8', env: { ...process.env, INIT_CWD: out, NO_COLOR: '1', FORCE_COLOR: '0' } })
      return { status: r.status, output: `${r.stdout}${r.stderr}` }
    }
    // The tests the deck ships with: one it() per test in its own test files.
    const testFiles = ['content/outline.test.ts', 'tests/unit/traceability.test.ts']
    const declared = testFiles.reduce((n, f) => n + [...readFileSync(join(out, f), 'utf8').matchAll(/^\s*it\(/gm)].length, 0)
    expect(declared).toBeGreaterThan(0)
    const report = join(work, `vitest-report-${dirs}.json`)
    const tests = node('vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`)
    expect(tests.status, tests.output).toBe(0)
    expect(tests.output).not.toMatch(/failed/i)
    const summary = JSON.parse(readFileSync(report, 'utf8')) as { testResults: { name: string }[], numTotalTests: number, numPassedTests: number }
    expect(summary.testResults.map(t => relative(out, t.name)).sort()).toEqual(testFiles)
    expect([summary.numTotalTests, summary.numPassedTests]).toEqual([declared, declared])
    const types = node('vue-tsc/bin/vue-tsc.js', '--noEmit')
    expect(types.status, types.output).toBe(0)
    const build = node('@slidev/cli/bin/slidev.mjs', 'build')
    expect(build.status, build.output).toBe(0)
    expect(readFileSync(join(out, 'dist/index.html'), 'utf8')).toContain('社区居家养老服务的短板与对策')
  }, 600_000) // nested vitest + vue-tsc + Slidev build: minutes on a loaded 2-core machine, far over the 5 s default
})
