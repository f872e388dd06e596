/**
 * Line breaking for Chinese text with 避头尾 (GB/T 15834 practice, as in JIS X 4051 kinsoku):
 * no line starts with a closing mark (，。、；：？！）》” …) and no line ends with an opening mark
 * (（《“ …). A mark that would break the rule pulls the character before it onto the next line
 * (推出), so every line stays within the width. Latin words and numbers are kept whole; CJK text
 * may break between any two characters. Pure: the caller supplies the width of a string.
 */

/** Marks that may not begin a line. */
export const NO_LINE_START = new Set([...'，。、；：？！）］｝》〉」』】〕〗”’…‥·—～%‰℃,.;:?!)]}'])

/** Marks that may not end a line. */
export const NO_LINE_END = new Set([...'（［｛《〈「『【〔〖“‘([{'])

/**
 * The unbreakable pieces of a text: a Latin word or number (with its trailing ASCII punctuation),
 * a run of spaces, a doubled dash or ellipsis, or a single other character.
 */
export function tokenize(text: string): string[] {
  return text.match(/[\w.%‰+\-/:']+|\s+|——|……|\S/gu) ?? []
}

const isSpace = (token: string): boolean => /^\s+$/.test(token)

/**
 * Whether a line may break before `tokens[at]`: judged by the nearest non-space pieces on either side,
 * so a space does not let a closing mark start the next line.
 */
function canBreakAt(tokens: readonly string[], at: number): boolean {
  let before = at - 1
  while (before >= 0 && isSpace(tokens[before]!))
    before--
  let after = at
  while (after < tokens.length && isSpace(tokens[after]!))
    after++
  if (before < 0 || after >= tokens.length)
    return true
  return !NO_LINE_START.has(tokens[after]![0]!) && !NO_LINE_END.has(tokens[before]!.at(-1)!)
}

/**
 * Split one paragraph into lines no wider than `maxWidth`. A single piece wider than that gets a line of
 * its own; a stretch with no break 避头尾 allows is cut at the width. Spaces at a break are dropped;
 * nothing else is added or lost.
 */
export function breakLines(text: string, maxWidth: number, widthOf: (s: string) => number): string[] {
  const tokens = tokenize(text)
  const lines: string[] = []
  let start = 0
  while (start < tokens.length) {
    while (start < tokens.length && isSpace(tokens[start]!))
      start++
    if (start >= tokens.length)
      break
    let end = start + 1
    let width = widthOf(tokens[start]!)
    while (end < tokens.length && width + widthOf(tokens[end]!) <= maxWidth)
      width += widthOf(tokens[end++]!)
    if (end < tokens.length) {
      // Move the break back to where 避头尾 allows one; if there is none, cut at the width.
      let at = end
      while (at > start + 1 && !canBreakAt(tokens, at))
        at--
      if (canBreakAt(tokens, at))
        end = at
    }
    lines.push(tokens.slice(start, end).join('').trimEnd())
    start = end
  }
  return lines
}
