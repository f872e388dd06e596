import type { Browser } from 'playwright-chromium'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, requireChromium } from '../../scripts/shared/chromium'

/** The only fonts Chromium may see in the suite: Latin faces, so no CJK glyph can come from the machine. */
export const LATIN_FONT_DIR = '/usr/share/fonts/truetype/dejavu'

/**
 * Write a fontconfig file that lists only {@link LATIN_FONT_DIR}; returns its path (for FONTCONFIG_FILE).
 * Without `dir`, a fresh folder under the system temp folder, so concurrent runs never share one.
 */
export function writeLatinFontconfig(dir?: string): string {
  if (!existsSync(LATIN_FONT_DIR))
    throw new Error(`未找到 ${LATIN_FONT_DIR}：浏览器测试只让 Chromium 看到这一拉丁字体目录。请安装 fonts-dejavu-core（sudo apt-get install -y fonts-dejavu-core）。`)
  dir ??= mkdtempSync(join(tmpdir(), 'deck-fontconfig-'))
  mkdirSync(join(dir, 'cache'), { recursive: true })
  const file = join(dir, 'fonts.conf')
  writeFileSync(file, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `  <dir>${LATIN_FONT_DIR}</dir>`,
    `  <cachedir>${join(dir, 'cache')}</cachedir>`,
    '  <config><rescan><int>0</int></rescan></config>',
    '</fontconfig>',
    '',
  ].join('\n'))
  return file
}

/**
 * Headless system Chromium that sees only Latin system fonts; never downloads a browser. Its fontconfig
 * lives in a folder of its own (removed when the browser goes away), so parallel runs cannot collide.
 * `extraArgs` are added to {@link CHROMIUM_ARGS} (e.g. a host-resolver rule).
 */
export async function launchDeckBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'deck-fontconfig-'))
  const removeDir = (): void => rmSync(dir, { recursive: true, force: true })
  try {
    const browser = await chromium.launch({
      executablePath: requireChromium(),
      args: [...CHROMIUM_ARGS, ...extraArgs],
      headless: true,
      env: { ...process.env, FONTCONFIG_FILE: writeLatinFontconfig(dir) },
    })
    browser.once('disconnected', removeDir)
    return browser
  }
  catch (error) {
    removeDir()
    throw error
  }
}
