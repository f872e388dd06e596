import { describe, expect, it } from 'vitest'
import { DECK_FONT_FACES } from '../../logic/fontFaces'
import { fontFaceCss } from './css'

describe('fontFaceCss', () => {
  it('should declare one woff2 face per deck face, with family, weight and URL', () => {
    const css = fontFaceCss(DECK_FONT_FACES, '/fonts/generated/')
    expect(css.match(/@font-face/g)).toHaveLength(DECK_FONT_FACES.length)
    expect(css).toContain('font-family: \'Deck Serif\';\n  font-style: normal;\n  font-weight: 700;')
    expect(css).toContain('src: url(\'/fonts/generated/deck-sans-400.woff2\') format(\'woff2\');')
  })

  it('should block text until the face has loaded, so no slide paints in a machine font first', () => {
    const css = fontFaceCss(DECK_FONT_FACES.slice(0, 1), '/x/')
    expect(css).toContain('font-display: block;')
    expect(css).not.toMatch(/font-display: (?:swap|fallback|optional|auto)/)
  })
})
