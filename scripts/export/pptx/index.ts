/**
 * The editable PPTX (`npm run export:pptx`): read the rendered deck in Chromium (capture.ts), turn the slide model
 * into slides with pptxgenjs (build.ts), set what pptxgenjs cannot (postprocess.ts), and write the file whole:
 * a temporary file renamed into place, so a failed export never leaves half a PPTX behind.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { buildPptx } from './build'
import { captureDeck } from './capture'
import { postprocess } from './postprocess'

export interface EditablePptxParams {
  /** Chromium binary (scripts/shared/chromium.ts). */
  executablePath: string
  /** Output file, `.pptx`. */
  output: string
  /** Slides entry, relative to the project root (the working directory). */
  entry?: string
}

export async function exportEditablePptx(params: EditablePptxParams): Promise<void> {
  const deck = await captureDeck({ executablePath: params.executablePath, entry: params.entry ?? 'slides.md' })
  const built = await buildPptx(deck)
  const bytes = await postprocess(built.buffer, built.patches)
  const temp = `${params.output}.${process.pid}.tmp`
  try {
    writeFileSync(temp, bytes)
    renameSync(temp, params.output)
  }
  finally {
    rmSync(temp, { force: true })
  }
}
