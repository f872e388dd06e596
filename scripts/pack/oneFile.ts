/**
 * The one-file deck: `slidev build` with the plugins of scripts/vite/singleFile.ts (DECK_PACK=1), then the
 * files from public/ inlined (scripts/pack/inline.ts), the size checked, and the HTML written atomically.
 */
import type { PackPart } from './inline'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, join, resolve, sep } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { gzipSync } from 'node:zlib'
import { PACK_ENV } from '../vite/singleFile'
import { writeFileAtomic } from './atomic'
import { inlineLocalFiles, PackError } from './inline'
import { oversizeMessage } from './limits'

export interface OneFileResult {
  /** Where the HTML was written. */
  path: string
  /** Its size in bytes, and gzip-compressed (level 9). */
  bytes: number
  gzipBytes: number
  /** Its pieces, largest first. */
  parts: PackPart[]
}

/** Reader for {@link inlineLocalFiles} over a build folder; refuses anything outside it. */
function buildReader(dir: string): (path: string) => Uint8Array | undefined {
  const root = resolve(dir)
  return (path) => {
    const file = resolve(root, path)
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile())
      return undefined
    return readFileSync(file)
  }
}

/**
 * From a finished single-file build in `buildDir` to `outFile`: inline, check the size, write.
 * Throws {@link PackError} (one line) and writes nothing when a file cannot be inlined or the result is too large.
 */
export function finishOneFile(buildDir: string, outFile: string, maxBytes: number): OneFileResult {
  const entry = join(buildDir, 'index.html')
  if (!existsSync(entry))
    throw new PackError(`单文件构建没有生成 ${entry}。`)
  const { html, parts } = inlineLocalFiles(readFileSync(entry, 'utf8'), buildReader(buildDir))
  const bytes = Buffer.byteLength(html)
  const over = oversizeMessage(basename(outFile), bytes, parts, maxBytes)
  if (over)
    throw new PackError(over)
  writeFileAtomic(outFile, html)
  return { path: outFile, bytes, gzipBytes: gzipSync(html, { level: 9 }).length, parts }
}

/** First error line of a failed build's output, else its last line. */
function failureLine(output: string): string {
  const lines = stripVTControlCharacters(output).split('\n').map(l => l.trim()).filter(Boolean)
  return lines.find(l => /\berror\b|错误/i.test(l)) ?? lines.at(-1) ?? '没有输出'
}

/** `slidev build` of `root`'s slides.md into `outDir` with the one-file plugins switched on. */
async function singleFileBuild(root: string, outDir: string): Promise<void> {
  const slidev = createRequire(import.meta.url).resolve('@slidev/cli/bin/slidev.mjs')
  const child = spawn(process.execPath, [slidev, 'build', 'slides.md', '--base', './', '--out', outDir], {
    cwd: root,
    env: { ...process.env, [PACK_ENV]: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d: Buffer) => output += d.toString())
  child.stderr.on('data', (d: Buffer) => output += d.toString())
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail)
    child.on('close', done)
  })
  if (code !== 0)
    throw new PackError(`单文件构建失败（slidev build 退出码 ${code}）：${failureLine(output)}`)
}

/** Build the one-file deck of the project in `root` and write it to `outFile`. */
export async function buildOneFile(root: string, outFile: string, maxBytes: number): Promise<OneFileResult> {
  const work = mkdtempSync(join(tmpdir(), 'deck-pack-'))
  try {
    await singleFileBuild(root, work)
    return finishOneFile(work, outFile, maxBytes)
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}
