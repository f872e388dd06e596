/** The slides.md of a new deck: cover, a divider per part, a slide per outline point, source and outline map. */
import type { ParsedArticle, ParsedNode } from './outline'
import { escapeMarkdown, frontmatter, headingLine, notes, sourceLine, toChineseNumeral } from './markdown'
import { keySentences, shortTitle } from './outline'

export interface SlidesOptions {
  /** Deck-level headmatter to carry over (theme, fonts, canvas …) */
  deckConfig: Record<string, unknown>
  /** Whether the cover layout takes speaker/meetingDate/source props */
  coverProps: boolean
  /** Article file name, for the notes */
  sourceName: string
}

const DRAFT_NOTE = '草稿：以下要点摘自原文，请压缩成自己的话（每页 2–3 条）。'

/** One slide: its frontmatter, a title, body lines and the speaker notes. */
function slide(fields: Record<string, unknown> | string, title: string, body: string[], noteLines: string[]): string {
  const head = typeof fields === 'string' ? fields : frontmatter(fields)
  return ['---', head, '---', '', `# ${title}`, '', ...body, notes(noteLines), ''].join('\n')
}

function coverSlide(article: ParsedArticle, options: SlidesOptions): string {
  const { meta, nodes, warnings } = article
  const title = meta.title ?? '（请填写标题）'
  const head: Record<string, unknown> = {
    ...options.deckConfig,
    title: `${title} · 简报`,
    info: `简报：《${title}》 ${sourceLine(meta)}`,
    author: meta.organisation ?? meta.author ?? '',
    keywords: meta.fields['关键词'] ? meta.fields['关键词'].split(/[\s,，、;；]+/).join(',') : undefined,
    exportFilename: `${shortTitle(title, 20).replace(/[\\/:*?"<>|\s]/g, '')}简报`,
    layout: 'cover',
    ...(options.coverProps ? { speaker: meta.organisation ?? meta.author ?? '', meetingDate: '', source: sourceLine(meta) } : {}),
    outline: 'none',
  }
  return slide(head, escapeMarkdown(title), options.coverProps ? [] : [escapeMarkdown(sourceLine(meta)), ''], [
    `封面。本简报由 npm run scaffold 根据 ${options.sourceName} 生成，提纲共 ${nodes.length} 个节点。`,
    sourceLine(meta),
    ...Object.entries(meta.fields).filter(([, v]) => v).map(([k, v]) => `${k}：${v}`),
    ...warnings.map(w => `解析提示：${w}`),
  ])
}

function sectionSlide(node: ParsedNode, children: ParsedNode[], part: number): string {
  const lead = keySentences(node.body, 1)[0]
  const line = lead ? escapeMarkdown(shortTitle(lead, 40)) : children.map(c => escapeMarkdown(c.title)).join(' · ')
  return slide({ layout: 'section', num: toChineseNumeral(part), outline: node.id }, escapeMarkdown(node.title), [line, ''], [
    `【${node.id}】${headingLine(node)}`,
    ...(node.body.length > 0 ? [DRAFT_NOTE, ...keySentences(node.body, 4).map(s => `- ${s}`)] : []),
  ])
}

function pointSlide(node: ParsedNode, children: ParsedNode[]): string {
  const key = keySentences(node.body, 4)
  const bare = (s: string): string => s.replace(/[\s。！？!?；;，,：:]+$/u, '')
  const bullets = children.length > 0
    ? children.map(c => `- ${escapeMarkdown(c.title)}`)
    : key
        .filter(s => bare(s) !== bare(node.heading) && bare(s) !== node.title)
        .slice(0, 3)
        .map(s => `- ${escapeMarkdown(shortTitle(s, 36))}`)
  const body = bullets.length > 0
    ? bullets.join('\n')
    : (node.body.length > 0 ? '- （请根据演讲者备注补充要点）' : '- （原文此处没有正文，请补充或删去本页）')
  return slide({ outline: node.id }, escapeMarkdown(node.title), [
    ...(children.length > 0 ? ['本部分要点：', ''] : []),
    body,
    '',
    `<p class="deck-note">${children.length > 0 ? '要点详见后续各页' : '待提炼：要点摘自原文'}</p>`,
    '',
  ], [
    `【${node.id}】${headingLine(node)}`,
    key.length > 0 ? DRAFT_NOTE : (children.length > 0 ? `本节包括：${children.map(c => c.title).join('；')}。` : '原文此处没有正文。'),
    ...key.map(s => `- ${s}`),
  ])
}

function closingSlides(article: ParsedArticle): string[] {
  return [
    slide('outline: none', '来源与说明', [
      `- **原文**：${escapeMarkdown(sourceLine(article.meta).replace(/^原文：/, ''))}`,
      '- **本简报**：对原文观点的概括转述，章节顺序与原文一致',
      '',
    ], ['说明来源。谢谢大家。']),
    slide('outline: none', '附录：提纲与页码对照', ['<OutlineMap />', ''], ['本页由各页的 outline: 标注自动生成；调整页面后无需手改。']),
  ]
}

/** The slides.md of a new deck for a parsed article. */
export function renderSlides(article: ParsedArticle, options: SlidesOptions): string {
  const slides: string[] = [coverSlide(article, options)]
  let part = 0
  for (const node of article.nodes) {
    const children = article.nodes.filter(n => n.parent === node.id)
    if (article.mode === 'outline' && node.level === 1 && node.id !== '0')
      slides.push(sectionSlide(node, children, ++part))
    else
      slides.push(pointSlide(node, children))
  }
  slides.push(...closingSlides(article))
  // slides are joined by their own leading '---' separators
  return slides.join('\n')
}
