import { describe, expect, it } from 'vitest'
import { handoutFileName, parseHandoutArgs, PER_PAGE_CHOICES } from './args'

describe('parseHandoutArgs', () => {
  it('should default to 3 slides a page without notes, 1 with notes', () => {
    expect(parseHandoutArgs([])).toEqual({ ok: true, perPage: 3, notes: false, outDir: 'exports' })
    expect(parseHandoutArgs(['--notes'])).toEqual({ ok: true, perPage: 1, notes: true, outDir: 'exports' })
  })

  it('should accept every offered count, as --per-page N and --per-page=N', () => {
    for (const n of PER_PAGE_CHOICES) {
      expect(parseHandoutArgs(['--per-page', String(n)])).toMatchObject({ ok: true, perPage: n })
      expect(parseHandoutArgs([`--per-page=${n}`, '--notes'])).toMatchObject({ ok: true, perPage: n, notes: true })
    }
  })

  it('should take an output folder', () => {
    expect(parseHandoutArgs(['--out-dir', '/tmp/x', '--per-page', '6'])).toEqual({ ok: true, perPage: 6, notes: false, outDir: '/tmp/x' })
  })

  it('should refuse a count it does not offer with one line listing the allowed values', () => {
    for (const bad of ['5', '0', '9', 'three', '3.0', '-3', '']) {
      const r = parseHandoutArgs(['--per-page', bad])
      expect(r.ok, bad).toBe(false)
      if (!r.ok) {
        expect(r.message.split('\n')).toHaveLength(1)
        expect(r.message).toContain('1、2、3、4 或 6')
      }
    }
  })

  it('should refuse a missing count and unknown arguments', () => {
    expect(parseHandoutArgs(['--per-page'])).toMatchObject({ ok: false })
    expect(parseHandoutArgs(['--per-page', '--notes'])).toMatchObject({ ok: false })
    expect(parseHandoutArgs(['--notes=yes'])).toMatchObject({ ok: false })
    const r = parseHandoutArgs(['--landscape'])
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.message).toContain('--landscape')
  })
})

describe('handoutFileName', () => {
  it('should name notes pages as export:notes does and handouts by their layout', () => {
    expect(handoutFileName('deck', { perPage: 1, notes: true })).toBe('deck-notes.pdf')
    expect(handoutFileName('deck', { perPage: 3, notes: true })).toBe('deck-notes-3up.pdf')
    expect(handoutFileName('deck', { perPage: 3, notes: false })).toBe('deck-handout-3up.pdf')
  })

  it('should give every choice its own file', () => {
    const names = PER_PAGE_CHOICES.flatMap(perPage => [true, false].map(notes => handoutFileName('d', { perPage, notes })))
    expect(new Set(names).size).toBe(names.length)
  })
})
