// Part 3 of the page-side reader (see paint.js): window.__deckPptx.extract() returns one plain slide model per
// slide of Slidev's print page (the shape is scripts/export/pptx/model.ts): texts, boxes, tables, and pictures
// (Mermaid diagrams, interactive illustrations, gradients) tagged data-pptx-shot-N for capture.ts to screenshot.
(() => {
  const { rgba, solid, style, hidden, blockLevel, boxOf, shapes, inset, paragraphs } = window.__deckPptxLib
  const HEADING = 'h1, h2, h3, h4, h5, h6'

  function main(container) {
    const origin = container.getBoundingClientRect()
    const rel = r => ({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height })
    const page = container.querySelector('.slidev-page')
    const layoutRoot = page?.querySelector('.slidev-layout')
    if (!layoutRoot)
      throw new Error(`第 ${Number.parseInt(container.id)} 页没有渲染出来`)
    const pictures = pictureRoots(page, layoutRoot)
    const shots = window.__deckPptxShots

    function shot(el, mode) {
      const id = shots.length
      el.setAttribute(`data-pptx-shot-${id}`, mode)
      shots.push({ id, mode })
      return id
    }

    function picture(el) {
      // Slidev draws a Mermaid diagram into a shadow root: the SVG (and its accTitle/accDescr) live there.
      const scope = el.shadowRoot || el
      const svg = el.classList.contains('mermaid') ? scope.querySelector('svg') : null
      const target = svg || el
      const labelled = id => (id && svg ? svg.querySelector(`[id="${id}"]`)?.textContent?.trim() : '') || ''
      let alt = ''
      if (svg) {
        const title = labelled(svg.getAttribute('aria-labelledby')) || svg.querySelector('title')?.textContent?.trim() || ''
        const desc = labelled(svg.getAttribute('aria-describedby')) || svg.querySelector('desc')?.textContent?.trim() || ''
        alt = [title, desc].filter(Boolean).join('：')
      }
      if (!alt) {
        const labels = [el, ...el.querySelectorAll('[role="img"][aria-label], svg[aria-label]')].map(e => e.getAttribute('aria-label')).filter(Boolean)
        alt = [...new Set(labels)].join('；')
      }
      return { kind: 'picture', ...rel(target.getBoundingClientRect()), shot: shot(target, 'element'), alt, decorative: false }
    }

    const hasPicture = el => [...pictures].some(p => p !== el && el.contains(p))
    const hasInnerBox = el => [...el.querySelectorAll('*')].some(d => !hidden(d) && blockLevel(d) && boxOf(d)?.fill)
    const stacked = ps => ps.every((p, i) => i === 0 || p.y >= ps[i - 1].y + ps[i - 1].h - 1)

    function valign(el, ps) {
      const r = el.getBoundingClientRect()
      const ins = inset(el)
      const top = ps[0].y - (r.top - origin.top + ins.top)
      const bottom = r.bottom - origin.top - ins.bottom - (ps.at(-1).y + ps.at(-1).h)
      return top > 2 && Math.abs(top - bottom) < 2 ? 'middle' : 'top'
    }

    function table(el) {
      const rows = [...el.rows].map(tr => [...tr.cells].map((td) => {
        const s = style(td)
        const box = boxOf(td) || boxOf(tr) || {}
        const bottom = box.sides?.bottom
        return {
          ...rel(td.getBoundingClientRect()),
          paragraphs: paragraphs(td, origin),
          fill: box.fill,
          inset: inset(td),
          valign: ['top', 'bottom'].includes(s.verticalAlign) ? s.verticalAlign : 'middle',
          ...(bottom ? { borderBottom: bottom } : {}),
        }
      }))
      return { kind: 'table', ...rel(el.getBoundingClientRect()), columns: rows[0].map(c => c.w), rows }
    }

    function visit(el, out) {
      if (hidden(el))
        return
      if (pictures.has(el))
        return void out.push(picture(el))
      if (el.tagName === 'TABLE')
        return void out.push(table(el))
      const box = el === layoutRoot ? null : boxOf(el)
      if (box) {
        if (box.gradient)
          out.push({ kind: 'picture', ...rel(el.getBoundingClientRect()), shot: shot(el, 'background'), alt: '装饰色带', decorative: true })
        const { main, bars, paints } = shapes(el, box, origin)
        const ps = !hasPicture(el) && !hasInnerBox(el) && paints ? paragraphs(el, origin) : []
        if (ps.length && stacked(ps)) {
          out.push({ ...main, paragraphs: ps, inset: inset(el), valign: valign(el, ps), role: 'body' }, ...bars)
          return
        }
        if (paints)
          out.push(main)
        out.push(...bars)
      }
      const leaf = ![...el.children].some(c => !hidden(c) && blockLevel(c) && !['UL', 'OL', 'LI'].includes(c.tagName))
      const list = ['UL', 'OL'].includes(el.tagName)
      if ((leaf || list) && !hasPicture(el) && !hasInnerBox(el)) {
        const ps = paragraphs(el, origin, list ? 1 : 0)
        if (ps.length) {
          const text = { kind: 'shape', ...rel(el.getBoundingClientRect()), paragraphs: ps, inset: { top: 0, right: 0, bottom: 0, left: 0 }, valign: 'top' }
          text.role = el.matches('h1') && el === page.querySelector('h1') ? 'title' : 'body'
          out.push(text)
        }
        // Rules drawn by the blocks inside (a list's dotted row lines).
        for (const d of el.querySelectorAll('*')) {
          const b = !hidden(d) && d.getBoundingClientRect().width > 0 ? boxOf(d) : null
          if (b) {
            const { main, bars, paints } = shapes(d, b, origin)
            out.push(...(paints ? [main] : []), ...bars)
          }
        }
        return
      }
      for (const child of el.children) {
        if (blockLevel(child) || pictures.has(child))
          visit(child, out)
      }
    }

    const items = []
    visit(layoutRoot, items)
    const global = []
    for (const child of container.children) {
      if (!child.contains(page))
        visit(child, global)
    }
    const rootBox = boxOf(layoutRoot)
    let background = 'FFFFFF'
    for (let a = layoutRoot; a && a !== container.parentElement; a = a.parentElement) {
      const bg = rgba(style(a).backgroundColor)
      if (bg) {
        background = solid(bg, a.parentElement)
        break
      }
    }
    const layout = [...layoutRoot.classList].find(c => c !== 'slidev-layout') || 'default'
    return {
      no: Number(container.id.split('-')[0]) || 0,
      layout: layout.replace(/^deck-/, ''),
      background,
      ...(rootBox?.gradient ? { backgroundShot: shot(layoutRoot, 'background') } : {}),
      items,
      global,
      notes: '',
    }
  }

  /** Mermaid diagrams, and the outermost block around any chart, canvas or slider that holds no heading. */
  function pictureRoots(page, layoutRoot) {
    const roots = new Set(page.querySelectorAll('.mermaid'))
    for (const d of page.querySelectorAll('svg, canvas, img, video, iframe, input[type="range"]')) {
      const r = d.getBoundingClientRect()
      if (d.closest('.mermaid') || hidden(d) || (d.tagName === 'svg' && (r.width < 48 || r.height < 48)))
        continue
      let root = d
      while (root.parentElement && root.parentElement !== layoutRoot && !root.parentElement.querySelector(HEADING))
        root = root.parentElement
      roots.add(root)
    }
    return new Set([...roots].filter(r => ![...roots].some(o => o !== r && o.contains(r))))
  }

  window.__deckPptx = {
    extract() {
      window.__deckPptxShots = []
      return [...document.querySelectorAll('.print-slide-container')].map(main)
    },
  }
})()
