/** Thin wrappers over the command-line tools the distribution tests use (npm, poppler, fontconfig). */
import { execFile } from 'node:child_process'
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { create } from 'fontkit'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'

export interface RunResult { stdout: string, stderr: string, seconds: number }

/** Run a command in the project root; reject with the tail of its output when it fails. */
export function run(command: string, args: readonly string[], options: { timeoutMs?: number, env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const started = performance.now()
  return new Promise((resolvePromise, reject) => {
    execFile(command, args, { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024, timeout: options.timeoutMs ?? 600_000, env: options.env ?? process.env }, (error, stdout, stderr) => {
      const seconds = (performance.now() - started) / 1000
      if (error) {
        const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-25).join('\n')
        reject(new Error(`${command} ${args.join(' ')} failed (${error.message.split('\n')[0]}):\n${tail}`))
      }
      else {
        resolvePromise({ stdout, stderr, seconds })
      }
    })
  })
}

/** Absolute path of an installed program, searching PATH and the sbin folders; a clear error names the package. */
export function requireProgram(name: string, debianPackage: string): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin']
  for (const dir of dirs) {
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    }
    catch {}
  }
  throw new Error(`${name} 未安装：sudo apt-get install -y --no-install-recommends ${debianPackage}`)
}

/** `pdfinfo` fields, e.g. `Pages`, `Title`. */
export async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await run(requireProgram('pdfinfo', 'poppler-utils'), ['-enc', 'UTF-8', path])
  const fields: Record<string, string> = {}
  for (const line of stdout.split('\n')) {
    const at = line.indexOf(':')
    if (at > 0)
      fields[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return fields
}

/** Text of each page (`pdftotext`, content-stream order with `raw`), index 0 = page 1. */
export async function pdfPageTexts(path: string, raw = false): Promise<string[]> {
  const args = ['-enc', 'UTF-8', ...(raw ? ['-raw'] : []), path, '-']
  const { stdout } = await run(requireProgram('pdftotext', 'poppler-utils'), args)
  const pages = stdout.split('\f')
  if (pages.at(-1)?.trim() === '')
    pages.pop()
  return pages
}

/**
 * Text of one page (1-based) inside a rectangle given in PDF points, origin bottom-left like annotation
 * rectangles (`pdftotext` crop, which keeps the characters whose box lies inside).
 */
export async function pdfTextIn(path: string, page: number, rect: readonly number[], pageHeight: number): Promise<string> {
  const [x1, y1, x2, y2] = rect as [number, number, number, number]
  const x = Math.ceil(x1)
  const y = Math.ceil(pageHeight - y2)
  const crop = ['-x', String(x), '-y', String(y), '-W', String(Math.floor(x2) - x), '-H', String(Math.floor(pageHeight - y1) - y)]
  const args = ['-enc', 'UTF-8', '-r', '72', '-f', String(page), '-l', String(page), ...crop, path, '-']
  return (await run(requireProgram('pdftotext', 'poppler-utils'), args)).stdout.trim()
}

export interface PdfFont { name: string, type: string, embedded: boolean }

/** Fonts listed by `pdffonts`. */
export async function pdfFonts(path: string): Promise<PdfFont[]> {
  const { stdout } = await run(requireProgram('pdffonts', 'poppler-utils'), [path])
  const lines = stdout.split('\n')
  const header = lines.findIndex(line => line.startsWith('name'))
  const rule = lines[header + 1] ?? ''
  // Column widths come from the dashed rule under the header.
  const columns = [...rule.matchAll(/-+/g)].map(m => [m.index!, m.index! + m[0].length] as const)
  return lines.slice(header + 2).filter(line => line.trim()).map((line) => {
    const cell = (i: number) => line.slice(columns[i]![0], columns[i]![1]).trim()
    return { name: cell(0), type: cell(1), embedded: cell(3) === 'yes' }
  })
}

/** Font family names installed on this machine (fontconfig), spaces removed, for spotting fallbacks. */
export async function systemFontFamilies(): Promise<Set<string>> {
  const { stdout } = await run(requireProgram('fc-list', 'fontconfig'), ['--format', '%{family}\n'])
  const families = stdout.split('\n').flatMap(line => line.split(',')).map(f => f.replace(/\s+/g, '')).filter(Boolean)
  return new Set(families)
}

export interface OutlineItem { title: string, page: number, depth: number }

function decodeTitle(value: unknown): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : ''
}

/** PDF bookmarks in reading order, each with its 1-based target page and nesting depth (0 = top). */
export async function pdfOutline(path: string): Promise<OutlineItem[]> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  const pageNumbers = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]))
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const items: OutlineItem[] = []
  const targetPage = (item: PDFDict): number => {
    let dest = item.lookup(PDFName.of('Dest'))
    if (!dest) {
      const action = item.lookupMaybe(PDFName.of('A'), PDFDict)
      dest = action?.lookup(PDFName.of('D'))
    }
    const ref = dest instanceof PDFArray ? dest.get(0) : undefined
    return ref instanceof PDFRef ? pageNumbers.get(ref.toString()) ?? 0 : 0
  }
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push({ title: decodeTitle(item.lookup(PDFName.of('Title'))), page: targetPage(item), depth })
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1)
    }
  }
  walk(root?.lookupMaybe(PDFName.of('First'), PDFDict), 0)
  return items
}

/**
 * Descent over ascent + descent of the fonts a PDF declares, as poppler reads them for `pdftotext -bbox`
 * (a declared 0 keeps poppler's default of 0.95 / −0.35 em). One value per file: every font must agree.
 */
export async function pdfDescentRatio(path: string): Promise<number> {
  const doc = await PDFDocument.load(readFileSync(path), { updateMetadata: false })
  const ratios = new Set<string>()
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    // A descriptor without an Ascent entry describes no text font (a CIDSet holder, say).
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor') || !obj.has(PDFName.of('Ascent')))
      continue
    const value = (key: string, fallback: number) => Math.abs(Number(obj.get(PDFName.of(key))?.toString()) || 0) / 1000 || fallback
    const ascent = value('Ascent', 0.95)
    const descent = value('Descent', 0.35)
    ratios.add((descent / (ascent + descent)).toFixed(2))
  }
  if (ratios.size !== 1)
    throw new Error(`${path}: fonts declare different ascent/descent ratios (${[...ratios].join(', ')})`)
  return Number([...ratios][0])
}

/** Base font name without the 6-letter subset tag: `AAAAAA+DeckSans` → `DeckSans`. */
export function baseFontName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '')
}

/**
 * Embedded fonts that are copies of fonts installed on this machine: text the deck's own fonts did not
 * cover and Chromium filled in from the system. Type 3 fonts (Skia's glyph drawings, e.g. for synthetic
 * bold) carry no name and are left out; every named font is compared by family.
 */
export function machineFonts(fonts: readonly PdfFont[], system: ReadonlySet<string>): string[] {
  return fonts
    .filter(font => font.name !== '[none]')
    .map(font => baseFontName(font.name))
    .filter(name => system.has(name.replace(/-.*$/, '')))
}

/** Families of the deck's generated web fonts (public/fonts/generated), spaces removed as in PDF font names. */
export function deckFontFamilies(): string[] {
  const dir = join(PROJECT_ROOT, 'public/fonts/generated')
  const files = readdirSync(dir).filter(file => /\.(?:woff2?|ttf|otf)$/.test(file))
  return [...new Set(files.map(file => create(readFileSync(join(dir, file))).familyName.replace(/\s+/g, '')))]
}

const EXPORT_SCRIPTS = { pdf: 'export', notes: 'export:notes', pptx: 'export:pptx', handout: 'export:handout' } as const

/** Run the README's command for one export (`npm run export…`), writing into `outDir`; `extra` arguments follow. */
export function runExport(kind: keyof typeof EXPORT_SCRIPTS, outDir: string, extra: readonly string[] = []): Promise<RunResult> {
  return run('npm', ['run', '--silent', EXPORT_SCRIPTS[kind], '--', '--out-dir', outDir, ...extra], { timeoutMs: 900_000 })
}
