/**
 * The texts each slide of slides.md shows as blocks (its title, headings, paragraphs, list items, table cells),
 * read the way Slidev reads the Markdown: markdown-it with inline HTML, then the block elements' text. Mermaid
 * fences and Vue components draw pictures or text of their own and are not part of it.
 */
import type { SourceSlideInfo } from '@slidev/types'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'
import { Window } from 'happy-dom'
import MarkdownIt from 'markdown-it'
import { PROJECT_ROOT as ROOT } from '../../scripts/shared/projectRoot'

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'item' | 'cell'

export interface DeckBlock {
  kind: BlockKind
  /** The text as the audience reads it (whitespace collapsed). */
  text: string
}

const md = new MarkdownIt({ html: true })
const window = new Window()

function kindOf(tag: string, firstHeading: boolean): BlockKind {
  if (tag === 'H1' && firstHeading)
    return 'title'
  if (/^H\d$/.test(tag))
    return 'heading'
  if (tag === 'LI')
    return 'item'
  if (tag === 'TD' || tag === 'TH')
    return 'cell'
  return 'paragraph'
}

/** An element's own text: nested lists (a list item's sub-items) are blocks of their own. */
function ownText(el: Element): string {
  let text = ''
  for (const node of el.childNodes) {
    if (node.nodeType === 3)
      text += node.textContent ?? ''
    else if (node.nodeType === 1 && !['UL', 'OL'].includes((node as Element).tagName))
      text += (node as Element).tagName === 'BR' ? ' ' : ownText(node as Element)
  }
  return text.replace(/\s+/g, ' ').trim()
}

/** Blocks of one slide's Markdown (plus the compare layout's column titles from its frontmatter). */
export function slideBlocks(content: string, frontmatter: Record<string, unknown> = {}): DeckBlock[] {
  const source = content
    .replace(/^(`{3}|~{3})[^\n]*\n[\s\S]*?^\1\s*$/gm, '')
    // A slot marker (`::right::`) ends the list before it: two columns are two lists, not one loose list.
    .replace(/^::[\w-]+::\s*$/gm, '\n<!-- slot -->\n')
  const document = window.document
  document.body.innerHTML = md.render(source)
  const blocks: DeckBlock[] = []
  for (const key of ['leftTitle', 'rightTitle']) {
    if (typeof frontmatter[key] === 'string' && frontmatter[key])
      blocks.push({ kind: 'heading', text: String(frontmatter[key]) })
  }
  let firstHeading = true
  for (const el of document.body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, th, td')) {
    // A loose list item's paragraph is the item's own text.
    if (el.closest('pre, code') || (el.tagName === 'P' && el.parentElement?.tagName === 'LI'))
      continue
    const text = ownText(el as unknown as Element)
    if (!text)
      continue
    blocks.push({ kind: kindOf(el.tagName, firstHeading && el.tagName === 'H1'), text })
    if (el.tagName === 'H1')
      firstHeading = false
  }
  return blocks
}

/** Every slide's blocks, in slide order. */
export async function loadDeckBlocks(): Promise<DeckBlock[][]> {
  const data = await load({ userRoot: ROOT, roots: [ROOT] } as Parameters<typeof load>[0], resolve(ROOT, 'slides.md'))
  return data.slides.map((slide: SourceSlideInfo | typeof data.slides[number]) => slideBlocks(slide.content, slide.frontmatter))
}
