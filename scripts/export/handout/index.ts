/**
 * `npm run export:handout -- [--per-page 1|2|3|4|6] [--notes] [--out-dir <目录>]`: the deck printed for a
 * meeting on A4 paper, several slides a page (default 3 with lines for notes), or with its speaker notes
 * (`--notes`, default one slide a page; `npm run export:notes` is this with `--per-page 1 --notes`).
 * The slides are the vector pages of the slides PDF, printed fresh by the same one-pass print.
 */
import type { HandoutArgs } from './args'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseSync } from '@slidev/parser'
import { findChromium } from '../../shared/chromium'
import { exportBasename } from '../exportArgs'
import { finishSlidesPdf, writeFileAtomic } from '../pdf'
import { printDeck } from '../pdf/printDeck'
import { handoutFileName, parseHandoutArgs } from './args'
import { handoutContent } from './content'
import { buildHandout } from './render'

export type HandoutCliResult
  = | { ok: true, output: string }
    | { ok: false, message: string, exitCode: number }

/** Output path of a handout for the deck at `root`, named from the headmatter's `exportFilename`. */
export function handoutOutputPath(root: string, args: HandoutArgs, entry = 'slides.md'): string {
  const deck = parseSync(readFileSync(resolve(root, entry), 'utf8'), entry)
  return resolve(root, args.outDir, handoutFileName(exportBasename(deck.slides[0]?.frontmatter.exportFilename), args))
}

/**
 * Run the handout export from command-line arguments (after `handout`). Usage errors exit 2 with one line
 * listing the allowed values; a missing Chromium exits 1 with the message the other exports give. Nothing
 * is written unless the whole handout was made.
 */
export async function runHandoutCli(argv: readonly string[], root: string): Promise<HandoutCliResult> {
  const args = parseHandoutArgs(argv)
  if (!args.ok)
    return { ok: false, message: args.message, exitCode: 2 }
  const chromium = findChromium()
  if (!chromium.ok)
    return { ok: false, message: chromium.message, exitCode: 1 }
  const output = handoutOutputPath(root, args)
  mkdirSync(dirname(output), { recursive: true })
  // A stale file must never pass for a fresh export.
  rmSync(output, { force: true })
  const printed = await printDeck({ executablePath: chromium.path })
  const slidesPdf = await finishSlidesPdf(printed.pdf, printed.data)
  const handout = await buildHandout({
    slidesPdf,
    content: handoutContent(printed.data),
    perPage: args.perPage,
    notes: args.notes,
  })
  writeFileAtomic(output, handout)
  return { ok: true, output }
}
