/** What the navigation timings need to know about the deck's slides, read from its source. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadDeck } from '../tests/support/deck'

export interface DeckFacts {
  /** Number of slides. */
  slides: number
  /** Mermaid fences per slide number (slides without any left out). */
  mermaid: Record<number, number>
  /** Slides showing an interactive illustration. */
  illustrations: number[]
}

/** Components that carry the 「示意模型」 notice (components/ModelNotice.vue) are the deck's illustrations. */
function illustrationComponents(root: string): string[] {
  const dir = join(root, 'components')
  return readdirSync(dir)
    .filter(f => f.endsWith('.vue') && f !== 'ModelNotice.vue')
    .filter(f => readFileSync(join(dir, f), 'utf8').includes('<ModelNotice'))
    .map(f => f.replace(/\.vue$/, ''))
}

export async function deckFacts(root: string): Promise<DeckFacts> {
  const { slides } = await loadDeck(root)
  const components = illustrationComponents(root)
  const mermaid: Record<number, number> = {}
  for (const s of slides) {
    if (s.mermaid.length > 0)
      mermaid[s.no] = s.mermaid.length
  }
  const illustrations = slides
    .filter(s => components.some(name => new RegExp(`<${name}[\\s/>]`).test(s.content)))
    .map(s => s.no)
  return { slides: slides.length, mermaid, illustrations }
}
