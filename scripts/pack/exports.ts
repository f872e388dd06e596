import type { ExportKind } from '../export/exportArgs'
/**
 * The PDF, the notes handout and the PPTX for the meeting pack, made by the project's own export commands
 * (`npm run export`, `export:notes`, `export:pptx`) as subprocesses: the pack depends on their command line
 * only, not on how they work inside.
 */
import type { FindChromiumResult } from '../shared/chromium'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { exportOutputPath } from '../export/exportArgs'

/** The npm script behind each export kind. */
export const EXPORT_SCRIPTS: Record<ExportKind, string> = { pdf: 'export', notes: 'export:notes', pptx: 'export:pptx' }

/** How the summary names each export. */
export const EXPORT_LABELS: Record<ExportKind, string> = { pdf: 'PDF', notes: '讲稿', pptx: 'PPTX' }

export type ExportOutcome
  = | { kind: ExportKind, ok: true, path: string, seconds: number }
    | { kind: ExportKind, ok: false, reason: string }

/** Last non-empty line a failed command printed (the export scripts end in one line saying why). */
function lastLine(output: string): string {
  return output.split('\n').map(l => l.trim()).filter(Boolean).at(-1) ?? '没有输出'
}

function runNpmScript(root: string, script: string, args: readonly string[]): Promise<{ code: number | null, output: string }> {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d: Buffer) => output += d.toString())
    child.stderr.on('data', (d: Buffer) => output += d.toString())
    child.on('error', error => done({ code: null, output: `${output}\n无法启动 npm：${error.message}` }))
    child.on('close', code => done({ code, output }))
  })
}

/**
 * Make each export into `outDir`, one after another (each starts a browser; two cores). Without a Chromium
 * none is attempted, and each is reported skipped with the finder's one-line reason.
 */
export async function runExports(root: string, outDir: string, basename: string, chromium: FindChromiumResult): Promise<ExportOutcome[]> {
  const kinds = Object.keys(EXPORT_SCRIPTS) as ExportKind[]
  if (!chromium.ok)
    return kinds.map(kind => ({ kind, ok: false, reason: chromium.message }))
  const outcomes: ExportOutcome[] = []
  for (const kind of kinds) {
    const started = performance.now()
    const path = exportOutputPath(kind, outDir, basename)
    const run = await runNpmScript(root, EXPORT_SCRIPTS[kind], ['--out-dir', outDir])
    if (run.code === 0 && existsSync(path))
      outcomes.push({ kind, ok: true, path, seconds: (performance.now() - started) / 1000 })
    else
      outcomes.push({ kind, ok: false, reason: lastLine(run.output) })
  }
  return outcomes
}
