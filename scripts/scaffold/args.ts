/** The scaffold's command line, and the one error type it reports through. */

/** A problem the user can fix; printed as one line, no stack trace. */
export class ScaffoldError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message)
  }
}

export const USAGE = '用法：npm run scaffold -- <文章.txt> [--out <输出目录>] [--force]'

export interface ScaffoldArgs {
  /** Path of the article (plain text, UTF-8 or GBK) */
  input: string
  /** Output folder; default `<article name>-deck` in the current folder */
  out?: string
  /** Replace an existing output folder made by an earlier scaffold run */
  force: boolean
}

/** Parse command-line arguments (without `node script`). Throws ScaffoldError with exit code 2 on misuse. */
export function parseScaffoldArgs(argv: string[]): ScaffoldArgs {
  let input: string | undefined
  let out: string | undefined
  let force = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--force' || a === '-f') {
      force = true
    }
    else if (a === '--out' || a === '-o') {
      out = argv[++i]
      if (!out || out.startsWith('-'))
        throw new ScaffoldError(`--out 后面要跟输出目录。${USAGE}`, 2)
    }
    else if (a.startsWith('--out=')) {
      out = a.slice('--out='.length)
      if (!out)
        throw new ScaffoldError(`--out= 后面要跟输出目录。${USAGE}`, 2)
    }
    else if (a === '--help' || a === '-h') {
      throw new ScaffoldError(USAGE, 0)
    }
    else if (a.startsWith('-')) {
      throw new ScaffoldError(`不认识的选项 ${a}。${USAGE}`, 2)
    }
    else if (input === undefined) {
      input = a
    }
    else {
      throw new ScaffoldError(`只能给一个文章文件（多出了 ${a}）。${USAGE}`, 2)
    }
  }
  if (!input)
    throw new ScaffoldError(`缺少文章文件。${USAGE}`, 2)
  return { input, out, force }
}
