/**
 * Phases 1 and 2 of reading an article: the metadata block and title at the top (a government information
 * page's 索引号, 发布机构, 发布日期 …, never turned into outline nodes), then the body paragraphs with a
 * trailing byline taken off.
 */
import type { ArticleMeta } from './types'
import { looksLikeTitle, toParagraphs } from './markers'
import { tidyPunctuation } from './text'

const META_KEYS = [
  '索引号',
  '信息分类',
  '发布机构',
  '发文机关',
  '发布日期',
  '成文日期',
  '生成日期',
  '公开日期',
  '信息来源',
  '关键词',
  '关键字',
  '主题分类',
  '主题词',
  '服务对象分类',
  '体裁分类',
  '组配分类',
  '生命周期分类',
  '文号',
  '发文字号',
  '信息格式/语种',
  '信息格式',
  '语种',
  '信息名称',
  '标题',
  '内容概述',
  '有效性',
  '公开方式',
  '公开范围',
  '公开时限',
  '责任部门',
  '作者',
  '撰稿人',
  '来源',
].sort((a, b) => b.length - a.length)

const RE_META_KEY = new RegExp(
  `(?<=^|\\s)(${META_KEYS.map(k => [...k].map(c => c.replace(/\//g, '\\/')).join('[ \\t]*')).join('|')})(?=[\\s:：]|$)[ \\t]*[:：]?`,
  'g',
)
const RE_META_HEADER = /^(?:政府)?信息公开(?:目录|指南)?$/
const RE_DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?/
const RE_DATE_LINE = /^\S{0,12}\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*(?:日\s*)?$/
const RE_BYLINE = /[（(]\s*(?:撰稿人|撰稿|作者|执笔|供稿|撰文)[\s:：]*([^（）()\s:：][^（）()]*)[）)]\s*$/
const RE_BYLINE_LINE = /^(?:撰稿人|撰稿|作者|执笔|供稿|撰文)\s*[:：]\s*(\S.*)$/
const RE_ORG = /(?:[局院所办委厅部处科室会站队组社]|中心|公司|大学|学院)$/

const compact = (s: string): string => s.replace(/\s+/g, '')

/** Key → value pairs of one metadata line, or null when the line is not one. */
export function metaPairs(line: string): Record<string, string> | null {
  const keys = [...line.matchAll(RE_META_KEY)]
  if (keys.length === 0 || keys[0]!.index !== 0)
    return null
  const pairs: Record<string, string> = {}
  keys.forEach((k, i) => {
    const end = i + 1 < keys.length ? keys[i + 1]!.index : line.length
    pairs[k[1]!.replace(/\s+/g, '')] = line.slice(k.index + k[0].length, end).trim()
  })
  return pairs
}

/** YYYY-MM-DD for a date written as 2017-08-11, 2017年8月11日, 2017/8/11 …; undefined if none. */
export function readDate(s: string): string | undefined {
  const m = RE_DATE.exec(s)
  if (!m)
    return undefined
  const [, y, mo, d] = m
  return `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`
}

function splitByline(who: string): { author?: string, organisation?: string } {
  const tokens = who.split(/[\s,，、]+/).filter(Boolean)
  const orgs = tokens.filter(t => RE_ORG.test(t))
  const names = tokens.filter(t => !RE_ORG.test(t))
  return {
    author: names.length > 0 ? names.join('、') : undefined,
    organisation: orgs.length > 0 ? orgs.join(' ') : undefined,
  }
}

/** Whether one header line was taken into `meta` (false: the body starts here). */
function readHeaderLine(line: string, meta: ArticleMeta, state: { sawMeta: boolean }): boolean {
  if (RE_META_HEADER.test(compact(line))) {
    state.sawMeta = true
    return true
  }
  const pairs = metaPairs(line)
  if (pairs) {
    state.sawMeta = true
    for (const [k, v] of Object.entries(pairs)) {
      if (v && !meta.fields[k])
        meta.fields[k] = v
    }
    return true
  }
  const title = meta.fields['信息名称'] ?? meta.fields['标题'] ?? meta.title
  if (title && compact(line) === compact(title))
    return true
  if (!title && looksLikeTitle(line)) {
    meta.title = line
    return true
  }
  const afterTitle = Boolean(meta.title) || state.sawMeta
  const byline = RE_BYLINE_LINE.exec(line)
  if (byline && afterTitle && [...line].length <= 40) {
    Object.assign(meta, splitByline(byline[1]!))
    return true
  }
  if (afterTitle && !meta.fields['日期'] && RE_DATE_LINE.test(line)) {
    meta.fields['日期'] = line
    return true
  }
  return false
}

/** Phase 1: the metadata block and title at the top; returns them and the index of the first body line. */
export function readHeader(lines: readonly string[]): { meta: ArticleMeta, bodyStart: number } {
  const meta: ArticleMeta = { fields: {} }
  const state = { sawMeta: false }
  let i = 0
  for (; i < lines.length; i++) {
    if (lines[i] && !readHeaderLine(lines[i]!, meta, state))
      break
  }
  const f = meta.fields
  meta.title = tidyPunctuation(f['信息名称'] ?? f['标题'] ?? meta.title ?? '') || undefined
  meta.publisher = f['发布机构'] ?? f['发文机关']
  const rawDate = f['发布日期'] ?? f['成文日期'] ?? f['公开日期'] ?? f['生成日期'] ?? f['日期']
  meta.date = rawDate ? (readDate(rawDate) ?? rawDate) : undefined
  if (f['作者'] || f['撰稿人'])
    Object.assign(meta, splitByline(f['作者'] ?? f['撰稿人']!))
  return { meta, bodyStart: i }
}

/** Phase 2: the body's paragraphs, with a trailing “（撰稿人 …）” byline moved into `meta`. */
export function readBody(lines: readonly string[], meta: ArticleMeta): string[] {
  const paragraphs = toParagraphs([...lines])
  const last = paragraphs.at(-1)
  const by = last ? RE_BYLINE.exec(last) : null
  if (last && by) {
    const who = splitByline(by[1]!.trim())
    meta.author ??= who.author
    meta.organisation ??= who.organisation
    const rest = last.slice(0, by.index).trim()
    if (rest)
      paragraphs[paragraphs.length - 1] = rest
    else
      paragraphs.pop()
  }
  meta.organisation ??= meta.publisher
  return paragraphs
}
