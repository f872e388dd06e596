/**
 * The numbering an article's outline is written in, recognised in one paragraph:
 *   part      一、 / 第一部分        (rank 1)
 *   section   （一） / (一)           (rank 2, full- or half-width brackets)
 *   point     1. / 1、 / 第一， / 其一， / 一是 / 首先，其次，再次，另外，此外，最后，   (rank 3)
 *   sub-point (1) / ①                 (rank 4)
 * Points may start a paragraph or sit inline ("原因有二：第一，……第二，……").
 */
import { chineseNumeral, splitSentences } from './text'

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

export type SeriesKind = 'ordinal' | 'qi' | 'shi' | 'sequence' | 'arabic' | 'paren' | 'circled'

/** A point marker found in a paragraph. */
export interface Marker {
  /** Index in the paragraph where the marker starts */
  at: number
  /** Index just after the marker and its punctuation */
  end: number
  kind: SeriesKind
  /** 1-based number; for the 首先 series: 1 for 首先, 2 for every following word */
  n: number
  text: string
}

/** A part (rank 1) or section (rank 2) heading at the start of a paragraph. */
export interface Heading { rank: 1 | 2, marker: string, n: number, rest: string }

/** The part or section heading a paragraph opens with, or null. */
export function headingOf(p: string): Heading | null {
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

/** A 1. / (1) / ① marker at the start of a paragraph, or null. */
export function paragraphStartMarker(p: string): Marker | null {
  for (const [re, kind] of [[RE_ARABIC, 'arabic'], [RE_PAREN_ARABIC, 'paren'], [RE_CIRCLED, 'circled']] as const) {
    const m = re.exec(p)
    if (m) {
      const n = kind === 'circled' ? CIRCLED.indexOf(m[1]!) + 1 : Number(m[1])
      return { at: 0, end: m[0].length, kind, n, text: m[0].trim() }
    }
  }
  return null
}

/** Every 第一 / 其一 / 一是 / 首先 … marker in a paragraph, in order. */
export function inlineMarkers(p: string): Marker[] {
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

/** Whether a line reads as an article title: short, no sentence punctuation, no numbering. */
export function looksLikeTitle(line: string): boolean {
  return [...line].length <= 50 && !/[。！？!?；;：:]$/.test(line) && !RE_SENTENCE_END.test(line)
    && headingOf(line) === null && paragraphStartMarker(line) === null && inlineMarkers(line).length === 0
}

/** Normalised non-empty lines with hard-wrapped lines joined back into paragraphs. */
export function toParagraphs(lines: string[]): string[] {
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

/** Split a heading paragraph's remainder into its heading and body text. */
export function headingAndBody(rest: string, isPoint: boolean): { heading: string, body: string } {
  const text = rest.trim()
  if (!/[。！？!?；;]/.test(text) && [...text].length <= 60)
    return { heading: text, body: '' }
  const first = splitSentences(text)[0] ?? text
  return isPoint ? { heading: first, body: text } : { heading: first, body: text.slice(first.length).trim() }
}
