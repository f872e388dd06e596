/** Start Debian's nginx on a loopback port with hosting/nginx.conf, for the hosting tests. */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'
import { PortTakenError, reportsPortTaken, withFreePort } from '../browser/ports'
import { requireProgram } from '../export/tools'

export const NGINX_CONF = join(PROJECT_ROOT, 'hosting/nginx.conf')

/**
 * The README's server block with only `listen` and `root` replaced. Throws if the block stops having
 * exactly one of each, so the test can never quietly serve a different configuration.
 */
export function renderServerBlock(template: string, listen: string, root: string): string {
  const listens = template.match(/^\s*listen\s[^;]+;/gm) ?? []
  const roots = template.match(/^\s*root\s[^;]+;/gm) ?? []
  if (listens.length !== 1 || roots.length !== 1)
    throw new Error(`hosting/nginx.conf must have exactly one listen and one root line (found ${listens.length} and ${roots.length})`)
  return template
    .replace(/^(\s*)listen\s[^;]+;/m, `$1listen ${listen};`)
    .replace(/^(\s*)root\s[^;]+;/m, `$1root ${root};`)
}

export interface RunningNginx {
  origin: string
  process: ChildProcess
  errorLog: string
  stop: () => Promise<void>
}

/**
 * Run nginx in the foreground with the server block under `work/`, serving `wwwRoot`, on a free loopback
 * port; if another process takes the port first, nginx fails to bind and it starts again on a new one.
 */
export async function startNginx(work: string, wwwRoot: string): Promise<RunningNginx> {
  const nginx = requireProgram('nginx', 'nginx-light')
  return withFreePort(port => startNginxOn(nginx, port, work, wwwRoot))
}

/** Run nginx as {@link startNginx} does, on `port`; throws {@link PortTakenError} when nginx cannot bind it. */
export async function startNginxOn(nginx: string, port: number, work: string, wwwRoot: string): Promise<RunningNginx> {
  const temp = join(work, 'nginx-temp')
  mkdirSync(temp, { recursive: true })
  const server = renderServerBlock(readFileSync(NGINX_CONF, 'utf8'), `127.0.0.1:${port}`, wwwRoot)
  writeFileSync(join(work, 'server.conf'), server)
  const errorLog = join(work, 'error.log')
  const pidFile = join(work, 'nginx.pid')
  writeFileSync(errorLog, '')
  writeFileSync(pidFile, '')
  writeFileSync(join(work, 'nginx.conf'), [
    'daemon off;',
    'worker_processes 1;',
    `pid ${pidFile};`,
    `error_log ${errorLog} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${join(work, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(kind => `  ${kind}_temp_path ${join(temp, kind)};`),
    `  include ${join(work, 'server.conf')};`,
    '}',
    '',
  ].join('\n'))
  const child = spawn(nginx, ['-p', work, '-e', errorLog, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const closed = new Promise<void>(resolve => child.once('close', () => resolve()))
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 15_000
  // nginx writes its pid file only after it has bound every listen socket, so a server answering on the
  // port before that could be another process; wait for our pid, then for an answer.
  while (true) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await closed
      const output = `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`
      if (reportsPortTaken(output))
        throw new PortTakenError(port, output.trim())
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}): ${output}`)
    }
    const bound = readFileSync(pidFile, 'utf8').trim() === String(child.pid)
    if (bound) {
      try {
        await fetch(`${origin}/`)
        break
      }
      catch {}
    }
    if (Date.now() > deadline) {
      child.kill('SIGQUIT')
      throw new Error(`nginx did not answer on ${origin} within 15 s: ${stderr}`)
    }
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  return {
    origin,
    process: child,
    errorLog,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null)
        return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGQUIT')
    }),
  }
}
