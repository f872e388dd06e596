/**
 * LibreOffice Impress as the test's PPTX client: a PDF of a PPTX, drawn with fonts chosen by a fontconfig of the
 * test's own. That fontconfig stands the deck's full Noto SC faces (from npm) in for the Windows fonts the PPTX
 * names (scripts/export/pptx/fonts.ts), so geometry checks measure real Chinese glyphs on a machine without any
 * CJK font, and nothing of the machine's own font setup leaks in.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PPTX_FONTS } from '../../scripts/export/pptx/fonts'
import { PROJECT_ROOT as ROOT } from '../../scripts/shared/projectRoot'
import { requireProgram, run } from './tools'

/** The Noto SC files that stand in for each role, and the family name fontconfig knows them by. */
const STAND_INS = {
  sans: { family: 'Noto Sans SC', files: ['noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'] },
  serif: { family: 'Noto Serif SC', files: ['noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf'] },
} as const

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/**
 * Write `dir`/fonts.conf: only the stand-in files (and DejaVu for LibreOffice's own UI), every mapped font name
 * replaced by its stand-in. Returns the file's path, for FONTCONFIG_FILE.
 */
export function writeStandInFontconfig(dir: string): string {
  const fontDir = join(dir, 'fonts')
  mkdirSync(join(dir, 'cache'), { recursive: true })
  mkdirSync(fontDir, { recursive: true })
  const rules: string[] = []
  for (const [role, mapping] of Object.entries(PPTX_FONTS) as [keyof typeof STAND_INS, typeof PPTX_FONTS.sans][]) {
    for (const name of new Set([mapping.latin, mapping.eastAsian, ...mapping.aliases]))
      rules.push(`  <match target="pattern"><test name="family"><string>${escape(name)}</string></test><edit name="family" mode="assign" binding="strong"><string>${STAND_INS[role].family}</string></edit></match>`)
  }
  const dirs = new Set(Object.values(STAND_INS).flatMap(s => s.files.map(f => join(ROOT, 'node_modules/@expo-google-fonts', f, '..'))))
  const file = join(dir, 'fonts.conf')
  writeFileSync(file, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    ...[...dirs].map(d => `  <dir>${escape(d)}</dir>`),
    '  <dir>/usr/share/fonts/truetype/dejavu</dir>',
    `  <cachedir>${escape(join(dir, 'cache'))}</cachedir>`,
    ...rules,
    '</fontconfig>',
    '',
  ].join('\n'))
  return file
}

/** Convert `pptx` to PDF with LibreOffice in `work` (its own profile; optional fontconfig); returns the PDF's path. */
export async function libreOfficePdf(pptx: string, work: string, fontconfig?: string): Promise<string> {
  const soffice = requireProgram('soffice', 'libreoffice-impress')
  await run(soffice, [
    `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'pdf',
    '--outdir',
    work,
    pptx,
  ], { timeoutMs: 300_000, env: fontconfig ? { ...process.env, FONTCONFIG_FILE: fontconfig } : process.env })
  return join(work, basename(pptx).replace(/\.pptx$/, '.pdf'))
}
