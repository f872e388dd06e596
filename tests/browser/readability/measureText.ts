// Runs inside the page with page.evaluate(), after installPageKit(): self-contained apart from globalThis.__deckKit.
import type { Rgba } from './pageKit'

/** How a piece of text is used, which sets its minimum size. */
export type TextRole = 'body' | 'heading' | 'note' | 'control' | 'diagram' | 'other'

/** One element's own text, as the audience sees it. */
export interface TextRun {
  /** The text, whitespace collapsed, at most 40 characters. */
  text: string
  /** Rendered font size on the 980-wide canvas: computed size × every scale between the element and the canvas. */
  px: number
  role: TextRole
  /** Text colour with the opacity of the element and its ancestors in the alpha channel. */
  fg: Rgba
  /** Candidate colours beneath the text (more than one over a gradient). */
  bg: Rgba[]
}

/** The visual lines of one block of text (a paragraph, a list item, a diagram label). */
export interface TextBlock {
  text: string
  lines: string[]
}

/** Text on the visible slide at one click step. */
export interface TextMeasure {
  runs: TextRun[]
  blocks: TextBlock[]
  /** Lowest edge of the slide's laid-out content (click-hidden items included), in % of the slide's height. */
  contentBottom: number
  /** Top edge of the deck's footer over this slide, in % of the slide's height; null when none is shown. */
  footerTop: number | null
}

/** Measure the text of the visible slide `no` (see {@link TextMeasure}); the footer is not part of the slide. */
export function measureText(no: number): TextMeasure {
  const kit = globalThis.__deckKit
  const s = kit.slide(no)
  if (!s)
    return { runs: [], blocks: [], contentBottom: 0, footerTop: null }
  const snippet = (t: string): string => t.replace(/\s+/g, ' ').trim().slice(0, 40)
  const roleOf = (el: Element): TextRole => {
    if (el.closest('svg'))
      return 'diagram'
    if (el.closest('.deck-note, .deck-tag, .deck-small'))
      return 'note'
    if (el.closest('button, [role="button"], label, input, select'))
      return 'control'
    if (el.closest('h1, h2, h3, h4, h5, h6'))
      return 'heading'
    return el.closest('p, li, td, th, blockquote') ? 'body' : 'other'
  }
  /** The element whose box holds the text's lines: an SVG <text>, or the nearest non-inline HTML element. */
  const blockOf = (el: Element): Element => {
    const text = el.closest('text')
    if (text)
      return text
    for (let p: Element | null = el; p; p = kit.parentOf(p)) {
      const display = getComputedStyle(p).display
      if (display !== 'inline' && display !== 'contents')
        return p
    }
    return el
  }

  const all = kit.elements(s.page)
  const runs: TextRun[] = []
  const blockSet = new Set<Element>()
  for (const el of all) {
    const own = [...el.childNodes].filter((c): c is Text => c.nodeType === Node.TEXT_NODE && Boolean(c.textContent?.trim()))
    if (!own.length || kit.inDefs(el) || !kit.seen(el))
      continue
    const cs = getComputedStyle(el)
    const inSvgText = el instanceof SVGElement
    const paint = kit.colour(inSvgText ? cs.fill : cs.color)
    const r = el.getBoundingClientRect()
    const centre = { x: r.left + r.width / 2, y: r.top + r.height / 2 }
    let bg = kit.backdrop(el, centre, true)
    // A halo (paint-order stroke under the fill) is the text's own background.
    const halo = inSvgText ? kit.colour(cs.stroke) : null
    if (halo && cs.paintOrder.startsWith('stroke') && Number.parseFloat(cs.strokeWidth) >= 0.15 * Number.parseFloat(cs.fontSize))
      bg = bg.map(b => kit.over(halo, b))
    const alpha = kit.opacity(el) * (inSvgText ? Number(cs.fillOpacity) : 1)
    if (paint) {
      runs.push({
        text: snippet(own.map(t => t.textContent).join(' ')),
        px: Number.parseFloat(cs.fontSize) * kit.canvasScale(el, s.scale),
        role: roleOf(el),
        fg: [paint[0], paint[1], paint[2], paint[3] * alpha],
        bg,
      })
    }
    blockSet.add(blockOf(el))
  }

  // Lines of each block, character by character in document order (inline children included).
  const range = document.createRange()
  const blocks: TextBlock[] = []
  for (const block of blockSet) {
    const lines: string[] = []
    let lastTop = Number.NaN
    let lastHeight = 0
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const parent = t.parentElement
      if (!parent || !t.textContent?.trim() || blockOf(parent) !== block || !kit.seen(parent) || kit.inDefs(parent))
        continue
      let at = 0
      for (const ch of t.textContent) {
        const start = at
        at += ch.length
        if (!ch.trim())
          continue
        range.setStart(t, start)
        range.setEnd(t, at)
        const rect = range.getClientRects()[0]
        if (!rect || rect.width === 0)
          continue
        if (!lines.length || Math.abs(rect.top - lastTop) > Math.max(rect.height, lastHeight) * 0.5)
          lines.push('')
        lines[lines.length - 1] += ch
        lastTop = rect.top
        lastHeight = rect.height
      }
    }
    if (lines.length)
      blocks.push({ text: snippet(lines.join('')), lines })
  }

  const pr = s.page.getBoundingClientRect()
  let bottom = pr.top
  const layoutRoot = s.page.querySelector('.slidev-layout')
  for (const el of all) {
    if (el === layoutRoot || kit.inDefs(el) || !kit.laidOut(el))
      continue
    const r = el.getBoundingClientRect()
    if (r.height === 0)
      continue
    const cs = getComputedStyle(el)
    const painted = Boolean(kit.colour(cs.backgroundColor)) || cs.backgroundImage !== 'none'
      || ['Top', 'Right', 'Bottom', 'Left'].some(side => Number.parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && kit.colour(cs.getPropertyValue(`border-${side.toLowerCase()}-color`)))
    const graphic = (el instanceof SVGSVGElement && !el.ownerSVGElement) || /^(?:IMG|CANVAS|VIDEO|IFRAME|BUTTON|INPUT|HR)$/.test(el.tagName)
    if (painted || graphic)
      bottom = Math.max(bottom, r.bottom)
    for (const c of el.childNodes) {
      if (c.nodeType === Node.TEXT_NODE && c.textContent?.trim()) {
        range.selectNodeContents(c)
        bottom = Math.max(bottom, range.getBoundingClientRect().bottom)
      }
    }
  }
  const pct = (y: number): number => Math.round((y - pr.top) / pr.height * 1000) / 10
  const footer = [...s.box.querySelectorAll('footer')].find(f => !s.page.contains(f) && kit.seen(f))
  return { runs, blocks, contentBottom: pct(bottom), footerTop: footer ? pct(footer.getBoundingClientRect().top) : null }
}
