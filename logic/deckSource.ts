import type { SourceSlideInfo } from '@slidev/types'
import { parseSync } from '@slidev/parser'
import { CLICK_MARKER, mermaidBlocks } from './deckText'

/** One slide of the deck as the checks see it. */
export interface DeckSlide {
  /** 1-based slide number, as Slidev counts them. */
  no: number
  /** First `# ` heading of the slide ('' when none). */
  title: string
  /** Speaker notes (trailing HTML comment), trimmed ('' when none). */
  notes: string
  /** Parsed frontmatter (the headmatter for slide 1). */
  frontmatter: Record<string, unknown>
  /** Slide body without frontmatter and notes. */
  content: string
  /** Source of every ```mermaid fence, options line removed. */
  mermaid: string[]
  /** Number of `[click]` markers in the notes. */
  noteClicks: number
}

/** Every mermaid fenced block in a slide's markdown, without the fence or its `{scale: …}` options. */
export function extractMermaid(markdown: string): string[] {
  return mermaidBlocks(markdown).map(code => code.trimEnd())
}

function firstHeading(slide: Pick<SourceSlideInfo, 'content'>): string {
  const m = slide.content.match(/^# (\S.*)$/m)
  return m ? m[1].trim() : ''
}

/** Parse a Slidev markdown deck with Slidev's own parser into the fields the checks need. */
export function readDeck(markdown: string, filepath = 'slides.md'): DeckSlide[] {
  const parsed = parseSync(markdown, filepath)
  return parsed.slides.map((slide, i) => {
    const notes = (slide.note ?? '').trim()
    return {
      no: i + 1,
      title: firstHeading(slide),
      notes,
      frontmatter: slide.frontmatter ?? {},
      content: slide.content,
      mermaid: extractMermaid(slide.content),
      noteClicks: (notes.match(CLICK_MARKER) ?? []).length,
    }
  })
}

/** Count Chinese characters (CJK unified ideographs) in a text; used to size the talk. */
export function countHanzi(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length
}

/** Chinese characters a presenter reads aloud in a minute at a measured briefing pace (speech runs 200–250). */
export const SPEAKING_RATE = 230

/** Estimated speaking time for notes, in minutes, at {@link SPEAKING_RATE} characters a minute by default. */
export function speakingMinutes(slides: readonly DeckSlide[], hanziPerMinute = SPEAKING_RATE): number {
  const chars = slides.reduce((sum, s) => sum + countHanzi(s.notes), 0)
  return chars / hanziPerMinute
}

/** Problems a presenter would hit: missing titles or notes. Empty when the deck is sound. */
export function checkSlides(slides: readonly DeckSlide[]): string[] {
  const problems: string[] = []
  for (const s of slides) {
    if (!s.title)
      problems.push(`第${s.no}页没有标题（# 开头的一行）`)
    if (!s.notes)
      problems.push(`第${s.no}页“${s.title}”没有演讲备注`)
  }
  return problems
}
