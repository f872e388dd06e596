import { accessSync, constants } from 'node:fs'

/** Environment variable that names the Chromium/Chrome binary to use. */
export const CHROMIUM_ENV = 'CHROMIUM_PATH'

/** Places searched, in order, when {@link CHROMIUM_ENV} is not set. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
] as const

export interface FindChromiumOptions {
  /** Environment to read {@link CHROMIUM_ENV} from; defaults to `process.env`. */
  env?: Record<string, string | undefined>
  /** Candidate paths; defaults to {@link CHROMIUM_CANDIDATES}. */
  candidates?: readonly string[]
  /** Whether a path is an executable file; injectable for tests. */
  isExecutable?: (path: string) => boolean
}

export type FindChromiumResult
  = | { ok: true, path: string, source: 'env' | 'search' }
    | { ok: false, message: string }

function defaultIsExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

/**
 * Locate a Chromium-family browser without ever downloading one.
 * The environment variable wins; a variable that points at nothing is an error, not a fallback.
 */
export function findChromium(options: FindChromiumOptions = {}): FindChromiumResult {
  const env = options.env ?? process.env
  const isExecutable = options.isExecutable ?? defaultIsExecutable
  const fromEnv = env[CHROMIUM_ENV]?.trim()
  if (fromEnv) {
    if (isExecutable(fromEnv))
      return { ok: true, path: fromEnv, source: 'env' }
    return { ok: false, message: `${CHROMIUM_ENV}的值“${fromEnv}”不是可执行文件。请改正该路径，或删去此变量以自动查找 /usr/bin/chromium。` }
  }
  for (const candidate of options.candidates ?? CHROMIUM_CANDIDATES) {
    if (isExecutable(candidate))
      return { ok: true, path: candidate, source: 'search' }
  }
  return {
    ok: false,
    message: `未找到 Chromium。请安装（Debian/Ubuntu：sudo apt-get install -y chromium），或设置环境变量${CHROMIUM_ENV}=/path/to/chrome。`,
  }
}

/** Like {@link findChromium} but throws an Error carrying the one-line message. */
export function requireChromium(options?: FindChromiumOptions): string {
  const found = findChromium(options)
  if (!found.ok)
    throw new Error(found.message)
  return found.path
}

/** Flags for a headless Chromium on a closed network: no background traffic, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
] as const
