// Part 2 of the page-side reader (see paint.js): a block's text as paragraphs of styled runs, with the lines
// as Chromium broke them, at canvas px from the slide's corner (`origin`).
(() => {
  const { rgba, solid, style, px, hidden, blockLevel, role } = window.__deckPptxLib
  const probe = document.createElement('canvas').getContext('2d')
  /** Full-width punctuation Chromium may set half-width (CSS text-spacing-trim); the opening marks among them. */
  const PUNCT = '、。，．：；！？「」『』（）《》〈〉【】〔〕〖〗“”‘’［］｛｝'
  const OPENING = '「『（《〈【〔〖“‘［｛'

  /**
   * Runs and Chromium's lines of one paragraph: the inline text `nodes` of `block`. Whitespace collapses as CSS
   * does; a full-width punctuation mark that Chromium set half-width (text-spacing-trim) gets `trim` px, so
   * the PPTX can tighten it the same way; an opening mark's trimmed half is the previous character's.
   */
  function paragraph(block, nodes, level, origin) {
    const s = style(block)
    const r = block.getBoundingClientRect()
    const left = r.left + px(s.borderLeftWidth) + px(s.paddingLeft)
    const lineHeight = s.lineHeight === 'normal' ? px(s.fontSize) * 1.3 : px(s.lineHeight)
    const styles = []
    const chars = []
    const lines = []
    let first
    let pendingBreak = false
    const range = document.createRange()
    for (const { node, breakBefore } of nodes) {
      const p = node.parentElement
      const ps = style(p)
      const size = px(ps.fontSize)
      const spacing = ps.letterSpacing === 'normal' ? 0 : px(ps.letterSpacing)
      let underline = false
      for (let a = p; a && a !== block.parentElement; a = a.parentElement) underline ||= style(a).textDecorationLine.includes('underline')
      styles.push({ size, bold: Number(ps.fontWeight) >= 600, italic: ps.fontStyle === 'italic', color: solid(rgba(ps.color), p) || '000000', role: role(p), spacing, ...(underline ? { underline } : {}) })
      pendingBreak ||= breakBefore && chars.length > 0
      for (let i = 0; i < node.nodeValue.length; i++) {
        const ch = /[\t\n\r ]/.test(node.nodeValue[i]) ? ' ' : node.nodeValue[i]
        const prev = chars.at(-1)
        if (ch === ' ' && (!prev || prev.ch === ' ' || pendingBreak))
          continue
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        const cr = range.getBoundingClientRect()
        const c = { ch, style: styles.length - 1, trim: 0, line: lines.length - 1, breakBefore: pendingBreak }
        pendingBreak = false
        if (cr.width > 0 && ch !== ' ') {
          // The first glyph places the paragraph: its line box sits half the leading above the glyph box
          // (this also finds text that a flex or grid parent centres inside the block).
          first ??= cr.top - (lineHeight - cr.height) / 2
          if (!lines.length || cr.top > lines.at(-1).top + lineHeight / 2)
            lines.push({ top: cr.top, left: cr.left, right: cr.right, text: '', first: cr.width, trim: 0 })
          const line = lines.at(-1)
          line.right = Math.max(line.right, cr.right)
          c.line = lines.length - 1
          if (PUNCT.includes(ch) && cr.width < 0.7 * size) {
            const trim = size + spacing - cr.width
            line.trim += trim
            const before = chars.at(-1)
            if (!OPENING.includes(ch))
              c.trim = trim
            else if (before && before.line === c.line)
              before.trim += trim
          }
        }
        if (lines.length)
          lines.at(-1).text += ch
        chars.push(c)
      }
    }
    while (chars.at(-1)?.ch === ' ') chars.pop()
    if (!chars.length)
      return null
    const runs = []
    for (const c of chars) {
      const last = runs.at(-1)
      if (last && last.style === c.style && !c.trim && !last.trim && !c.breakBefore)
        last.text += c.ch
      else
        runs.push({ text: c.ch, style: c.style, trim: c.trim, breakBefore: c.breakBefore })
    }
    const out = {
      x: r.left - origin.left,
      y: (first ?? r.top + px(s.borderTopWidth) + px(s.paddingTop)) - origin.top,
      w: r.right - r.left - px(s.borderRightWidth) - px(s.paddingRight),
      h: Math.max(1, lines.length) * lineHeight,
      runs: runs.map(({ text, style: i, trim, breakBefore }) => ({ text, ...styles[i], ...(trim ? { trim } : {}), ...(breakBefore ? { breakBefore } : {}) })),
      align: ['center', 'right', 'justify'].includes(s.textAlign) ? s.textAlign : 'left',
      lineHeight,
      size: px(s.fontSize),
      role: role(block),
      level,
      textLeft: left - r.left,
      lines: lines.map(l => ({ text: l.text.trim(), width: l.right - l.left, first: l.first, trim: l.trim })),
    }
    if (block.tagName === 'LI')
      out.bullet = bulletOf(block, out)
    return out
  }

  function bulletOf(li, para) {
    const before = getComputedStyle(li, '::before')
    const fill = rgba(before.backgroundColor)
    if (before.content !== 'none' && fill && px(before.width) > 0)
      return { kind: 'square', color: solid(fill, li), size: px(before.width), markerLeft: px(before.left) }
    if (li.parentElement?.tagName === 'OL' && style(li).listStyleType !== 'none') {
      const no = [...li.parentElement.children].indexOf(li) + (Number(li.parentElement.getAttribute('start')) || 1)
      probe.font = `${style(li).fontWeight} ${style(li).fontSize} ${style(li).fontFamily}`
      return { kind: 'number', color: solid(rgba(style(li).color), li), size: no, markerLeft: para.textLeft - probe.measureText(`${no}. `).width }
    }
    return undefined
  }

  /** Paragraphs of `el`'s subtree: each block with inline content is one; `<br>` breaks a line inside it. */
  function paragraphs(el, origin, level = 0, out = []) {
    let nodes = []
    let pendingBreak = false
    const flush = () => {
      const p = nodes.length ? paragraph(el, nodes, level, origin) : null
      if (p)
        out.push(p)
      nodes = []
    }
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          nodes.push({ node: child, breakBefore: pendingBreak })
          pendingBreak = false
        }
        else if (child.nodeType === Node.ELEMENT_NODE && !hidden(child)) {
          if (child.tagName === 'BR') {
            pendingBreak = true
          }
          else if (blockLevel(child)) {
            flush()
            const list = ['UL', 'OL'].includes(child.tagName)
            paragraphs(child, origin, level + (list ? 1 : 0), out)
          }
          else {
            walk(child)
          }
        }
      }
    }
    walk(el)
    flush()
    return out
  }

  Object.assign(window.__deckPptxLib, { paragraphs })
})()
