import type { DeckFamily } from './fontFaces'
import { describe, expect, it } from 'vitest'
import { baseFamily, DECK_FONT_FACES } from './fontFaces'

describe('the face list, DECK_FONT_FACES', () => {
  it('should give each face a distinct output file and a distinct family/weight pair', () => {
    expect(new Set(DECK_FONT_FACES.map(f => f.output)).size).toBe(DECK_FONT_FACES.length)
    expect(new Set(DECK_FONT_FACES.map(f => `${f.family}/${f.weight}`)).size).toBe(DECK_FONT_FACES.length)
  })

  it('should pair every cover face with a deck face of the same source, family and weight', () => {
    const covers = DECK_FONT_FACES.filter(f => f.scope === 'cover')
    expect(covers.map(f => f.family).sort()).toEqual(['Deck Cover Sans', 'Deck Cover Serif'])
    for (const cover of covers) {
      const deck = DECK_FONT_FACES.filter(f => f.scope === 'deck' && f.family === baseFamily(cover.family) && f.weight === cover.weight)
      expect(deck.map(f => `${f.pkg}/${f.file}`), cover.family).toEqual([`${cover.pkg}/${cover.file}`])
    }
  })
})

describe('baseFamily', () => {
  it('should map each cover family to the deck family it stands in for', () => {
    const families: DeckFamily[] = ['Deck Cover Sans', 'Deck Cover Serif', 'Deck Sans', 'Deck Serif']
    expect(families.map(baseFamily)).toEqual(['Deck Sans', 'Deck Serif', 'Deck Sans', 'Deck Serif'])
  })
})
