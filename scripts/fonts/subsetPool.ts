/**
 * Font subsetting on every core: one worker thread per core (scripts/fonts/subsetWorker.mjs), the largest jobs
 * first. Cold subsetting was 2.8 s of a 7.1 s clean-clone build, almost all of it in the WOFF2 encoder (Brotli
 * at its highest quality, in WebAssembly), one face after another on one core; the faces are independent.
 * Each worker compiles its own harfbuzz (≈ 1 s of CPU), so threads only pay off on idle cores: on a busy machine
 * (measured here at load 16 on 2 cores: 5.4 s of CPU with two workers against 4.8 s one by one, and no shorter), the
 * jobs run one by one in this thread, as they do where workers cannot start. Idle is measured over a moment, not
 * read from the load average: that is a one-minute mean, still high right after `npm install` or a previous build
 * although the cores are free by then (the bench's cold builds ran one by one for that reason).
 */
import { readFile } from 'node:fs/promises'
import { availableParallelism, cpus } from 'node:os'
import { Worker } from 'node:worker_threads'
import subsetFont from 'subset-font'

/** One font to subset. */
export interface SubsetJob {
  /** Absolute path of the source TTF/OTF. */
  source: string
  /** Characters to keep. */
  text: string
  /** subset-font options (targetFormat, noHinting …). */
  options: Record<string, unknown>
  /** Relative cost, to start the longest jobs first (e.g. source bytes × characters). */
  weight?: number
}

const WORKER = new URL('./subsetWorker.mjs', import.meta.url)

async function runSerial(jobs: readonly SubsetJob[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = []
  for (const job of jobs)
    out.push(await subsetFont(await readFile(job.source), job.text, job.options))
  return out
}

/** Threads worth starting: one per idle core (rounded), at least one. */
export function idleThreads(cores: number, idleCores: number): number {
  return Math.max(1, Math.min(cores, Math.round(idleCores)))
}

/** How many cores were idle over the last `ms` milliseconds (from the kernel's per-core time counters). */
export async function measureIdleCores(ms = 60): Promise<number> {
  const total = (): { idle: number, all: number } => cpus().reduce((sum, cpu) => {
    const t = cpu.times
    return { idle: sum.idle + t.idle, all: sum.all + t.user + t.nice + t.sys + t.idle + t.irq }
  }, { idle: 0, all: 0 })
  const before = total()
  await new Promise(resolve => setTimeout(resolve, ms))
  const after = total()
  const all = after.all - before.all
  return all > 0 ? (after.idle - before.idle) / all * cpus().length : 0
}

/** Subset every job; results in the order of `jobs`. `threads` defaults to one per idle core. */
export async function subsetAll(jobs: readonly SubsetJob[], threads?: number): Promise<Uint8Array[]> {
  const cores = availableParallelism()
  const count = Math.max(1, Math.min(threads ?? (cores > 1 ? idleThreads(cores, await measureIdleCores()) : 1), jobs.length))
  if (count === 1)
    return runSerial(jobs)
  const order = jobs.map((job, i) => ({ job, i })).sort((a, b) => (b.job.weight ?? 0) - (a.job.weight ?? 0))
  const results: Uint8Array[] = Array.from({ length: jobs.length })
  let next = 0
  let workers: Worker[] = []
  try {
    workers = Array.from({ length: count }, () => new Worker(WORKER))
  }
  catch {
    return runSerial(jobs)
  }
  const drive = (worker: Worker): Promise<void> => new Promise((resolve, reject) => {
    const take = (): void => {
      const item = order[next++]
      if (!item)
        return resolve()
      worker.postMessage({ id: item.i, source: item.job.source, text: item.job.text, options: item.job.options })
    }
    worker.on('message', (msg: { id: number, bytes?: Uint8Array, error?: string }) => {
      if (msg.error !== undefined || !msg.bytes)
        return reject(new Error(msg.error ?? 'subset worker returned nothing'))
      results[msg.id] = msg.bytes
      take()
    })
    worker.once('error', reject)
    take()
  })
  try {
    await Promise.all(workers.map(drive))
  }
  finally {
    await Promise.all(workers.map(w => w.terminate()))
  }
  return results
}
