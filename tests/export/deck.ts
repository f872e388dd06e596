/** What the exports and the hosted build must show, read from slides.md the way Slidev reads it. */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'
import { mermaidBlocks, mermaidLabels, noteLines, plainText } from '../../logic/deckText'
import { exportBasename } from '../../logic/exportArgs'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface DeckSlide {
  /** 1-based slide number, as in the URL `#/no` and the PDF page. */
  no: number
  /** First Markdown heading as the audience reads it (markup removed). */
  heading: string
  /** Slidev's title for the slide (frontmatter `title` or first heading): the PDF bookmark text. */
  title: string
  /** Visible Mermaid labels on the slide, one per rendered line. */
  labels: string[]
  /** Speaker-note lines, `[click]` markers removed. */
  notes: string[]
  /** The slide's Markdown source. */
  content: string
  /** The slide's frontmatter (the headmatter for slide 1). */
  frontmatter: Record<string, unknown>
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
}

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

/** slides.md as Slidev's parser reads it (headmatter, slides with titles, notes and frontmatter). */
export function loadSlidevData(): ReturnType<typeof load> {
  return load({ userRoot: ROOT, roots: [ROOT] } as Parameters<typeof load>[0], resolve(ROOT, 'slides.md'))
}

export async function loadDeck(): Promise<Deck> {
  const data = await loadSlidevData()
  const slides = data.slides.map((slide, index): DeckSlide => ({
    no: index + 1,
    heading: firstHeading(slide.content) ?? plainText(slide.title ?? ''),
    title: slide.title ?? '',
    labels: [...new Set(mermaidBlocks(slide.content).flatMap(mermaidLabels))],
    notes: noteLines(slide.note ?? ''),
    content: slide.content,
    frontmatter: slide.frontmatter,
  }))
  return {
    title: String(data.headmatter.title ?? slides[0]?.title ?? ''),
    basename: exportBasename(data.headmatter.exportFilename),
    presenter: data.headmatter.presenter ?? true,
    routerMode: data.headmatter.routerMode,
    headmatter: data.headmatter,
    slides,
  }
}
