/** Command line of `npm run pack -- [--out-dir <目录>] [--max-mb <数>]`. */
import { DEFAULT_EXPORT_DIR } from '../export/exportArgs'
import { MAX_PACK_BYTES } from './limits'

export interface PackCli {
  /** Output folder, relative to the project root or absolute. */
  outDir: string
  /** Size limit of each written file, in bytes. */
  maxBytes: number
}

export type ParsePackCliResult = ({ ok: true } & PackCli) | { ok: false, message: string }

const USAGE = '用法：npm run pack -- [--out-dir <目录>] [--max-mb <兆字节>]'

/** Parse the arguments after `npm run pack --`. Errors are one line with the usage. */
export function parsePackCli(argv: readonly string[]): ParsePackCliResult {
  let outDir = DEFAULT_EXPORT_DIR
  let maxBytes = MAX_PACK_BYTES
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const value = argv[i + 1]
    if (arg === '--out-dir' || arg === '--max-mb') {
      if (value === undefined || value.startsWith('--'))
        return { ok: false, message: `${arg} 缺少取值。${USAGE}` }
      i++
      if (arg === '--out-dir') {
        outDir = value
      }
      else {
        const mb = Number(value)
        if (!Number.isFinite(mb) || mb <= 0)
          return { ok: false, message: `--max-mb 应为正数，而不是“${value}”。${USAGE}` }
        maxBytes = Math.round(mb * 1024 * 1024)
      }
    }
    else {
      return { ok: false, message: `无法识别的参数“${arg}”。${USAGE}` }
    }
  }
  return { ok: true, outDir, maxBytes }
}
