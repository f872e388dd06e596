// Part 1 of the page-side reader (capture.ts injects paint.js, text.js, slide.js in this order): what a box
// paints. Plain browser JavaScript, so that nothing the TypeScript loader adds to functions has to survive
// serialisation; the parts share window.__deckPptxLib.
(() => {
  const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })

  /** CSS colour → { hex: 'RRGGBB', alpha } or null when fully transparent. Any syntax, via a 1-pixel canvas. */
  function rgba(value) {
    if (!value || value === 'transparent' || value === 'none')
      return null
    const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value)
    let c
    if (m) {
      c = [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
    }
    else {
      probe.clearRect(0, 0, 1, 1)
      probe.fillStyle = value
      probe.fillRect(0, 0, 1, 1)
      const d = probe.getImageData(0, 0, 1, 1).data
      c = [d[0], d[1], d[2], d[3] / 255]
    }
    if (c[3] === 0)
      return null
    return { rgb: c.slice(0, 3), alpha: c[3] }
  }
  const hex = rgb => rgb.map(v => Math.round(v).toString(16).padStart(2, '0')).join('').toUpperCase()

  /** The opaque colour a translucent one looks like over the nearest painted ancestor of `el`. */
  function solid(color, el) {
    if (!color)
      return undefined
    if (color.alpha >= 0.999)
      return hex(color.rgb)
    let under = [255, 255, 255]
    for (let a = el; a; a = a.parentElement) {
      const bg = rgba(getComputedStyle(a).backgroundColor)
      if (bg && bg.alpha >= 0.999) {
        under = bg.rgb
        break
      }
    }
    return hex(color.rgb.map((v, i) => v * color.alpha + under[i] * (1 - color.alpha)))
  }

  const style = el => getComputedStyle(el)
  const px = v => Number.parseFloat(v) || 0
  const hidden = el => style(el).display === 'none' || style(el).visibility === 'hidden' || Number(style(el).opacity) === 0
  const blockLevel = el => el.tagName !== 'BR' && !['inline', 'contents', 'none'].includes(style(el).display)
  const role = el => (/serif/i.test(style(el).fontFamily.split(',')[0]) && !/sans/i.test(style(el).fontFamily.split(',')[0]) ? 'serif' : 'sans')

  /** Fill, borders and gradient of an element's own box; null when it paints nothing. */
  function boxOf(el) {
    const s = style(el)
    const fill = solid(rgba(s.backgroundColor), el.parentElement)
    const side = (name) => {
      const width = px(s[`border${name}Width`])
      const kind = s[`border${name}Style`]
      const color = kind === 'none' || kind === 'hidden' ? null : rgba(s[`border${name}Color`])
      return width > 0 && color ? { width, color: solid(color, el), ...(kind === 'dotted' || kind === 'dashed' ? { dash: kind === 'dotted' ? 'dot' : 'dash' } : {}) } : null
    }
    const sides = { top: side('Top'), right: side('Right'), bottom: side('Bottom'), left: side('Left') }
    const gradient = s.backgroundImage !== 'none'
    if (!fill && !gradient && !Object.values(sides).some(Boolean))
      return null
    return { fill, sides, gradient }
  }

  /** Shapes for an element's box: the main rectangle (fill, and a common outline) and bars for odd borders. */
  function shapes(el, box, origin) {
    const b = el.getBoundingClientRect()
    const r = { x: b.left - origin.left, y: b.top - origin.top, w: b.width, h: b.height }
    const sides = Object.entries(box.sides).filter(([, v]) => v)
    const key = v => `${v.width}/${v.color}/${v.dash || ''}`
    const counts = {}
    for (const [, v] of sides) counts[key(v)] = (counts[key(v)] || 0) + 1
    const common = Object.entries(counts).find(([, n]) => n >= 3)?.[0]
    const main = { kind: 'shape', ...r, fill: box.fill }
    if (common) {
      const [width, color, dash] = common.split('/')
      const w = Number(width)
      Object.assign(main, { x: r.x + w / 2, y: r.y + w / 2, w: r.w - w, h: r.h - w, line: { color, width: w, ...(dash ? { dash } : {}) } })
    }
    const bars = sides.filter(([, v]) => key(v) !== common).map(([name, v]) => ({
      kind: 'shape',
      fill: v.color,
      x: name === 'right' ? r.x + r.w - v.width : r.x,
      y: name === 'bottom' ? r.y + r.h - v.width : r.y,
      w: name === 'left' || name === 'right' ? v.width : r.w,
      h: name === 'top' || name === 'bottom' ? v.width : r.h,
      ...(v.dash ? { dash: v.dash } : {}),
    }))
    return { main, bars, paints: Boolean(main.fill || main.line) }
  }

  function inset(el) {
    const s = style(el)
    const side = n => px(s[`border${n}Width`]) + px(s[`padding${n}`])
    return { top: side('Top'), right: side('Right'), bottom: side('Bottom'), left: side('Left') }
  }

  Object.assign(window.__deckPptxLib ??= {}, { rgba, solid, style, px, hidden, blockLevel, role, boxOf, shapes, inset })
})()
