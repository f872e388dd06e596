/**
 * Outline parser for plain-text Chinese briefing articles, in four named phases:
 *   1. readHeader  the metadata block and title at the top (meta.ts)
 *   2. readBody    the body's paragraphs, a trailing byline taken off (meta.ts)
 *   3. buildTree   the outline tree from headings and point markers (tree.ts, markers.ts)
 *   4. flatten     dotted ids in document order, or paragraph groups when no outline was found
 * Pure: strings in, plain data out.
 */
import type { OutlineNode } from '../../../logic/outline'
import type { OutlineTree } from './tree'
import type { ParsedNode, ParseResult } from './types'
import { readBody, readHeader } from './meta'
import { groupParagraphs, shortTitle, splitSentences, tidyPunctuation } from './text'
import { buildTree } from './tree'

export { metaPairs, readDate } from './meta'
export { chineseNumeral, groupParagraphs, keySentences, shortTitle, splitSentences, tidyPunctuation } from './text'
export type { ArticleMeta, ParsedArticle, ParsedNode, ParseResult } from './types'

/** The text with BOM, line endings and odd spaces normalised, or the one-line reason it is not readable text. */
function normalise(input: string): { text: string } | { error: string } {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u3000\u00A0\t]/g, ' ')
  if (text.trim() === '')
    return { error: '文章为空：文件里没有任何文字' }
  // eslint-disable-next-line no-control-regex
  const bad = (text.match(/[\u0000-\u0008\v\f\u000E-\u001F\uFFFD]/g) ?? []).length
  if (bad > 0)
    return { error: `不是可读的纯文本：含有${bad}个控制字符或无法解码的字符` }
  return { text }
}

/** Phase 4: the tree as nodes with dotted ids in document order, the preamble as node '0'. */
function flatten({ root, preamble }: OutlineTree, warnings: string[]): ParsedNode[] {
  const nodes: ParsedNode[] = []
  if (preamble.length > 0)
    nodes.push({ id: '0', level: 1, title: '引言', parent: null, marker: '', heading: '引言', body: preamble.map(tidyPunctuation) })
  const visit = (d: OutlineTree['root'], id: string, level: number, parent: string | null): void => {
    const heading = tidyPunctuation(d.heading)
    if (d.body.length === 0 && d.children.length === 0)
      warnings.push(`“${d.marker}${shortTitle(heading, 16)}”下面没有正文`)
    nodes.push({ id, level, title: shortTitle(heading) || '（无标题）', parent, marker: d.marker, heading, body: d.body.map(tidyPunctuation) })
    d.children.forEach((c, k) => visit(c, `${id}.${k + 1}`, level + 1, id))
  }
  root.children.forEach((c, k) => visit(c, String(k + 1), 1, null))
  return nodes
}

/** Phase 4 without an outline: one level-1 node per paragraph group. */
function paragraphNodes(paragraphs: string[]): ParsedNode[] {
  return groupParagraphs(paragraphs).map((group, k) => {
    const heading = tidyPunctuation(splitSentences(group[0]!)[0] ?? group[0]!)
    return { id: String(k + 1), level: 1, title: shortTitle(heading) || `第${k + 1}组`, parent: null, marker: '', heading, body: group.map(tidyPunctuation) }
  })
}

/**
 * Parse a plain-text article into its metadata and outline.
 * Errors (empty text, binary content, no body) come back as `{ ok: false, error }` with a one-line message.
 */
export function parseArticle(input: string): ParseResult {
  const normalised = normalise(input)
  if ('error' in normalised)
    return { ok: false, error: normalised.error }
  const lines = normalised.text.split('\n').map(l => l.trim())
  const warnings: string[] = []

  const { meta, bodyStart } = readHeader(lines)
  const paragraphs = readBody(lines.slice(bodyStart), meta)
  if (paragraphs.length === 0)
    return { ok: false, error: meta.title ? `只有标题和信息栏，没有正文：《${meta.title}》` : '没有正文' }

  const tree = buildTree(paragraphs, warnings)
  if (tree.root.children.length === 0) {
    const nodes = paragraphNodes(paragraphs)
    warnings.push(`没有识别到提纲（一、/（一）/第一/首先 …），已按段落分组，共${nodes.length}组`)
    return { ok: true, article: { meta, nodes, mode: 'paragraphs', warnings } }
  }
  return { ok: true, article: { meta, nodes: flatten(tree, warnings), mode: 'outline', warnings } }
}

/** Plain outline nodes (id, level, title, parent) of a parsed article. */
export function toOutline(nodes: ParsedNode[]): OutlineNode[] {
  return nodes.map(({ id, level, title, parent }) => ({ id, level, title, parent }))
}
