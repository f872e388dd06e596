import { join } from 'node:path'
import { load } from '@slidev/parser/fs'

/** What the suite expects of one slide, read from the deck source with Slidev's own parser. */
export interface SlideExpectation {
  /** 1-based slide number as the router counts it (hidden/disabled slides are not counted). */
  no: number
  /** Slide title (first heading), for test names and messages. */
  title: string
  /** Number of ```mermaid fences on the slide. */
  mermaid: number
  /** The slide's layout (`default` when its frontmatter names none). */
  layout: string
}

const MERMAID_FENCE = /^\s*`{3,}mermaid\b/gm

/** Slides of `slides.md` (and anything it imports) in router order. */
export async function readDeck(root: string): Promise<SlideExpectation[]> {
  const data = await load({ userRoot: root, roots: [root] }, join(root, 'slides.md'))
  return data.slides.map((slide, i) => ({
    no: i + 1,
    title: (slide.title ?? '').trim() || `(slide ${i + 1})`,
    mermaid: (slide.content.match(MERMAID_FENCE) ?? []).length,
    layout: String(slide.frontmatter.layout ?? 'default'),
  }))
}
