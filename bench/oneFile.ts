/**
 * The one-file deck of `npm run pack` in the bench: built in the `ours` workspace by the pack's own builder
 * (scripts/pack/oneFile.ts), its size raw and gzip-compressed, and slide 1 opened from file://, cold, timed
 * by the same in-page probe as the hosted deck (bench/browser.ts measureLoad).
 */
import type { Browser } from 'playwright-chromium'
import type { LoadRun } from './browser'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { MAX_PACK_BYTES } from '../scripts/pack/limits'
import { buildOneFile } from '../scripts/pack/oneFile'
import { measureLoad } from './browser'

export interface OneFileData {
  /** Wall time of the one-file build (slidev build with the pack plugins, then inlining), ms. */
  buildMs: number
  /** Size of the HTML, bytes. */
  bytes: number
  /** Its size gzip-compressed at level 6 (what nginx's gzip_comp_level 6 would send), bytes. */
  gzipBytes: number
  /** Cold loads from file://. */
  loads: LoadRun[]
}

/** Build the one-file deck of the project copy `root` into `work`, then open it `runs` times. */
export async function measureOneFile(root: string, work: string, browser: Browser, runs: number, capMs: number, progress: (line: string) => void): Promise<OneFileData> {
  progress('one-file deck: build')
  const file = join(work, 'one-file.html')
  const started = performance.now()
  // No size limit here: the bench reports the size, it does not refuse it.
  await buildOneFile(root, file, Number.MAX_SAFE_INTEGER)
  const buildMs = performance.now() - started
  const html = readFileSync(file)
  const loads: LoadRun[] = []
  for (let run = 0; run < runs; run++) {
    progress(`one-file deck from file://: #${run + 1}`)
    loads.push(await measureLoad(browser, pathToFileURL(file).href, capMs))
  }
  return { buildMs, bytes: html.length, gzipBytes: gzipSync(html, { level: 6 }).length, loads }
}

/** Budget for the HTML: 6 MB, below the 8 MB at which `npm run pack` refuses it ({@link MAX_PACK_BYTES}). */
export const ONE_FILE_BUDGET_BYTES = 6 * 1024 * 1024
/** Budget for slide 1 in its final font from file://, as a multiple of the hosted deck's time in the same run. */
export const ONE_FILE_READY_BUDGET = 1.5
