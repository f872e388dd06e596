/** `npm run pack` as the README gives it, with its exit code and output kept for the assertions. */
import { execFile } from 'node:child_process'
import { PROJECT_ROOT as ROOT } from '../../scripts/shared/projectRoot'

export interface PackRun { code: number | null, stdout: string, stderr: string }

export function runPack(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<PackRun> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'pack', '--', ...args], { cwd: ROOT, env, timeout: 900_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
    })
  })
}
