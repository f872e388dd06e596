import type { EnsureFontsResult } from './subset'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { create } from 'fontkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DECK_FONT_FACES } from '../../logic/fontFaces'
import { PROJECT_ROOT } from '../shared/projectRoot'
import { collectDeckChars, describeMissing, missingChars } from './chars'
import { charSetHash, ensureFonts, FONT_BUDGET_BYTES, FontsError, sourceFontPath } from './subset'

function cmapOf(path: string): Set<number> {
  return new Set(create(readFileSync(path)).characterSet)
}

describe('the generated deck fonts', () => {
  let result: EnsureFontsResult
  beforeAll(async () => {
    result = await ensureFonts()
  }, 120_000)

  it('should contain every character the deck uses, in every deck face', () => {
    for (const file of result.files.filter(f => f.face.scope === 'deck')) {
      const missing = missingChars(result.charSet.chars, cmapOf(file.path))
      expect(missing, `${file.face.output} lacks:\n${describeMissing(missing, result.charSet.firstUse)}`).toEqual([])
    }
  })

  it('should give the cover faces every character of the first slide and the cover layout, and only a few others', () => {
    const cover = result.files.filter(f => f.face.scope === 'cover')
    expect(cover.map(f => f.face.family).sort()).toEqual(['Deck Cover Sans', 'Deck Cover Serif'])
    // Read independently of coverText: the title line and the source line of slide 1, and the layout's own words.
    const slides = readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8')
    const title = slides.match(/^# (.+)$/m)![1]!
    const source = slides.match(/^source: (.+)$/m)![1]!
    const needed = [...new Set(`${title}${source}简报汇报`)].filter(ch => ch.trim())
    for (const file of cover) {
      const cmap = cmapOf(file.path)
      expect(missingChars(needed, cmap), file.face.output).toEqual([])
      expect(cmap.size, `${file.face.output} should be a small subset`).toBeLessThan(result.charSet.chars.length / 2)
    }
  })

  it('should give the sans cover face the Chinese of Slidev\'s unseen controls on slide 1, and the serif one not', () => {
    // Titles of the nav bar and the sync button, the go-to box's placeholder: shaped from the first frame.
    const controls = [...new Set('全屏上一步下一步幻灯片总览演讲者视图简报信息翻页同步设置更多选项输入页码或标题，按回车跳转')]
    const face = (family: string) => cmapOf(result.files.find(f => f.face.family === family)!.path)
    expect(missingChars(controls, face('Deck Cover Sans'))).toEqual([])
    expect(missingChars(controls, face('Deck Cover Serif')).length).toBeGreaterThan(controls.length / 2)
  })

  it('should cover every non-ASCII character of slides.md, read independently of the collector', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8')
    const used = [...new Set(text)].filter(ch => ch.codePointAt(0)! > 0x7F && !/[\s\u200B-\u200F]/.test(ch))
    expect(used.length).toBeGreaterThan(0)
    for (const file of result.files.filter(f => f.face.scope === 'deck')) {
      const missing = missingChars(used, cmapOf(file.path))
      expect(missing, `${file.face.output} lacks: ${missing.join('')}`).toEqual([])
    }
  })

  it('should cover every character of the Vue components and layouts', () => {
    const vueFiles: string[] = []
    for (const dir of ['components', 'layouts']) {
      const path = join(PROJECT_ROOT, dir)
      expect(existsSync(path), `${dir}/ is missing: the deck's Vue files live there, so this check would cover nothing`).toBe(true)
      vueFiles.push(...readdirSync(path).filter(f => f.endsWith('.vue')).map(f => join(path, f)))
    }
    expect(vueFiles.length, 'no .vue file in components/ or layouts/').toBeGreaterThan(0)
    const used = [...new Set(vueFiles.map(f => readFileSync(f, 'utf8')).join(''))].filter(ch => ch.codePointAt(0)! > 0x7F && !/\s/.test(ch))
    expect(result.files.length).toBe(DECK_FONT_FACES.length)
    for (const file of result.files.filter(f => f.face.scope === 'deck')) {
      const missing = missingChars(used, cmapOf(file.path))
      expect(missing, `${file.face.output} lacks: ${missing.join('')}`).toEqual([])
    }
  })

  it('should stay within the 600 KB budget for all faces together', () => {
    const onDisk = result.files.reduce((sum, f) => sum + statSync(f.path).size, 0)
    expect(onDisk).toBe(result.totalBytes)
    expect(onDisk).toBeLessThanOrEqual(FONT_BUDGET_BYTES)
  })

  it('should name the faces the deck asks for (family of the source font, one per weight)', () => {
    for (const file of result.files) {
      const font = create(readFileSync(file.path))
      expect(font.familyName).toBe(file.face.family.endsWith('Serif') ? 'Noto Serif SC' : 'Noto Sans SC')
      expect(font.subfamilyName).toBe(file.face.weight === 700 ? 'Bold' : 'Regular')
    }
  })

  it('should ship the OFL licence beside the fonts', () => {
    for (const name of ['OFL-NotoSansSC.txt', 'OFL-NotoSerifSC.txt'])
      expect(readFileSync(join(PROJECT_ROOT, 'public', 'fonts', name), 'utf8')).toContain('SIL Open Font License')
  })
})

describe('charSetHash', () => {
  it('should change when a character or the salt changes, and not otherwise', () => {
    const h = charSetHash(['a', '中'], 's')
    expect(charSetHash(['a', '中'], 's')).toBe(h)
    expect(charSetHash(['a', '中', '文'], 's')).not.toBe(h)
    expect(charSetHash(['a', '中'], 't')).not.toBe(h)
    expect(h).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('ensureFonts on a scratch project', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
    mkdirSync(join(root, 'node_modules', '@expo-google-fonts'), { recursive: true })
    for (const pkg of ['@expo-google-fonts/noto-sans-sc', '@expo-google-fonts/noto-serif-sc', 'subset-font'])
      symlinkSync(join(PROJECT_ROOT, 'node_modules', pkg), join(root, 'node_modules', pkg), 'dir')
    writeFileSync(join(root, 'package.json'), '{"type":"module"}')
    writeFileSync(join(root, 'slides.md'), '# 集群\n')
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('should generate, then reuse the cache, then regenerate when a new character appears', async () => {
    const first = await ensureFonts({ root })
    expect(first.changed).toBe(true)
    const again = await ensureFonts({ root })
    expect(again.changed).toBe(false)
    expect(again.hash).toBe(first.hash)
    expect(cmapOf(first.files[0].path).has('龘'.codePointAt(0)!)).toBe(false)

    writeFileSync(join(root, 'slides.md'), '# 集群\n\n龘\n')
    const third = await ensureFonts({ root })
    expect(third.changed).toBe(true)
    expect(third.charSet.chars).toEqual(collectDeckChars([{ path: 'slides.md', text: '# 集群\n\n龘\n' }]).chars)
    for (const file of third.files)
      expect(cmapOf(file.path).has('龘'.codePointAt(0)!), file.face.output).toBe(true)
  }, 120_000)

  it('should regenerate when a generated file was deleted or damaged', async () => {
    await ensureFonts({ root })
    writeFileSync(join(root, 'public', 'fonts', 'generated', DECK_FONT_FACES[0].output), 'x')
    expect((await ensureFonts({ root })).changed).toBe(true)
  }, 120_000)
})

describe('a missing source font', () => {
  it('should be reported in one line that names the package to install, without a stack trace', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'deck-nofonts-'))
    try {
      writeFileSync(join(empty, 'slides.md'), '# 你好\n')
      expect(() => sourceFontPath(DECK_FONT_FACES[2], empty)).toThrow(FontsError)
      const error = await ensureFonts({ root: empty }).then(() => undefined, (e: unknown) => e)
      expect(error).toBeInstanceOf(FontsError)
      const message = (error as Error).message
      expect(message).toContain('npm install')
      expect(message).toContain(DECK_FONT_FACES[0].pkg)
      expect(message).toContain(DECK_FONT_FACES[0].file)
      expect(message).not.toContain('\n')
    }
    finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
