/** Small writers for a new deck's Markdown: YAML values, escaped article text, speaker notes, the source line. */
import type { ArticleMeta, ParsedNode } from './outline'

const CN_NUMS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** 1 → 一, 12 → 十二, 20 → 二十 (up to 99). */
export function toChineseNumeral(n: number): string {
  if (n <= 10)
    return CN_NUMS[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : CN_NUMS[tens]}十${ones === 0 ? '' : CN_NUMS[ones]}`
}

/** A YAML scalar/flow value: single-quoted strings (ids stay strings), JSON flow for objects. */
export function yamlValue(v: unknown): string {
  if (typeof v === 'string')
    return `'${v.replace(/'/g, '\'\'').replace(/\r?\n/g, ' ')}'`
  if (typeof v === 'number' || typeof v === 'boolean' || v === null)
    return String(v)
  return JSON.stringify(v)
}

/** The lines of a frontmatter block (without its `---` fences); undefined values are left out. */
export function frontmatter(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (k === 'outline' && v === 'none' ? 'outline: none' : `${k}: ${yamlValue(v)}`))
    .join('\n')
}

/** Text safe to put in slide markdown: no HTML, no Vue interpolation, no markdown emphasis/links/tables. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/([\\`*_[\]#|~$])/g, '\\$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
}

/** Text safe in speaker notes: inside the HTML comment, and as the HTML the notes are rendered to. */
function escapeNote(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')
}

/** A slide's speaker notes: the trailing HTML comment, one line per entry. */
export function notes(lines: string[]): string {
  return `<!--\n${lines.map(escapeNote).join('\n')}\n-->`
}

function formatDate(date: string | undefined): string | undefined {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date
}

/** The cover's source line, e.g. 原文：张三《标题》，某局，2023年3月15日. */
export function sourceLine(meta: ArticleMeta): string {
  const who = meta.author ? `${meta.author}《${meta.title ?? ''}》` : `《${meta.title ?? ''}》`
  return `原文：${[who, meta.organisation, formatDate(meta.date)].filter(Boolean).join('，')}`
}

/** The heading as the article wrote it, marker included: 一、…, （一）…, 首先，… */
export function headingLine(node: ParsedNode): string {
  return /[\u3400-\u9FFF]$/.test(node.marker) ? `${node.marker}，${node.heading}` : `${node.marker}${node.heading}`
}
