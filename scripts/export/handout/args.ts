/** Arguments of `npm run export:handout -- [--per-page 1|2|3|4|6] [--notes] [--out-dir <目录>]` (pure). */

/** Slides per A4 page that the handout offers (PowerPoint's choices, less 9: too small to read on A4). */
export const PER_PAGE_CHOICES = [1, 2, 3, 4, 6] as const

export type PerPage = typeof PER_PAGE_CHOICES[number]

export interface HandoutArgs {
  /** Slides per page. Default 3 (with ruled lines for notes), or 1 with `--notes` (a notes page). */
  perPage: PerPage
  /** Print each slide's speaker notes beside or below it. */
  notes: boolean
  /** Output folder, relative to the project root or absolute. */
  outDir: string
}

export type ParseHandoutArgsResult
  = | ({ ok: true } & HandoutArgs)
    | { ok: false, message: string }

export const HANDOUT_USAGE = `用法：npm run export:handout -- [--per-page ${PER_PAGE_CHOICES.join('|')}] [--notes] [--out-dir <目录>]`

const ALLOWED = `${PER_PAGE_CHOICES.slice(0, -1).join('、')} 或 ${PER_PAGE_CHOICES.at(-1)}`

function perPageOf(value: string | undefined): PerPage | string {
  if (value === undefined || value === '' || value.startsWith('--'))
    return `--per-page 缺少数值，可选 ${ALLOWED}。`
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN
  return (PER_PAGE_CHOICES as readonly number[]).includes(n)
    ? n as PerPage
    : `--per-page 只能是 ${ALLOWED}（收到“${value}”）。`
}

/** Parse the handout's arguments; every error is one line. `--per-page=3` and `--per-page 3` both work. */
export function parseHandoutArgs(argv: readonly string[]): ParseHandoutArgsResult {
  let perPage: PerPage | undefined
  let notes = false
  let outDir = 'exports'
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (flag === '--per-page') {
      const parsed = perPageOf(inline ?? argv[++i])
      if (typeof parsed === 'string')
        return { ok: false, message: parsed }
      perPage = parsed
    }
    else if (flag === '--notes' && inline === undefined) {
      notes = true
    }
    else if (flag === '--out-dir') {
      const value = inline ?? argv[++i]
      if (!value || value.startsWith('--'))
        return { ok: false, message: `--out-dir 缺少目录。${HANDOUT_USAGE}` }
      outDir = value
    }
    else {
      return { ok: false, message: `无法识别的参数“${arg}”。${HANDOUT_USAGE}` }
    }
  }
  return { ok: true, perPage: perPage ?? (notes ? 1 : 3), notes, outDir }
}

/** Output file name: `<stem>-notes.pdf` for notes pages (as `export:notes` names it), else `<stem>-handout-3up.pdf`. */
export function handoutFileName(stem: string, args: Pick<HandoutArgs, 'perPage' | 'notes'>): string {
  if (args.notes)
    return args.perPage === 1 ? `${stem}-notes.pdf` : `${stem}-notes-${args.perPage}up.pdf`
  return `${stem}-handout-${args.perPage}up.pdf`
}
