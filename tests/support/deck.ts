/**
 * The deck as every check reads it: Slidev's own parser on slides.md (and whatever it imports), one record
 * per slide in router order. Used by the unit, browser, export and hosting tests and by the benchmark.
 */
import type { SlidevMarkdown } from '@slidev/types'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { exportBasename } from '../../scripts/export/exportArgs'
import { CLICK_MARKER, mermaidBlocks, mermaidLabels, noteLines, plainText } from '../../scripts/shared/deckText'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'

/** One slide of the deck as the checks see it. */
export interface DeckSlide {
  /** 1-based slide number, as in the URL `#/no` and the PDF page (hidden and disabled slides not counted). */
  no: number
  /** First Markdown heading as the audience reads it (markup removed); Slidev's title when there is none. */
  heading: string
  /** Slidev's title for the slide (frontmatter `title`, else the first heading): the PDF bookmark text. */
  title: string
  /** Parsed frontmatter (the headmatter for slide 1). */
  frontmatter: Record<string, unknown>
  /** Slide body without frontmatter and notes. */
  content: string
  /** Speaker notes (trailing HTML comment), trimmed ('' when none). */
  notes: string
  /** Speaker-note lines as a handout shows them: `[click]` markers and list markup removed. */
  noteLines: string[]
  /** Number of `[click]` markers in the notes. */
  noteClicks: number
  /** Source of every Mermaid fence on the slide, options line removed. */
  mermaid: string[]
  /** Visible Mermaid labels on the slide, one per rendered line. */
  labels: string[]
}

export interface Deck {
  /** Headmatter `title`: the PDF/PPTX metadata title. */
  title: string
  /** Output file stem from `exportFilename`. */
  basename: string
  /** Headmatter `presenter` (Slidev default: true). */
  presenter: unknown
  /** Headmatter `routerMode`. */
  routerMode: unknown
  /** The whole headmatter, as Slidev parsed it. */
  headmatter: Record<string, unknown>
  slides: DeckSlide[]
  /** Parser errors in slides.md or any file it imports. */
  errors: string[]
}

type SourceSlide = Pick<SlidevMarkdown['slides'][number], 'content' | 'frontmatter' | 'note' | 'title'>

/** The first Markdown heading outside code fences, markup removed. */
function firstHeading(content: string): string | undefined {
  let fence: string | undefined
  for (const line of content.split('\n')) {
    const marker = line.match(/^(`{3}|~{3})/)?.[1]
    if (marker && (!fence || fence === marker)) {
      fence = fence ? undefined : marker
      continue
    }
    const heading = fence ? undefined : line.match(/^#{1,6}[ \t](.+)$/)?.[1]
    if (heading)
      return plainText(heading)
  }
  return undefined
}

function toDeckSlide(slide: SourceSlide, index: number): DeckSlide {
  const notes = (slide.note ?? '').trim()
  const mermaid = mermaidBlocks(slide.content).map(code => code.trimEnd())
  return {
    no: index + 1,
    heading: firstHeading(slide.content) ?? plainText(slide.title ?? ''),
    title: slide.title ?? '',
    frontmatter: slide.frontmatter ?? {},
    content: slide.content,
    notes,
    noteLines: noteLines(notes),
    noteClicks: (notes.match(CLICK_MARKER) ?? []).length,
    mermaid,
    labels: [...new Set(mermaid.flatMap(mermaidLabels))],
  }
}

/** The slides of a Markdown deck given as text (no `src:` imports followed): for fixtures. */
export function parseDeck(markdown: string, filepath = 'slides.md'): DeckSlide[] {
  return parseSync(markdown, filepath).slides.map(toDeckSlide)
}

/** slides.md as Slidev's own loader reads it (headmatter, slides with titles, notes and frontmatter). */
export function loadSlidevData(root: string = PROJECT_ROOT, entry = 'slides.md'): ReturnType<typeof load> {
  return load({ userRoot: root, roots: [root] }, join(root, entry))
}

/** The deck at `root` as Slidev loads it: `src:` imports resolved, hidden and disabled slides dropped. */
export async function loadDeck(root: string = PROJECT_ROOT, entry = 'slides.md'): Promise<Deck> {
  const data = await loadSlidevData(root, entry)
  const slides = data.slides.map(toDeckSlide)
  return {
    title: String(data.headmatter.title ?? slides[0]?.title ?? ''),
    basename: exportBasename(data.headmatter.exportFilename),
    presenter: data.headmatter.presenter ?? true,
    routerMode: data.headmatter.routerMode,
    headmatter: data.headmatter,
    slides,
    errors: Object.values(data.markdownFiles).flatMap(md => md.errors ?? []).map(e => e.message),
  }
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

/** Problems a presenter would hit: missing headings or notes. Empty when the deck is sound. */
export function checkSlides(slides: readonly DeckSlide[]): string[] {
  const problems: string[] = []
  for (const s of slides) {
    if (!s.heading)
      problems.push(`第${s.no}页没有标题（# 开头的一行）`)
    if (!s.notes)
      problems.push(`第${s.no}页“${s.heading}”没有演讲备注`)
  }
  return problems
}
