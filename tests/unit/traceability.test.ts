import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { describe, expect, it } from 'vitest'
import { outline } from '../../content/outline'
import { checkTraceability } from '../../logic/traceability'

const root = resolve(__dirname, '../..')

/** The deck's slides as Slidev numbers them (src: imports resolved, hidden and disabled slides dropped). */
async function deckSlides() {
  const data = await load({ roots: [root], userRoot: root }, resolve(root, 'slides.md'))
  const errors = Object.values(data.markdownFiles).flatMap(md => md.errors ?? []).map(e => e.message)
  return { errors, slides: data.slides.map((s, i) => ({ no: i + 1, frontmatter: s.frontmatter as Record<string, unknown> })) }
}

describe('slides.md ↔ content/outline.ts', () => {
  it('should load slides.md without parser errors', async () => {
    const { errors, slides } = await deckSlides()
    expect(errors).toEqual([])
    expect(slides.length).toBeGreaterThan(outline.length / 2)
  })

  it('should name a known outline id (or none) on every slide, present every node, and keep outline order', async () => {
    const { slides } = await deckSlides()
    expect(checkTraceability(slides, outline).map(i => i.message)).toEqual([])
  })
})
