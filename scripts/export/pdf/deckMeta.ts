/** What the exported PDFs say about themselves, read from the deck's headmatter and slides (pure). */

/** The parts of Slidev's `SlidevData` (or `@slidev/parser`'s `load()` result) the exports read. */
export interface DeckDataLike {
  headmatter: Record<string, unknown>
  slides: readonly {
    /** Slidev's slide title: frontmatter `title` or the first heading. */
    title?: string
    /** Heading level of that title (1 = `#`). */
    level?: number
    /** Raw speaker notes (Markdown, with `[click]` markers). */
    note?: string
    frontmatter: Record<string, unknown>
  }[]
}

export interface DocumentMeta {
  /** Headmatter `title`, else the first slide's title. */
  title: string
  /** Headmatter `author`. */
  author?: string
  /** Headmatter `info`, on one line. */
  subject?: string
  /** Headmatter `keywords`, a list or a comma-separated string (ASCII or full-width commas). */
  keywords: string[]
  /** BCP 47 language: headmatter `lang`, else `htmlAttrs.lang`, else zh-CN. */
  lang: string
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number')
    return undefined
  const s = String(value).replace(/\s*\n\s*/g, ' ').trim()
  return s || undefined
}

/** Title, author, subject, keywords and language of the deck, as PDF metadata. */
export function documentMeta(data: DeckDataLike): DocumentMeta {
  const h = data.headmatter
  const keywords = Array.isArray(h.keywords)
    ? h.keywords.map(text)
    : (text(h.keywords) ?? '').split(/[,，、]/).map(k => k.trim())
  const htmlAttrs = (h.htmlAttrs && typeof h.htmlAttrs === 'object' ? h.htmlAttrs : {}) as Record<string, unknown>
  return {
    title: text(h.title) ?? text(data.slides[0]?.title) ?? '',
    author: text(h.author),
    subject: text(h.info),
    keywords: keywords.filter((k): k is string => Boolean(k)),
    lang: text(h.lang) ?? text(htmlAttrs.lang) ?? 'zh-CN',
  }
}

export interface BookmarkNode {
  title: string
  /** 1-based page (= slide number in the one-page-per-slide PDF). */
  page: number
  children: BookmarkNode[]
}

/**
 * Bookmarks of the slides PDF: one per titled slide, in slide order; a slide whose title level is deeper
 * than the previous bookmark's nests under it (what `slidev export --with-toc` made).
 */
export function bookmarkTree(slides: DeckDataLike['slides']): BookmarkNode[] {
  const roots: BookmarkNode[] = []
  const stack: { level: number, node: BookmarkNode }[] = []
  for (const [index, slide] of slides.entries()) {
    const title = text(slide.title)
    if (!title)
      continue
    const level = slide.level ?? 1
    const node: BookmarkNode = { title, page: index + 1, children: [] }
    while (stack.length > 0 && stack.at(-1)!.level >= level)
      stack.pop()
    ;(stack.at(-1)?.node.children ?? roots).push(node)
    stack.push({ level, node })
  }
  return roots
}

export interface DeckPrintUrlParams {
  /** Dev server origin, e.g. `http://127.0.0.1:4000`. */
  origin: string
  /** Vite base, `/` unless the deck sets another. */
  base?: string
  /** The deck's `routerMode` headmatter. */
  routerMode?: string
}

/** URL of Slidev's print page: every slide in its final click state, one after another. */
export function deckPrintUrl(params: DeckPrintUrlParams): string {
  const origin = params.origin.replace(/\/+$/, '')
  const base = `/${(params.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
  return params.routerMode === 'hash'
    ? `${origin}${base}?print=true#/print`
    : `${origin}${base}print?print=true`
}
