// Functions run inside the page with page.evaluate(): each is self-contained (no imports, no outer variables).

/** What one click step of one slide looks like. */
export interface StepReport {
  /** Slide number the router shows. */
  no: number
  /** Problems found; empty when the step is fine. */
  problems: string[]
  /** Number of `.mermaid` hosts on the visible slide. */
  mermaidHosts: number
  /** Number of hosts whose shadow root holds a rendered `<svg>`. */
  mermaidSvgs: number
}

/** Slide number and click step from Slidev's hash route (`#/7?clicks=2`). */
export function readRoute(): { no: number, clicks: number } {
  const m = /^#\/(\d+)(?:\?(.*))?$/.exec(location.hash)
  if (!m)
    return { no: Number.NaN, clicks: Number.NaN }
  const clicks = new URLSearchParams(m[2] ?? '').get('clicks')
  return { no: Number(m[1]), clicks: clicks ? Number(clicks) : 0 }
}

/**
 * Resolve once the visible slide is `no`, its Mermaid hosts hold SVGs (or `timeoutMs` passed),
 * fonts are loaded and no finite animation or transition is running.
 */
export async function settle(args: { no: number, mermaid: number, timeoutMs: number }): Promise<void> {
  const start = performance.now()
  const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms))
  const frame = (): Promise<void> => new Promise(r => requestAnimationFrame(() => r()))
  while (performance.now() - start < args.timeoutMs) {
    const page = document.querySelector(`#slide-content [data-slidev-no="${args.no}"]`)
    const visible = page?.checkVisibility() ?? false
    const svgs = page ? [...page.querySelectorAll('.mermaid')].filter(h => h.shadowRoot?.querySelector('svg')).length : 0
    const running = document.getAnimations().filter((a) => {
      const end = a.effect?.getComputedTiming().endTime
      return a.playState === 'running' && typeof end === 'number' && Number.isFinite(end)
    })
    if (visible && svgs >= args.mermaid && running.length === 0 && document.fonts.status === 'loaded')
      break
    await sleep(40)
  }
  await frame()
  await frame()
}

/** Check the visible slide `no` at its current click step: bounds, clipping, Mermaid output and labels, error text. */
export function inspectStep(no: number): StepReport {
  const problems: string[] = []
  const box = document.querySelector<HTMLElement>('#slide-content')
  const page = box?.querySelector<HTMLElement>(`[data-slidev-no="${no}"]`)
  if (!box || !page || !page.checkVisibility())
    return { no, problems: [`第 ${no} 页未显示（#slide-content [data-slidev-no="${no}"] 不可见）`], mermaidHosts: 0, mermaidSvgs: 0 }
  const b = box.getBoundingClientRect()
  const scale = b.width / box.offsetWidth
  const px = (v: number): string => `${Math.round(v / scale)}px`
  const snippet = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
  const describe = (el: Element): string => {
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''
    const text = snippet(el.textContent)
    return `<${el.tagName.toLowerCase()}${cls}>${text ? ` «${text}»` : ''}`
  }
  const tol = 1
  const beyond = (r: DOMRect): string => {
    const parts: string[] = []
    if (r.left < b.left - tol)
      parts.push(`左 ${px(b.left - r.left)}`)
    if (r.right > b.right + tol)
      parts.push(`右 ${px(r.right - b.right)}`)
    if (r.top < b.top - tol)
      parts.push(`上 ${px(b.top - r.top)}`)
    if (r.bottom > b.bottom + tol)
      parts.push(`下 ${px(r.bottom - b.bottom)}`)
    return parts.join('，')
  }

  // 1. Nothing outside the 16:9 box: elements (outermost offender only) and text runs.
  const reported = new Set<Element>()
  const hasReportedAncestor = (el: Element): boolean => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (reported.has(p))
        return true
    }
    return false
  }
  for (const el of box.querySelectorAll('*')) {
    if (!el.checkVisibility())
      continue
    const r = el.getBoundingClientRect()
    if (r.width === 0 && r.height === 0)
      continue
    const over = beyond(r)
    if (over && !hasReportedAncestor(el)) {
      reported.add(el)
      problems.push(`超出幻灯片边界（${over}）：${describe(el)}`)
    }
  }
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement
    if (!n.textContent?.trim() || !parent?.checkVisibility() || reported.has(parent) || hasReportedAncestor(parent))
      continue
    range.selectNodeContents(n)
    const over = beyond(range.getBoundingClientRect())
    if (over) {
      reported.add(parent)
      problems.push(`文字超出幻灯片边界（${over}）：«${snippet(n.textContent)}»`)
    }
  }

  // 2. No clipped or scrolling content inside the slide.
  for (const el of page.querySelectorAll<HTMLElement>('*')) {
    if (!el.checkVisibility() || el instanceof SVGElement)
      continue
    const cs = getComputedStyle(el)
    const clipsX = cs.overflowX !== 'visible'
    const clipsY = cs.overflowY !== 'visible'
    const dx = el.scrollWidth - el.clientWidth
    const dy = el.scrollHeight - el.clientHeight
    if ((clipsX && dx > 1) || (clipsY && dy > 1))
      problems.push(`内容被裁切（overflow ${cs.overflowX}/${cs.overflowY}，多出 宽 ${px(Math.max(0, dx) * scale)} 高 ${px(Math.max(0, dy) * scale)}）：${describe(el)}`)
  }

  // 3. Mermaid: rendered, no error, every label inside its box.
  const hosts = [...page.querySelectorAll<HTMLElement>('.mermaid')]
  let svgs = 0
  for (const [i, host] of hosts.entries()) {
    const svg = host.shadowRoot?.querySelector('svg')
    if (!svg)
      continue
    svgs++
    const tag = `第 ${i + 1} 个 Mermaid 图`
    if (svg.getAttribute('aria-roledescription') === 'error' || /Syntax error|Parse error|Lexical error/i.test(svg.textContent ?? ''))
      problems.push(`${tag}渲染为错误：«${snippet(svg.textContent)}»`)
    for (const fo of svg.querySelectorAll('foreignObject')) {
      const inner = fo.firstElementChild
      if (!inner || !inner.textContent?.trim())
        continue
      const fr = fo.getBoundingClientRect()
      range.selectNodeContents(inner)
      const rr = range.getBoundingClientRect()
      if (rr.left < fr.left - tol || rr.right > fr.right + tol || rr.top < fr.top - tol || rr.bottom > fr.bottom + tol)
        problems.push(`${tag}标签被截断：«${snippet(inner.textContent)}» 文字 ${px(rr.width)}×${px(rr.height)}，标签框 ${px(fr.width)}×${px(fr.height)}`)
    }
    for (const node of svg.querySelectorAll('g.node')) {
      const shape = node.querySelector(':scope > rect, :scope > polygon, :scope > circle, :scope > ellipse, :scope > path, :scope > g > rect, :scope > g > path')
      const label = node.querySelector('.label')
      if (!shape || !label || !label.textContent?.trim())
        continue
      const sr = shape.getBoundingClientRect()
      range.selectNodeContents(label)
      const lr = range.getBoundingClientRect()
      if (lr.width > sr.width + tol || lr.height > sr.height + tol)
        problems.push(`${tag}节点文字比节点宽：«${snippet(label.textContent)}» 文字 ${px(lr.width)}×${px(lr.height)}，节点 ${px(sr.width)}×${px(sr.height)}`)
    }
  }
  if (svgs < hosts.length)
    problems.push(`${hosts.length - svgs} 个 Mermaid 图没有渲染出 SVG`)

  // 4. No error text anywhere on the slide (e.g. Slidev's red box for a failed diagram).
  const errorText = /(?:Syntax|Parse|Lexical) error[^\n]{0,60}/i
  const onSlide = errorText.exec(page.textContent ?? '')
  if (onSlide)
    problems.push(`页面出现错误文字：«${onSlide[0]}»`)
  // Mermaid renders off-screen first, also for slides preloaded ahead of this one, and leaves errors there.
  const offscreen = errorText.exec(document.querySelector('#mermaid-rendering-container')?.textContent ?? '')
  if (offscreen)
    problems.push(`Mermaid 离屏渲染区留有错误图（可能来自预加载的后面几页）：«${offscreen[0]}»`)
  return { no, problems, mermaidHosts: hosts.length, mermaidSvgs: svgs }
}

/** Elements on the visible slide (shadow roots included) that directly hold text, for platform-font checks. */
export function textElements(no: number): Element[] {
  const page = document.querySelector(`#slide-content [data-slidev-no="${no}"]`)
  const footer = [...document.querySelectorAll('#slide-content > *')].filter(el => !el.querySelector('[data-slidev-no]') && !el.hasAttribute('data-slidev-no'))
  const roots: ParentNode[] = page ? [page, ...footer] : footer
  const out: Element[] = []
  while (roots.length) {
    const root = roots.pop()!
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot)
        roots.push(el.shadowRoot)
      if (!el.checkVisibility())
        continue
      if ([...el.childNodes].some(c => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()))
        out.push(el)
    }
  }
  return out
}

/** Computed font families of headings and body text, the deck's FontFace states and the document language. */
export function fontReport(no: number): { lang: string, headings: string[], body: string[], faces: string[] } {
  const page = document.querySelector(`#slide-content [data-slidev-no="${no}"]`)
  const first = (el: Element): string => getComputedStyle(el).fontFamily.split(',')[0].trim().replace(/^["']|["']$/g, '')
  const pick = (sel: string): string[] => [...(page?.querySelectorAll(sel) ?? [])]
    .filter(el => el.checkVisibility() && el.textContent?.trim())
    .map(el => `${el.tagName.toLowerCase()}|${first(el)}|${(el.textContent ?? '').trim().slice(0, 20)}`)
  return {
    lang: document.documentElement.lang,
    headings: pick('h1, h2'),
    body: pick('p, li'),
    faces: [...document.fonts].filter(f => f.family.replace(/["']/g, '').startsWith('Deck ')).map(f => `${f.family.replace(/["']/g, '')}|${f.weight}|${f.status}`),
  }
}
