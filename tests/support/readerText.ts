/**
 * The text of a deck source that can reach the audience or the handout, line by line with its location:
 * every line of Markdown, Vue, HTML and CSS sources, and the string and template literals of TypeScript
 * (identifiers, comments and regular expressions never reach a slide).
 */
import type { DeckSource } from '../../scripts/fonts/chars'
import ts from 'typescript'

/** One line of reader text and where it is. */
export interface ReaderLine {
  /** Source path relative to the project root. */
  path: string
  /** 1-based line number in the source. */
  line: number
  /** The text, as written in the source (a template literal keeps its `${` and `}`). */
  text: string
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10)
      line++
  }
  return line
}

/** True for a literal that is (part of) the pattern given to `RegExp(…)` or `new RegExp(…)`: code, not text. */
function isRegExpSource(node: ts.Node): boolean {
  let arg: ts.Node = node
  while (ts.isTemplateSpan(arg.parent) || ts.isTemplateExpression(arg.parent))
    arg = arg.parent
  const call = arg.parent
  return (ts.isNewExpression(call) || ts.isCallExpression(call))
    && call.expression.getText() === 'RegExp'
    && ((call.arguments ?? []) as readonly ts.Node[]).includes(arg)
}

/** String and template literals of a TypeScript source, as written (so `第 ${n} 页` keeps its spaces). */
function scriptLiterals(source: DeckSource): ReaderLine[] {
  const file = ts.createSourceFile(source.path, source.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const out: ReaderLine[] = []
  const visit = (node: ts.Node): void => {
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
    if (literal && !isRegExpSource(node)) {
      const start = node.getStart(file)
      node.getText(file).split('\n').forEach((text, i) => out.push({ path: source.path, line: lineOf(source.text, start) + i, text }))
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out
}

/** The reader text of each source, line by line. */
export function readerLines(sources: readonly DeckSource[]): ReaderLine[] {
  return sources.flatMap(source => source.path.endsWith('.ts')
    ? scriptLiterals(source)
    : source.text.split(/\r?\n/).map((text, i) => ({ path: source.path, line: i + 1, text })))
}
