import { describe, expect, it } from 'vitest'
import { DECK_PALETTE, PALETTE_VARS, paletteCss } from './palette'

/** Custom properties a `:root{…}` rule declares, as name → value. */
function declared(css: string): Map<string, string> {
  const body = /^:root\{([^{}]*)\}$/.exec(css)
  if (!body)
    throw new Error(`not a plain :root rule: ${css}`)
  return new Map(body[1]!.split(';').filter(Boolean).map((d) => {
    const [name, value] = d.split(':')
    return [name!.trim(), value!.trim()]
  }))
}

/** The `var(--x)` references in `refs` whose property `css` does not declare. */
function undeclared(refs: Readonly<Record<string, string>>, css: string): string[] {
  const vars = declared(css)
  return Object.values(refs).filter(ref => !vars.has(/^var\((--[\w-]+)\)$/.exec(ref)?.[1] ?? ''))
}

describe('DECK_PALETTE', () => {
  it('should hold only six-digit hex colours, which Mermaid can derive shades from', () => {
    for (const [name, hex] of Object.entries(DECK_PALETTE))
      expect(hex, name).toMatch(/^#[0-9a-f]{6}$/)
  })
})

describe('paletteCss', () => {
  it('should declare every palette colour on :root as --deck-<name>, and nothing else', () => {
    const vars = declared(paletteCss())
    for (const [name, hex] of Object.entries(DECK_PALETTE))
      expect(vars.get(`--deck-${name}`), name).toBe(hex)
    expect(vars.size).toBe(Object.keys(DECK_PALETTE).length)
  })

  it('should be read by a parser that rejects anything but a plain :root rule', () => {
    expect(() => declared('.x{--deck-primary:#000}')).toThrow('not a plain :root rule')
  })
})

describe('PALETTE_VARS', () => {
  it('should reference, for every colour, a custom property that paletteCss declares', () => {
    expect(Object.keys(PALETTE_VARS).sort()).toEqual(Object.keys(DECK_PALETTE).sort())
    expect(undeclared(PALETTE_VARS, paletteCss())).toEqual([])
  })

  it('should be checked by a rule that catches a reference to an undeclared property', () => {
    expect(undeclared({ a: 'var(--deck-primary)', b: 'var(--deck-nope)', c: '#1d3557' }, paletteCss())).toEqual(['var(--deck-nope)', '#1d3557'])
  })
})
