/** Chinese text helpers the outline parser and the slide writer share: numerals, punctuation, sentences, titles. */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** CJK ideographs: a half-width mark next to one is taken as meant full-width. */
export const RE_CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/

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
