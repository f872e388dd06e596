import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_EXPORT_DIR, EXPORT_BASENAME, EXPORT_KINDS, exportBasename, exportOutputPath, formatBytes, parseExportCli, slidevExportArgs } from './exportArgs'

describe('parseExportCli', () => {
  it('should accept each export kind with the default output folder', () => {
    for (const kind of EXPORT_KINDS)
      expect(parseExportCli([kind])).toEqual({ ok: true, kind, outDir: DEFAULT_EXPORT_DIR })
  })

  it('should take --out-dir before or after the kind', () => {
    expect(parseExportCli(['pptx', '--out-dir', '/tmp/x'])).toEqual({ ok: true, kind: 'pptx', outDir: '/tmp/x' })
    expect(parseExportCli(['--out-dir', 'out', 'notes'])).toEqual({ ok: true, kind: 'notes', outDir: 'out' })
  })

  it('should keep the picture-per-slide PPTX behind --pictures, in any position', () => {
    expect(parseExportCli(['pptx', '--pictures'])).toEqual({ ok: true, kind: 'pptx', outDir: DEFAULT_EXPORT_DIR, pictures: true })
    expect(parseExportCli(['--pictures', '--out-dir', 'o', 'pptx'])).toEqual({ ok: true, kind: 'pptx', outDir: 'o', pictures: true })
    expect(parseExportCli(['pptx'])).not.toHaveProperty('pictures')
  })

  it('should refuse a missing kind, an unknown argument, a second kind, a bare --out-dir and --pictures without pptx with one line', () => {
    for (const argv of [[], ['docx'], ['pdf', 'pptx'], ['pdf', '--out-dir'], ['pdf', '--out-dir', '--x'], ['pdf', '--pictures'], ['--pictures']]) {
      const r = parseExportCli(argv)
      expect(r.ok).toBe(false)
      if (!r.ok) {
        expect(r.message).toContain('用法')
        expect(r.message).not.toContain('\n')
      }
    }
  })
})

describe('exportOutputPath', () => {
  it('should give each kind its own file in the folder, with the right extension', () => {
    const paths = EXPORT_KINDS.map(kind => exportOutputPath(kind, 'exports'))
    expect(new Set(paths).size).toBe(EXPORT_KINDS.length)
    expect(exportOutputPath('pdf', 'exports')).toBe(`exports/${EXPORT_BASENAME}.pdf`)
    expect(exportOutputPath('notes', 'exports/')).toBe(`exports/${EXPORT_BASENAME}-notes.pdf`)
    expect(exportOutputPath('pptx', '/tmp/a')).toBe(`/tmp/a/${EXPORT_BASENAME}.pptx`)
    expect(exportOutputPath('notes', 'out', '简报')).toBe('out/简报-notes.pdf')
  })
})

describe('exportBasename', () => {
  it('should use the headmatter name, trimmed and without an export extension', () => {
    expect(exportBasename(' 产业集群升级简报 ')).toBe('产业集群升级简报')
    expect(exportBasename('简报.pdf')).toBe('简报')
  })

  it('should fall back to the default for a missing, empty or path-like name', () => {
    for (const bad of [undefined, 42, '', '  ', '../x', 'a/b', 'a\\b', '.hidden', 'c:x'])
      expect(exportBasename(bad)).toBe(EXPORT_BASENAME)
  })
})

describe('slidevExportArgs', () => {
  const base = { executablePath: '/usr/bin/chromium', output: 'exports/x.pdf' }

  it('should always name the browser, the output and the format', () => {
    for (const kind of ['pdf', 'pptx'] as const) {
      const args = slidevExportArgs({ ...base, kind })
      expect(args[0]).toBe('export')
      expect(args[args.indexOf('--executable-path') + 1]).toBe('/usr/bin/chromium')
      expect(args[args.indexOf('--output') + 1]).toBe('exports/x.pdf')
      expect(args[args.indexOf('--format') + 1]).toBe(kind)
    }
  })

  it('should add the PDF outline only to the PDF', () => {
    expect(slidevExportArgs({ ...base, kind: 'pdf' })).toContain('--with-toc')
    expect(slidevExportArgs({ ...base, kind: 'pptx' })).not.toContain('--with-toc')
  })

  it('should ask for one PPTX slide per slide instead of Slidev\'s one per click', () => {
    expect(slidevExportArgs({ ...base, kind: 'pptx' })).toContain('--no-with-clicks')
    expect(slidevExportArgs({ ...base, kind: 'pdf' }).some(a => a.includes('with-clicks'))).toBe(false)
  })

  it('should pass a timeout longer than Slidev\'s 30 s default', () => {
    const args = slidevExportArgs({ ...base, kind: 'pdf' })
    expect(Number(args[args.indexOf('--timeout') + 1])).toBeGreaterThan(30_000)
  })
})

describe('formatBytes', () => {
  it('should keep small sizes in bytes and scale larger ones by 1024', () => {
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(1023)).toBe('1023 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB')
  })

  it('should always produce a number under 1024 followed by a unit', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 45 }), (n) => {
      const [value, unit] = formatBytes(n).split(' ')
      expect(['B', 'KB', 'MB', 'GB', 'TB']).toContain(unit)
      expect(Number(value)).toBeLessThan(1024)
    }))
  })

  it('should refuse negative or non-finite input', () => {
    expect(() => formatBytes(-1)).toThrow(RangeError)
    expect(() => formatBytes(Number.NaN)).toThrow(RangeError)
  })
})
