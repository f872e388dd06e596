/**
 * Outline parser for plain-text Chinese briefing articles.
 *
 * Recognises the outline shapes that bureau articles use:
 *   part      一、 / 第一部分        (rank 1)
 *   section   （一） / (一)           (rank 2, full- or half-width brackets)
 *   point     1. / 1、 / 第一， / 其一， / 一是 / 首先，其次，再次，另外，此外，最后，   (rank 3)
 *   sub-point (1) / ①                 (rank 4)
 * Points may start a paragraph or sit inline ("原因有二：第一，……第二，……").
 * A government information page header (索引号, 发布机构, 发布日期 …) is read into `meta`, never into nodes.
 * Pure: strings in, plain data out.
 */

/** One node of an article outline. */
export interface OutlineNode {
  /** Stable dotted id: '0' preamble, '1', '1.1', '2.1.3' … */
  id: string
  /** Depth in the outline tree, 1 = top-level part (the preamble '0' is level 1 too) */
  level: number
  /** Short title, at most ~30 characters */
  title: string
  /** Id of the parent node, null for top-level nodes */
  parent: string | null
}

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

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** Value of a Chinese numeral up to 99 (一 → 1, 十二 → 12, 二十 → 20); NaN when not a numeral. */
export function chineseNumeral(s: string): number {
  if (!/^[零〇一二两三四五六七八九十]+$/.test(s))
    return Number.NaN
  const ten = s.indexOf('十')
  if (ten < 0)
    return s.length === 1 ? CN_DIGITS[s]! : Number.NaN
  if (s.includes('十', ten + 1))
    return Number.NaN
  const tens = ten === 0 ? 1 : (ten === 1 ? CN_DIGITS[s[0]!]! : Number.NaN)
  const rest = s.slice(ten + 1)
  const ones = rest === '' ? 0 : (rest.length === 1 ? CN_DIGITS[rest]! : Number.NaN)
  return tens * 10 + ones
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'
const CN = '[一二三四五六七八九十]{1,3}'
const RE_PART = new RegExp(`^(${CN})\\s*[、．]\\s*`)
const RE_PART_DOT = new RegExp(`^(${CN})\\s*\\.(?!\\d)\\s*`)
const RE_PART_ALT = new RegExp(`^第(${CN})(?:部分|章|篇)\\s*[、：:．.]?\\s*`)
const RE_SECTION = new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、．.]?\\s*`)
const RE_ARABIC = /^(\d{1,2})\s*[、．.](?!\d)\s*/
const RE_PAREN_ARABIC = /^[（(]\s*(\d{1,2})\s*[）)]\s*/
const RE_CIRCLED = new RegExp(`^([${CIRCLED}])\\s*`)
const SEQ_START = '首先'
const SEQ_NEXT = ['其次', '再次', '再者', '然后', '此外', '另外', '最后']
const RE_INLINE = new RegExp(
  `(?<=^|[。；;：:！？!?\\s])(?:第(${CN})[，,、：:]|其(${CN})[，,、：:]|([一二三四五六七八九十])是(?=[^，,。])|(${SEQ_START}|${SEQ_NEXT.join('|')})[，,、：:])`,
  'g',
)
const RE_SENTENCE_END = /[。！？!?]/
const RE_CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/

type SeriesKind = 'ordinal' | 'qi' | 'shi' | 'sequence' | 'arabic' | 'paren' | 'circled'

interface Marker {
  /** Index in the paragraph where the marker starts */
  at: number
  /** Index just after the marker and its punctuation */
  end: number
  kind: SeriesKind
  /** 1-based number; for the 首先 series: 1 for 首先, 2 for every following word */
  n: number
  text: string
}

/** Replace half-width , : ; ? ! ( ) next to Chinese characters with their full-width forms. */
export function tidyPunctuation(s: string): string {
  const full: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' }
  return s.replace(/\s*([,:;?!()])\s*/g, (m, p: string, offset: number) => {
    const before = s[offset - 1] ?? ''
    const after = s[offset + m.length] ?? ''
    return RE_CJK.test(before) || RE_CJK.test(after) || /[“”‘’（）]/.test(before + after) ? full[p]! : m
  })
}

/** Split Chinese text into sentences, keeping each sentence's closing punctuation and quotes. */
export function splitSentences(text: string): string[] {
  const out: string[] = []
  const re = /[^。！？!?；;]*(?:[。！？!?；;]+[”’」』）)]*|$)/g
  for (const m of text.matchAll(re)) {
    const s = m[0].trim()
    if (s)
      out.push(s)
  }
  return out
}

/**
 * A title of at most `max` characters: the heading itself, else its leading clauses, else a cut with '…'.
 */
export function shortTitle(heading: string, max = 30): string {
  const s = tidyPunctuation(heading).replace(/\s+/g, ' ').trim()
  const first = (splitSentences(s)[0] ?? s).replace(/[。！？!?；;，,：:、\s]+$/u, '')
  if ([...first].length <= max)
    return first
  let cut = ''
  for (const clause of first.split(/(?<=[，、：；])/)) {
    if ([...(cut + clause)].length > max)
      break
    cut += clause
  }
  cut = cut.replace(/[，、：；]+$/u, '')
  if ([...cut].length >= Math.min(8, max))
    return cut
  return `${[...first].slice(0, max - 1).join('')}…`
}

const CUE = /因此|所以|关键|核心|重点|必须|应当|应该|要|导致|使得|从而|在于|困境|途径/

/**
 * Up to `max` key sentences of a point, in document order: the first sentence of every paragraph,
 * then sentences with cue words (因此, 关键, 必须, 要 …), then the rest.
 */
export function keySentences(paragraphs: string[], max = 4): string[] {
  const all = paragraphs.flatMap((p, pi) => splitSentences(tidyPunctuation(p)).map((s, si) => ({ s, pi, si })))
  const score = (x: { s: string, si: number }): number => (x.si === 0 ? 2 : 0) + (CUE.test(x.s) ? 1 : 0)
  const picked = new Set(
    all.map((x, i) => ({ i, score: score(x) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, max)
      .map(x => x.i),
  )
  return all.filter((_, i) => picked.has(i)).map(x => x.s)
}

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
const RE_BYLINE = /[（(]\s*(?:撰稿人|撰稿|作者|执笔|供稿|撰文)[\s:：]*([^（）()\s:：][^（）()]*)[）)]\s*$/
const RE_BYLINE_LINE = /^(?:撰稿人|撰稿|作者|执笔|供稿|撰文)\s*[:：]\s*(\S.*)$/
const RE_ORG = /(?:[局院所办委厅部处科室会站队组社]|中心|公司|大学|学院)$/

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

const compact = (s: string): string => s.replace(/\s+/g, '')

function looksLikeTitle(line: string): boolean {
  return [...line].length <= 50 && !/[。！？!?；;：:]$/.test(line) && !RE_SENTENCE_END.test(line)
    && headingOf(line) === null && paragraphStartMarker(line) === null && inlineMarkers(line).length === 0
}

/** Normalised non-empty lines with hard-wrapped lines joined back into paragraphs. */
function toParagraphs(lines: string[]): string[] {
  const out: string[] = []
  let prevBlank = true
  for (const line of lines) {
    if (!line) {
      prevBlank = true
      continue
    }
    const prev = out.at(-1)
    const wrapped = !prevBlank && prev !== undefined && [...prev].length >= 20
      && !/[。！？!?；;：:…”」』）)]$/.test(prev) && headingOf(prev) === null && headingOf(line) === null
      && paragraphStartMarker(line) === null
    if (wrapped)
      out[out.length - 1] = prev + line
    else
      out.push(line)
    prevBlank = false
  }
  return out
}

interface Heading { rank: 1 | 2, marker: string, n: number, rest: string }

function headingOf(p: string): Heading | null {
  for (const [re, rank] of [[RE_PART, 1], [RE_PART_ALT, 1], [RE_SECTION, 2]] as const) {
    const m = re.exec(p)
    if (m)
      return { rank, marker: m[0].trim(), n: chineseNumeral(m[1]!), rest: p.slice(m[0].length) }
  }
  const dot = RE_PART_DOT.exec(p)
  if (dot && [...p].length <= 40)
    return { rank: 1, marker: dot[0].trim(), n: chineseNumeral(dot[1]!), rest: p.slice(dot[0].length) }
  return null
}

function paragraphStartMarker(p: string): Marker | null {
  for (const [re, kind] of [[RE_ARABIC, 'arabic'], [RE_PAREN_ARABIC, 'paren'], [RE_CIRCLED, 'circled']] as const) {
    const m = re.exec(p)
    if (m) {
      const n = kind === 'circled' ? CIRCLED.indexOf(m[1]!) + 1 : Number(m[1])
      return { at: 0, end: m[0].length, kind, n, text: m[0].trim() }
    }
  }
  return null
}

function inlineMarkers(p: string): Marker[] {
  const out: Marker[] = []
  for (const m of p.matchAll(RE_INLINE)) {
    const [text, ordinal, qi, shi, seq] = m
    const at = m.index
    if (ordinal)
      out.push({ at, end: at + text.length, kind: 'ordinal', n: chineseNumeral(ordinal), text: `第${ordinal}` })
    else if (qi)
      out.push({ at, end: at + text.length, kind: 'qi', n: chineseNumeral(qi), text: `其${qi}` })
    else if (shi)
      out.push({ at, end: at + text.length, kind: 'shi', n: chineseNumeral(shi), text: `${shi}是` })
    else if (seq)
      out.push({ at, end: at + text.length, kind: 'sequence', n: seq === SEQ_START ? 1 : 2, text: seq })
  }
  return out
}

interface Series { kind: SeriesKind, last: number, rank: number }

interface Draft {
  rank: number
  marker: string
  heading: string
  body: string[]
  children: Draft[]
  parent: Draft | null
}

/** Split a heading paragraph's remainder into its heading and body text. */
function headingAndBody(rest: string, isPoint: boolean): { heading: string, body: string } {
  const text = rest.trim()
  if (!/[。！？!?；;]/.test(text) && [...text].length <= 60)
    return { heading: text, body: '' }
  const first = splitSentences(text)[0] ?? text
  return isPoint ? { heading: first, body: text } : { heading: first, body: text.slice(first.length).trim() }
}

/**
 * Parse a plain-text article into its metadata and outline.
 * Errors (empty text, binary content, no body) come back as `{ ok: false, error }` with a one-line message.
 */
export function parseArticle(input: string): ParseResult {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u3000\u00A0\t]/g, ' ')
  if (text.trim() === '')
    return { ok: false, error: '文章为空：文件里没有任何文字' }
  // eslint-disable-next-line no-control-regex
  const bad = (text.match(/[\u0000-\u0008\v\f\u000E-\u001F\uFFFD]/g) ?? []).length
  if (bad > 0)
    return { ok: false, error: `不是可读的纯文本：含有${bad}个控制字符或无法解码的字符` }

  const warnings: string[] = []
  const lines = text.split('\n').map(l => l.trim())
  const meta: ArticleMeta = { fields: {} }

  // 1. Metadata block and title at the top.
  let i = 0
  let sawMeta = false
  for (; i < lines.length; i++) {
    const line = lines[i]!
    if (!line)
      continue
    if (RE_META_HEADER.test(compact(line))) {
      sawMeta = true
      continue
    }
    const pairs = metaPairs(line)
    if (pairs) {
      sawMeta = true
      for (const [k, v] of Object.entries(pairs)) {
        if (v && !meta.fields[k])
          meta.fields[k] = v
      }
      continue
    }
    const title = meta.fields['信息名称'] ?? meta.fields['标题'] ?? meta.title
    if (title && compact(line) === compact(title))
      continue
    if (!title && looksLikeTitle(line)) {
      meta.title = line
      continue
    }
    const byline = RE_BYLINE_LINE.exec(line)
    if (byline && (meta.title || sawMeta) && [...line].length <= 40) {
      Object.assign(meta, splitByline(byline[1]!))
      continue
    }
    if ((meta.title || sawMeta) && !meta.fields['日期'] && /^\S{0,12}\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*(?:日\s*)?$/.test(line)) {
      meta.fields['日期'] = line
      continue
    }
    break
  }
  const f = meta.fields
  meta.title = tidyPunctuation(f['信息名称'] ?? f['标题'] ?? meta.title ?? '') || undefined
  meta.publisher = f['发布机构'] ?? f['发文机关']
  const rawDate = f['发布日期'] ?? f['成文日期'] ?? f['公开日期'] ?? f['生成日期'] ?? f['日期']
  meta.date = rawDate ? (readDate(rawDate) ?? rawDate) : undefined
  if (f['作者'] || f['撰稿人'])
    Object.assign(meta, splitByline(f['作者'] ?? f['撰稿人']!))

  // 2. Paragraphs, with a trailing byline taken off.
  const paragraphs = toParagraphs(lines.slice(i))
  const last = paragraphs.at(-1)
  if (last) {
    const by = RE_BYLINE.exec(last)
    if (by) {
      const who = splitByline(by[1]!.trim())
      meta.author ??= who.author
      meta.organisation ??= who.organisation
      const rest = last.slice(0, by.index).trim()
      if (rest)
        paragraphs[paragraphs.length - 1] = rest
      else
        paragraphs.pop()
    }
  }
  meta.organisation ??= meta.publisher
  if (paragraphs.length === 0)
    return { ok: false, error: meta.title ? `只有标题和信息栏，没有正文：《${meta.title}》` : '没有正文' }

  // 3. Outline.
  const root: Draft = { rank: 0, marker: '', heading: '', body: [], children: [], parent: null }
  const preamble: string[] = []
  let current: Draft = root
  let series: Series[] = []
  const lastHeadingNo = new Map<Draft, Map<number, Heading>>()

  const add = (rank: number, marker: string, heading: string, body: string): Draft => {
    let parent = current
    while (parent !== root && parent.rank >= rank)
      parent = parent.parent!
    const node: Draft = { rank, marker, heading: heading.trim(), body: body ? [body] : [], children: [], parent }
    parent.children.push(node)
    current = node
    return node
  }
  const appendBody = (t: string): void => {
    const s = t.trim()
    if (!s)
      return
    if (current === root)
      preamble.push(s)
    else
      current.body.push(s)
  }

  for (const p of paragraphs) {
    const h = headingOf(p)
    if (h) {
      let parent = current
      while (parent !== root && parent.rank >= h.rank)
        parent = parent.parent!
      const seen = lastHeadingNo.get(parent) ?? new Map<number, Heading>()
      const prev = seen.get(h.rank)
      const expected = prev ? prev.n + 1 : 1
      if (h.n !== expected) {
        warnings.push(prev
          ? `编号不连续：“${h.marker}”前面是“${prev.marker}”`
          : `编号不从一开始：第一个是“${h.marker}”`)
      }
      seen.set(h.rank, h)
      lastHeadingNo.set(parent, seen)
      const { heading, body } = headingAndBody(h.rest, false)
      if (!heading)
        warnings.push(`“${h.marker}”没有标题文字`)
      add(h.rank, h.marker, heading, body)
      series = []
      continue
    }

    // Points: a marker at the paragraph start and/or inline series.
    const candidates = [paragraphStartMarker(p), ...inlineMarkers(p)].filter((m): m is Marker => m !== null)
    const accepted: { m: Marker, rank: number }[] = []
    const local = new Set<Series>()
    candidates.forEach((m, ci) => {
      const open = [...series].reverse().find(s => s.kind === m.kind)
      const continues = open !== undefined && m.n > 1 && (m.kind === 'sequence' || m.n > open.last)
      if (continues && (m.at === 0 || local.has(open))) {
        if (m.kind !== 'sequence' && m.n !== open.last + 1)
          warnings.push(`编号不连续：“${m.text}”跟在第${open.last}点后面`)
        series = series.slice(0, series.indexOf(open) + 1)
        open.last = m.n
        local.add(open)
        accepted.push({ m, rank: open.rank })
        return
      }
      const hasFollower = candidates.slice(ci + 1).some(o => o.kind === m.kind && o.n === 2)
      const isStart = m.n === 1 && (m.at === 0 || hasFollower)
      const orphan = m.at === 0 && m.n > 1 && m.kind !== 'sequence' && !open
      if (!isStart && !orphan)
        return
      if (orphan)
        warnings.push(`编号不从第一开始：“${m.text}”前面没有第一点`)
      const base = accepted.at(-1)?.rank ?? current.rank
      const s: Series = { kind: m.kind, last: m.n, rank: Math.max(m.kind === 'paren' || m.kind === 'circled' ? 4 : 3, base + 1) }
      if (accepted.length === 0) {
        // the new series nests under the current node: drop series that sit at or below it
        series = series.filter(x => x.rank < s.rank)
      }
      series.push(s)
      local.add(s)
      accepted.push({ m, rank: s.rank })
    })

    if (accepted.length === 0) {
      appendBody(p)
      continue
    }
    appendBody(p.slice(0, accepted[0]!.m.at))
    accepted.forEach(({ m, rank }, k) => {
      const segment = p.slice(m.end, accepted[k + 1]?.m.at ?? p.length).trim()
      const { heading, body } = headingAndBody(segment, true)
      add(rank, m.text, heading, body)
    })
  }

  // 4. Flatten with ids, or fall back to paragraph groups.
  const nodes: ParsedNode[] = []
  if (root.children.length === 0) {
    warnings.push(`没有识别到提纲（一、/（一）/第一/首先 …），已按段落分组，共${groupParagraphs(paragraphs).length}组`)
    groupParagraphs(paragraphs).forEach((group, k) => {
      const heading = tidyPunctuation(splitSentences(group[0]!)[0] ?? group[0]!)
      nodes.push({ id: String(k + 1), level: 1, title: shortTitle(heading) || `第${k + 1}组`, parent: null, marker: '', heading, body: group.map(tidyPunctuation) })
    })
    return { ok: true, article: { meta, nodes, mode: 'paragraphs', warnings } }
  }
  if (preamble.length > 0)
    nodes.push({ id: '0', level: 1, title: '引言', parent: null, marker: '', heading: '引言', body: preamble.map(tidyPunctuation) })
  const walk = (d: Draft, id: string, level: number, parent: string | null): void => {
    const heading = tidyPunctuation(d.heading)
    if (d.body.length === 0 && d.children.length === 0)
      warnings.push(`“${d.marker}${shortTitle(heading, 16)}”下面没有正文`)
    nodes.push({ id, level, title: shortTitle(heading) || '（无标题）', parent, marker: d.marker, heading, body: d.body.map(tidyPunctuation) })
    d.children.forEach((c, k) => walk(c, `${id}.${k + 1}`, level + 1, id))
  }
  root.children.forEach((c, k) => walk(c, String(k + 1), 1, null))
  return { ok: true, article: { meta, nodes, mode: 'outline', warnings } }
}

/** Paragraph groups for a text with no outline: up to 3 paragraphs or ~300 characters each. */
export function groupParagraphs(paragraphs: string[], maxChars = 300, maxParagraphs = 3): string[][] {
  const groups: string[][] = []
  let group: string[] = []
  let size = 0
  for (const p of paragraphs) {
    if (group.length > 0 && (group.length >= maxParagraphs || size + [...p].length > maxChars)) {
      groups.push(group)
      group = []
      size = 0
    }
    group.push(p)
    size += [...p].length
  }
  if (group.length > 0)
    groups.push(group)
  return groups
}

/** Plain outline nodes (id, level, title, parent) of a parsed article. */
export function toOutline(nodes: ParsedNode[]): OutlineNode[] {
  return nodes.map(({ id, level, title, parent }) => ({ id, level, title, parent }))
}
