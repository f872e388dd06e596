/**
 * Which slides and which lines of speaker notes go on which handout page (pure). Slides fill pages
 * `perPage` at a time; with notes, a slide's notes fill the box beside or below it, and whole
 * paragraphs that do not fit continue on a page of their own right after it ("续").
 */

/** A paragraph as wrapped lines. */
export type Paragraph = string[]

/** Space between two paragraphs, in lines. */
export const PARAGRAPH_GAP = 0.5
/** Height of the heading above a slide's continued notes, in lines. */
export const CONTINUED_HEADING = 1.6

export interface SlidesPage {
  kind: 'slides'
  /** 0-based index of the first slide on the page. */
  first: number
  /** Per slot, the notes paragraphs drawn in its box (empty without notes). */
  notes: Paragraph[][]
}

export interface ContinuedPage {
  kind: 'continued'
  /** Per slide whose notes continue here: its index and the paragraphs. */
  blocks: { slide: number, paragraphs: Paragraph[] }[]
}

export type PlannedPage = SlidesPage | ContinuedPage

export interface PlanParams {
  /** Number of slides. */
  slides: number
  perPage: number
  /** Speaker-note paragraphs per slide; omit for a handout without notes. */
  notes?: readonly (readonly string[])[]
  /** Wrap a paragraph to the width of a slot's notes box / of a continuation page. */
  wrapSlot?: (paragraph: string) => Paragraph
  wrapPage?: (paragraph: string) => Paragraph
  /** Height in lines of a slot's notes box and of a continuation page's text area. */
  slotLines?: number
  pageLines?: number
}

/** Height in lines of paragraphs stacked with {@link PARAGRAPH_GAP} between them. */
export function stackHeight(paragraphs: readonly Paragraph[]): number {
  return paragraphs.reduce((sum, p, i) => sum + p.length + (i > 0 ? PARAGRAPH_GAP : 0), 0)
}

/** Paragraphs that fit in `lines` lines, in order, and the rest (from the first one that does not fit). */
function fill(paragraphs: readonly Paragraph[], lines: number): { fitted: Paragraph[], rest: Paragraph[] } {
  const fitted: Paragraph[] = []
  for (const [i, p] of paragraphs.entries()) {
    if (stackHeight([...fitted, p]) > lines)
      return { fitted, rest: paragraphs.slice(i) }
    fitted.push(p)
  }
  return { fitted, rest: [] }
}

/** Continuation pages for the notes that did not fit; a paragraph taller than a page is split by lines. */
function continuationPages(overflow: { slide: number, paragraphs: Paragraph[] }[], pageLines: number): ContinuedPage[] {
  const pages: ContinuedPage[] = []
  let page: ContinuedPage | undefined
  let used = 0
  for (const { slide, paragraphs } of overflow) {
    let queue = [...paragraphs]
    while (queue.length > 0) {
      const room = pageLines - used - CONTINUED_HEADING - (used > 0 ? PARAGRAPH_GAP : 0)
      let { fitted, rest } = fill(queue, room)
      if (fitted.length === 0 && used === 0) {
        // Taller than a whole page: split it.
        const first = queue[0]!
        const take = Math.max(1, Math.floor(room))
        fitted = [first.slice(0, take)]
        rest = [first.slice(take), ...queue.slice(1)]
      }
      if (fitted.length === 0) {
        page = undefined
        used = 0
        continue
      }
      if (!page) {
        page = { kind: 'continued', blocks: [] }
        pages.push(page)
      }
      page.blocks.push({ slide, paragraphs: fitted })
      used += (used > 0 ? PARAGRAPH_GAP : 0) + CONTINUED_HEADING + stackHeight(fitted)
      queue = rest
      if (queue.length > 0) {
        page = undefined
        used = 0
      }
    }
  }
  return pages
}

/** The handout's pages in order. */
export function planHandout(params: PlanParams): PlannedPage[] {
  const pages: PlannedPage[] = []
  for (let first = 0; first < params.slides; first += params.perPage) {
    const count = Math.min(params.perPage, params.slides - first)
    const notes: Paragraph[][] = []
    const overflow: { slide: number, paragraphs: Paragraph[] }[] = []
    for (let slide = first; slide < first + count; slide++) {
      const source = params.notes?.[slide] ?? []
      const { fitted, rest } = fill(source.map(p => params.wrapSlot!(p)), params.slotLines ?? 0)
      notes.push(fitted)
      if (rest.length > 0) {
        // Rewrap the rest to the continuation page's width.
        const restSource = source.slice(fitted.length)
        overflow.push({ slide, paragraphs: restSource.map(p => params.wrapPage!(p)) })
      }
    }
    pages.push({ kind: 'slides', first, notes })
    pages.push(...continuationPages(overflow, params.pageLines ?? 0))
  }
  return pages
}
