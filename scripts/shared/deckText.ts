/**
 * Text a reader sees on a slide, derived from its Markdown source, for checking exports
 * (PDF text layer, PPTX notes) against the deck without copying expected strings by hand.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' ', middot: '·' }

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/#quot;/g, '"')
    .replace(/&([a-z]+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
}

/** Plain text of an inline Markdown/HTML fragment: tags, emphasis, code ticks, link and MDC syntax removed. */
export function plainText(md: string): string {
  return decodeEntities(
    md
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\{[^}]*\}/g, '$1')
      .replace(/\{[.#][^}]*\}/g, '')
      .replace(/(\*\*|__|\*|~~|`)/g, ''),
  ).trim()
}

/** Text with every whitespace character removed: PDF text extraction breaks lines and spaces freely. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Bodies of the fenced Mermaid blocks in a slide's Markdown. */
export function mermaidBlocks(md: string): string[] {
  const blocks: string[] = []
  const fence = /^(`{3,}|~{3,})mermaid\b[^\n]*\n([\s\S]*?)^\1\s*$/gm
  for (const match of md.matchAll(fence))
    blocks.push(match[2]!)
  return blocks
}

const NON_LABEL_LINE = /^\s*(?:%%|acc(?:Title|Descr)\b|classDef\b|class\b|style\b|linkStyle\b|direction\b|click\b|flowchart\b|graph\b|end\s*$)/
const QUOTED_NODE = /[\w-]+\s*(?:\[\[|\[\(|\(\(|\(\[|\{\{|\[\/|\[\\|[[({>])\s*"([^"]*)"\s*(?:\]\]|\)\]|\)\)|\]\)|\}\}|\/\]|\\\]|[\])}])/g
const BARE_NODE = /[\w-]+\s*(?:\[\[|\[\(|\(\(|\(\[|\{\{|[[({>])([^[\](){}"|]+)(?:\]\]|\)\]|\)\)|\]\)|\}\}|[\])}])/g
const EDGE_LABEL = /\|([^|]*)\|/g
const SUBGRAPH = /^\s*subgraph\s(.*)$/
const SUBGRAPH_TITLE = /^[^\s[]+\s*\[([^\]]*)\]$/

function unquote(label: string): string {
  return label.trim().replace(/^"(.*)"$/, '$1')
}

/**
 * Visible labels of a Mermaid flowchart: node texts, edge texts and subgraph titles, one entry per
 * rendered line (`<br/>` splits a label). Accessibility titles, class and style lines are not visible.
 */
export function mermaidLabels(code: string): string[] {
  const raw: string[] = []
  for (const line of code.split('\n')) {
    if (!line.trim() || NON_LABEL_LINE.test(line))
      continue
    const subgraph = line.match(SUBGRAPH)
    if (subgraph) {
      const rest = subgraph[1]!.trim()
      raw.push(unquote(rest.match(SUBGRAPH_TITLE)?.[1] ?? rest))
      continue
    }
    let rest = line
    for (const pattern of [EDGE_LABEL, QUOTED_NODE, BARE_NODE]) {
      rest = rest.replace(pattern, (_whole, label: string) => {
        raw.push(unquote(label))
        return ' '
      })
    }
  }
  const labels = raw
    .flatMap(label => plainText(label).split('\n'))
    .map(part => part.trim())
    .filter(part => part.length > 0)
  return [...new Set(labels)]
}

/** Slidev's click markers in speaker notes: `[click]`, `[click:3]`. Global: use with split, match or replace. */
export const CLICK_MARKER = /\[click(?::\d+)?\]/g

/** Speaker-note lines as they read in a handout: `[click]` markers and list/heading markup dropped. */
export function noteLines(note: string): string[] {
  return note
    .split(CLICK_MARKER)
    .flatMap(segment => segment.split('\n'))
    .map(line => line.replace(/^\s*(?:[\-*+>]|\d+\.|#{1,6})\s+/, ''))
    .map(line => plainText(line))
    .filter(line => line.length > 0)
}
