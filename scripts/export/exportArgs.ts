/** What `npm run export*` can produce: the slides PDF, the speaker-notes handout PDF, or a PPTX. */
export type ExportKind = 'pdf' | 'notes' | 'pptx'

export const EXPORT_KINDS: readonly ExportKind[] = ['pdf', 'notes', 'pptx']

/** Default output folder, relative to the project root (ignored by git). */
export const DEFAULT_EXPORT_DIR = 'exports'

/** File name stem shared by all exports when the deck's headmatter sets no `exportFilename`. */
export const EXPORT_BASENAME = 'cluster-upgrade-briefing'

/** Per-page render timeout handed to Slidev, in ms (its default of 30 s is tight on two cores). */
export const EXPORT_TIMEOUT_MS = 120_000

export interface ExportCliParams {
  /** Which output to make. */
  kind: ExportKind
  /** Output folder, relative to the project root or absolute. */
  outDir: string
  /** PPTX only (`--pictures`): one picture per slide, as `slidev export` makes it, instead of editable slides. */
  pictures?: true
}

export type ParseExportCliResult
  = | ({ ok: true } & ExportCliParams)
    | { ok: false, message: string }

const USAGE = `用法：tsx scripts/export/index.ts <${EXPORT_KINDS.join('|')}> [--out-dir <目录>] [--pictures（仅 pptx）]`

/** Parse `scripts/export/index.ts` arguments, e.g. `['pptx', '--out-dir', 'tmp']`. Errors are one line. */
export function parseExportCli(argv: readonly string[]): ParseExportCliResult {
  let kind: ExportKind | undefined
  let outDir = DEFAULT_EXPORT_DIR
  let pictures = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--pictures') {
      pictures = true
    }
    else if (arg === '--out-dir') {
      const value = argv[++i]
      if (!value || value.startsWith('--'))
        return { ok: false, message: `--out-dir 缺少目录。${USAGE}` }
      outDir = value
    }
    else if ((EXPORT_KINDS as readonly string[]).includes(arg) && kind === undefined) {
      kind = arg as ExportKind
    }
    else {
      return { ok: false, message: `无法识别的参数“${arg}”。${USAGE}` }
    }
  }
  if (!kind)
    return { ok: false, message: `缺少导出类型。${USAGE}` }
  if (pictures && kind !== 'pptx')
    return { ok: false, message: `--pictures 只用于 pptx。${USAGE}` }
  return pictures ? { ok: true, kind, outDir, pictures } : { ok: true, kind, outDir }
}

/**
 * File name stem from the headmatter's `exportFilename` (Slidev's own setting), or {@link EXPORT_BASENAME}
 * when it is missing or would leave the output folder (a path separator, a leading dot).
 */
export function exportBasename(exportFilename: unknown): string {
  if (typeof exportFilename !== 'string')
    return EXPORT_BASENAME
  const name = exportFilename.trim().replace(/\.(?:pdf|pptx)$/i, '')
  if (!name || /[/\\:\0]/.test(name) || name.startsWith('.'))
    return EXPORT_BASENAME
  return name
}

/** Output file of one export kind inside `outDir`, with the extension Slidev would otherwise append. */
export function exportOutputPath(kind: ExportKind, outDir: string = DEFAULT_EXPORT_DIR, basename: string = EXPORT_BASENAME): string {
  const dir = outDir.replace(/\/+$/, '') || '/'
  const file = kind === 'pdf'
    ? `${basename}.pdf`
    : kind === 'notes'
      ? `${basename}-notes.pdf`
      : `${basename}.pptx`
  return dir === '/' ? `/${file}` : `${dir}/${file}`
}

export interface SlidevExportArgsParams {
  /** `pdf` or `pptx`; the notes handout does not go through `slidev export`. */
  kind: Exclude<ExportKind, 'notes'>
  /** Chromium/Chrome binary, e.g. from `findChromium()`. */
  executablePath: string
  /** Output file path, including its extension. */
  output: string
  /** Slides entry, relative to the project root. */
  entry?: string
  /** Per-page render timeout in ms. */
  timeoutMs?: number
}

/**
 * Arguments for `slidev` that make one export.
 * PDF: one page per slide in its final click state, with an outline (`--with-toc`).
 * PPTX: Slidev would add one slide per click for pptx; `--no-with-clicks` keeps one per slide, each
 * a picture of the slide in its final click state at Slidev's default 2× scale (sharp on a projector).
 */
export function slidevExportArgs(params: SlidevExportArgsParams): string[] {
  const args = [
    'export',
    params.entry ?? 'slides.md',
    '--format',
    params.kind,
    '--output',
    params.output,
    '--executable-path',
    params.executablePath,
    '--timeout',
    String(params.timeoutMs ?? EXPORT_TIMEOUT_MS),
  ]
  if (params.kind === 'pdf')
    args.push('--with-toc')
  else
    args.push('--no-with-clicks')
  return args
}

/** Human-readable size, e.g. `1.4 MB`, for the line printed after each export. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0)
    throw new RangeError(`not a byte count: ${bytes}`)
  if (bytes < 1024)
    return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  // Compare the rounded figure, so 1023.96 KB reads as 1.0 MB rather than 1024.0 KB.
  while (Number(value.toFixed(1)) >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}
