// The palette reaches the built deck: uno.config.ts turns logic/palette.ts into CSS custom properties, and
// nothing in the shipped CSS or JS uses a --deck-* property that no rule declares (the components carry
// no hex fallbacks, so an undeclared property would draw in the browser's default colour).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { DECK_PALETTE } from '../../logic/palette'

const buildDir = inject('buildDir')

/** `--deck-*` properties some rule declares, with their value. */
function declaredDeckProperties(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--deck-[\w-]+)\s*:\s*([^;}]+)/g)].map(m => [m[1]!, m[2]!.trim()]))
}

/** `--deck-*` properties used through var() in `texts` but declared by no rule in `css`, sorted. */
function undeclaredDeckProperties(css: string, texts: readonly string[]): string[] {
  const declared = declaredDeckProperties(css)
  const used = new Set(texts.flatMap(t => [...t.matchAll(/var\(\s*(--deck-[\w-]+)/g)].map(m => m[1]!)))
  return [...used].filter(p => !declared.has(p)).sort()
}

describe('the palette in the built deck', () => {
  const assets = join(buildDir, 'assets')
  const files = readdirSync(assets)
  const css = files.filter(f => f.endsWith('.css')).map(f => readFileSync(join(assets, f), 'utf8')).join('\n')
  const js = files.filter(f => f.endsWith('.js')).map(f => readFileSync(join(assets, f), 'utf8'))

  it('should declare every palette colour as its --deck- custom property', () => {
    const declared = declaredDeckProperties(css)
    for (const [name, hex] of Object.entries(DECK_PALETTE))
      expect(declared.get(`--deck-${name}`), name).toBe(hex)
  })

  it('should use no --deck- property in its CSS or JS that no rule declares', () => {
    expect(undeclaredDeckProperties(css, [css, ...js])).toEqual([])
  })

  it('should be checked by a rule that catches an undeclared property (fixture)', () => {
    expect(undeclaredDeckProperties(':root{--deck-primary:#1d3557}', ['a{color:var(--deck-primary)}', 'fill:"var(--deck-gold)"'])).toEqual(['--deck-gold'])
  })
})
