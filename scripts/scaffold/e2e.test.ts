import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { listFiles } from '../shared/files'
import { PROJECT_ROOT } from '../shared/projectRoot'
import { scaffold } from './scaffold'
import { fixture, scratch } from './testSupport'

const { work, fresh: freshDir, remove } = scratch('scaffold-e2e-')
afterAll(remove)

/** Files under `root` that define the article parser (the scaffold's own code, which a new deck must not carry). */
function parserFiles(root: string): string[] {
  return listFiles(root).filter(f => f.endsWith('.ts') && /^export function parseArticle\b/m.test(readFileSync(join(root, f), 'utf8')))
}

describe('what a scaffolded deck carries', () => {
  it('should find the parser in this project, so an empty answer below means it is absent', () => {
    expect(parserFiles(PROJECT_ROOT)).toEqual(['scripts/scaffold/outline/index.ts'])
  })

  it('should give the deck the outline types and not the parser', () => {
    const out = freshDir()
    scaffold({ input: fixture('gov-page.txt'), out, force: false, cwd: work })
    expect(parserFiles(out)).toEqual([])
    expect(listFiles(out, 'scripts').filter(f => f.startsWith('scripts/scaffold/'))).toEqual([])
    expect(readFileSync(join(out, 'content/outline.ts'), 'utf8')).toContain('import type { OutlineNode } from \'../logic/outline\'')
    // logic/outline.ts declares types only: nothing in it runs.
    const types = readFileSync(join(out, 'logic/outline.ts'), 'utf8')
    expect(types).toMatch(/^export interface OutlineNode\b/m)
    expect(types.match(/^export (?!interface |type )\S+/gm) ?? []).toEqual([])
  })
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
    const report = join(work, 'vitest-report.json')
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
