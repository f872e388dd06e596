/**
 * `npm run fonts`: subset the deck's fonts to the characters the deck uses (scripts/fonts/subset.ts).
 * Run by `predev`, `prebuild` and every `preexport`; does nothing when nothing changed.
 *
 *   npx tsx scripts/fonts/index.ts [--force]
 */
import { ensureFonts, FontsError } from './subset'

try {
  await ensureFonts({ force: process.argv.includes('--force'), log: line => console.log(line) })
}
catch (e) {
  console.error(e instanceof FontsError ? e.message : `字体子集生成失败：${e instanceof Error ? e.message : String(e)}`)
  process.exitCode = 1
}
