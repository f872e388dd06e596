import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listFiles } from '../shared/files'
import { PROJECT_ROOT } from '../shared/projectRoot'
import { MARKER_FILE, scaffold } from './scaffold'
import { article, fixture, FIXTURES, scratch, thrown } from './testSupport'

const { work, fresh: freshDir, remove } = scratch('scaffold-test-')
afterAll(remove)

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
    // It keeps the scripts whose files came along and drops the others (the scaffold itself, the benchmark).
    expect(Object.keys(pkg.scripts)).toEqual(expect.arrayContaining(['dev', 'build', 'test', 'fonts', 'export', 'export:notes', 'export:pptx']))
    expect(Object.keys(pkg.scripts).filter(name => ['scaffold', 'bench'].includes(name))).toEqual([])
    for (const [name, command] of Object.entries(pkg.scripts)) {
      for (const path of command.match(/\b(?:scripts|logic|tests|bench)\/[\w./-]+\.ts\b/g) ?? [])
        expect(existsSync(join(out, path)), `npm run ${name}: ${path}`).toBe(true)
    }
    // cover + one slide per outline node (top-level nodes as section dividers) + source slide + outline map
    expect(r.slideCount).toBe(1 + article(readFileSync(fixture('gov-page.txt'), 'utf8')).nodes.length + 2)
    expect(leftovers()).toEqual([])
  })

  it('should carry nothing of this project\'s own article into the new deck', () => {
    const out = freshDir()
    scaffold({ input: fixture('half-width.txt'), out, force: false, cwd: work })
    const hits = listFiles(out).filter(f => !/\.(?:woff2|png|jpg)$/.test(f) && /产业集群|大观区|查永东/.test(readFileSync(join(out, f), 'utf8')))
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
      const stdout = execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(PROJECT_ROOT, 'scripts/scaffold/index.ts'), ...args], { cwd: work, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, INIT_CWD: work } })
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
