import type { OutlineNode } from '../../../logic/outline'

/** An outline node as found in an article, with its text. */
export interface ParsedNode extends OutlineNode {
  /** The numbering marker as written ('一、', '(一)', '第一', '首先'); '' for the preamble and paragraph groups */
  marker: string
  /** The heading as written (marker removed, punctuation tidied) */
  heading: string
  /** Paragraphs that belong to this node itself (before its first child) */
  body: string[]
}

/** What the article says about itself (cover material). */
export interface ArticleMeta {
  /** Article title */
  title?: string
  /** Author's name (from a byline such as “（撰稿人 某某局 张三）” or 作者：) */
  author?: string
  /** Author's organisation (from the byline), else the publishing body */
  organisation?: string
  /** Publishing body (发布机构) */
  publisher?: string
  /** Publication date, YYYY-MM-DD when it can be read, else as written */
  date?: string
  /** Every key → value pair found in the metadata block, keys without spaces */
  fields: Record<string, string>
}

/** The result of parsing an article. */
export interface ParsedArticle {
  meta: ArticleMeta
  /** Outline nodes in document (pre-)order */
  nodes: ParsedNode[]
  /** 'outline' when headings were recognised, 'paragraphs' when the text was grouped instead */
  mode: 'outline' | 'paragraphs'
  /** Human-readable warnings (numbering gaps, empty sections, no outline …) */
  warnings: string[]
}

export type ParseResult = { ok: true, article: ParsedArticle } | { ok: false, error: string }
