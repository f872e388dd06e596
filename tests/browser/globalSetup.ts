import type { TestProject } from 'vitest/node'
import type { StaticServer } from './server'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ensureFonts, PROJECT_ROOT } from '../../scripts/fonts'
import { startStaticServer } from './server'

/** Where the suite builds the deck (inside node_modules/.cache, so git and the lead's dist/ stay untouched). */
export const BUILD_DIR = join(PROJECT_ROOT, 'node_modules', '.cache', 'deck-browser', 'dist')

/** The intranet-like sub-path the built deck is served under. */
export const SUB_PATH = '/briefings/2026/cluster/'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Deck URL on the loopback test server, ending in SUB_PATH. */
    deckUrl: string
    /** Origin of the test server; the only host the deck may talk to. */
    deckOrigin: string
    /** Absolute path of the built deck. */
    buildDir: string
  }
}

const INPUT_DIRS = ['components', 'layouts', 'logic', 'content', 'pages', 'setup', 'styles', 'public', 'scripts/vite']
const INPUT_FILES = ['slides.md', 'package-lock.json', 'uno.config.ts', 'unocss.config.ts', 'vite.config.ts', 'index.html', 'global-top.vue', 'global-bottom.vue', 'custom-nav-controls.vue']

function listFiles(dir: string, out: string[]): void {
  if (!existsSync(dir))
    return
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory())
      listFiles(p, out)
    else
      out.push(p)
  }
}

/** Hash of everything `slidev build` reads from the project, so an unchanged deck is not rebuilt. */
function inputHash(): string {
  const files: string[] = []
  for (const d of INPUT_DIRS)
    listFiles(join(PROJECT_ROOT, d), files)
  for (const f of INPUT_FILES) {
    if (existsSync(join(PROJECT_ROOT, f)))
      files.push(join(PROJECT_ROOT, f))
  }
  const h = createHash('sha256')
  for (const f of files.sort()) {
    if (/\.(?:test|spec)\.ts$/.test(f))
      continue
    h.update(relative(PROJECT_ROOT, f)).update('\0').update(readFileSync(f)).update('\0')
  }
  return h.digest('hex')
}

async function build(): Promise<void> {
  const stamp = join(BUILD_DIR, '.input-hash')
  const hash = inputHash()
  if (!process.env.DECK_REBUILD && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && statSync(join(BUILD_DIR, 'index.html')).isFile())
    return
  rmSync(BUILD_DIR, { recursive: true, force: true })
  const cli = join(PROJECT_ROOT, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
  // Same relative base as `npm run build`: the one build must work under any sub-path.
  const child = spawn(process.execPath, [cli, 'build', 'slides.md', '--base', './', '--out', BUILD_DIR], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  const append = (d: Buffer): void => {
    log += d.toString()
  }
  child.stdout.on('data', append)
  child.stderr.on('data', append)
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  if (code !== 0)
    throw new Error(`slidev build 失败（退出码 ${code}）：\n${log.slice(-4000)}`)
  writeFileSync(stamp, hash)
}

let server: StaticServer | undefined

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureFonts()
  await build()
  server = await startStaticServer(BUILD_DIR, SUB_PATH)
  project.provide('deckUrl', server.url)
  project.provide('deckOrigin', server.origin)
  project.provide('buildDir', BUILD_DIR)
  return async () => {
    await server?.close()
  }
}
