/**
 * Language rules for the Chinese the audience or the handout reads (GB/T 15834-2011 punctuation, the glossary's
 * one term per concept, the register of a statistics bureau) and for speaker notes, which are spoken.
 * Pure functions over strings; tests/unit/language.test.ts applies them to every deck source.
 */
import type { GlossaryEntry } from '../../content/glossary'

/** One rule broken in a text. */
export interface TextFinding {
  /** Which rule: `quotes`, `spacing`, `halfwidth`, `date`, `term`, `register`, `spoken`. */
  rule: 'quotes' | 'spacing' | 'halfwidth' | 'date' | 'term' | 'register' | 'spoken'
  /** The offending characters as found. */
  match: string
  /** What to write instead, in Chinese. */
  message: string
}

const HAN = '\\p{Script=Han}'
const RULES: { rule: TextFinding['rule'], pattern: RegExp, message: string }[] = [
  { rule: 'quotes', pattern: /[「」『』]/gu, message: '不用直角引号，改用“ ”或‘ ’（GB/T 15834）' },
  {
    rule: 'spacing',
    pattern: new RegExp(`(?<=${HAN})[ \\t\\u00A0]+(?=\\d|\\{\\{|\\$\\{)|(?<=\\d|\\})[ \\t\\u00A0]+(?=${HAN})`, 'gu'),
    message: '汉字与数字之间不加空格',
  },
  {
    rule: 'halfwidth',
    pattern: new RegExp(`(?<=${HAN})[,;:?!()]|[,;:?!()](?=${HAN})`, 'gu'),
    message: '中文里用全角标点（，；：？！（））',
  },
  { rule: 'date', pattern: /\b\d{4}-\d{1,2}-\d{1,2}\b/g, message: '日期统一写作2017年8月11日' },
]

/**
 * Punctuation, spacing and date problems in a text the audience or the handout reads. `match` is the offending
 * characters with one character of context on each side (so a stray space shows where it is: “第 3”).
 */
export function punctuationFindings(text: string): TextFinding[] {
  const found: { at: number, finding: TextFinding }[] = []
  for (const { rule, pattern, message } of RULES) {
    for (const m of text.matchAll(pattern)) {
      const context = rule === 'spacing' || rule === 'halfwidth'
      const match = context ? text.slice(Math.max(0, m.index - 1), m.index + m[0].length + 1) : m[0]
      found.push({ at: m.index, finding: { rule, match, message } })
    }
  }
  return found.sort((a, b) => a.at - b.at).map(f => f.finding)
}

/** Start indexes of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const at: number[] = []
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1))
    at.push(i)
  return at
}

/**
 * Banned variants of the glossary's terms. An occurrence inside the preferred term itself (大买家 in 国际大买家)
 * or inside one of the entry's `allowedIn` phrases is not a variant.
 */
export function termFindings(text: string, glossary: readonly GlossaryEntry[]): TextFinding[] {
  const found: TextFinding[] = []
  for (const entry of glossary) {
    const covers = [entry.term, ...(entry.allowedIn ?? [])].flatMap(phrase => occurrences(text, phrase).map(start => [start, start + phrase.length] as const))
    for (const variant of entry.banned) {
      for (const start of occurrences(text, variant)) {
        const end = start + variant.length
        if (!covers.some(([from, to]) => from <= start && end <= to))
          found.push({ rule: 'term', match: variant, message: `统一用“${entry.term}”，不用“${variant}”` })
      }
    }
  }
  return found
}

/** Consulting or colloquial phrases, each with the plain wording to use. */
export function registerFindings(text: string, banned: readonly { phrase: string, use: string }[]): TextFinding[] {
  return banned.flatMap(({ phrase, use }) => occurrences(text, phrase).map(() => ({
    rule: 'register' as const,
    match: phrase,
    message: `“${phrase}”不合公文语体，改为“${use}”之类的说法`,
  })))
}

/** Dates as written in the deck (2017年8月11日): the only figures a spoken note keeps as digits. */
const DATE = /\d{4}年\d{1,2}月\d{1,2}日/g

/**
 * Problems of a speaker note as spoken text: no formula signs, and numbers written as they are read
 * (in Chinese numerals; a date such as 2017年8月11日 may keep its digits).
 */
export function spokenFindings(note: string): TextFinding[] {
  const found: TextFinding[] = []
  for (const m of note.matchAll(/[=÷×+≈≤≥∑√ℓ]|\d\s*\/\s*\d|\b[a-z]\b/gi))
    found.push({ rule: 'spoken', match: m[0], message: '备注是讲稿：公式和变量移到模型说明里，用口语说出' })
  for (const m of note.replace(DATE, '').matchAll(/\d+(?:\.\d+)?%?/g))
    found.push({ rule: 'spoken', match: m[0], message: '备注里的数字按读法写成汉字（如“三十六期”“零点九”）' })
  return found
}
