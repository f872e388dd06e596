// Installed into the page once (context.addInitScript): the helpers the readability probes share.
// installPageKit() is self-contained, as page.evaluate and addInitScript serialise it.

/** Colour as channels 0–255 and alpha 0–1. */
export type Rgba = [number, number, number, number]

/** A client-space point (CSS px of the viewport). */
export interface ClientPoint { x: number, y: number }

/** Helpers available in the page as `globalThis.__deckKit` once {@link installPageKit} ran. */
export interface PageKit {
  /** The 980-wide canvas (#slide-content), the visible slide `no` in it, and the canvas's scale on screen. */
  slide: (no: number) => { box: HTMLElement, page: HTMLElement, scale: number } | undefined
  /** Every element under `root`, open shadow roots included, in document order. */
  elements: (root: ParentNode) => Element[]
  /** Shown to the audience: laid out, visible, and neither it nor an ancestor at opacity 0. */
  seen: (el: Element) => boolean
  /** Laid out (display and visibility), even if still transparent behind a click: it takes its space. */
  laidOut: (el: Element) => boolean
  /** Parent element, through shadow roots to their host. */
  parentOf: (el: Element) => Element | null
  /** A computed CSS colour (`rgb()`/`rgba()`), or null for none/transparent/url(). */
  colour: (css: string) => Rgba | null
  /** `top` painted over `bottom` (source-over). */
  over: (top: Rgba, bottom: Rgba) => Rgba
  /** Product of the opacity of `el` and all its ancestors (through shadow roots). */
  opacity: (el: Element) => number
  /** Screen px per CSS px of `el`'s own coordinate space, divided by the canvas's scale. */
  canvasScale: (el: Element, canvas: number) => number
  /** Inside drawings, a part that is not drawn itself (defs, markers, masks …). */
  inDefs: (el: Element) => boolean
  /**
   * Candidate colours painted under `el` at `pt` (several when a gradient lies beneath); with `ownBackground`,
   * `el`'s own background counts (text sits on its element's background, a shape does not).
   */
  backdrop: (el: Element, pt: ClientPoint, ownBackground?: boolean) => Rgba[]
  /** True when an opaque fill or background painted after `el` hides it at `pt` (a label plate, a node). */
  hiddenAt: (el: Element, pt: ClientPoint) => boolean
}

declare global {
  // eslint-disable-next-line vars-on-top
  var __deckKit: PageKit
}

/** Define `globalThis.__deckKit` (see {@link PageKit}). */
export function installPageKit(): void {
  const DEFS = 'defs, marker, clipPath, mask, pattern, symbol, linearGradient, radialGradient, title, desc, style, script'
  const SHAPES = 'rect, circle, ellipse, polygon, polyline, path, line'
  const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)
  const colour = (css: string): Rgba | null => {
    const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim())
    if (!m)
      return null
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4])
    return a > 0 ? [Number(m[1]), Number(m[2]), Number(m[3]), a] : null
  }
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3] + bottom[3] * (1 - top[3])
    if (a === 0)
      return [0, 0, 0, 0]
    const mix = (i: number): number => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a
    return [mix(0), mix(1), mix(2), a]
  }
  const fade = (c: Rgba, k: number): Rgba => [c[0], c[1], c[2], c[3] * k]
  const elements = (root: ParentNode): Element[] => {
    const out: Element[] = []
    for (const el of root.querySelectorAll('*')) {
      out.push(el)
      if (el.shadowRoot)
        out.push(...elements(el.shadowRoot))
    }
    return out
  }
  const seen = (el: Element): boolean => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  const laidOut = (el: Element): boolean => el.checkVisibility({ visibilityProperty: true })
  const opacity = (el: Element): number => {
    let k = 1
    for (let p: Element | null = el; p; p = parentOf(p))
      k *= Number(getComputedStyle(p).opacity)
    return k
  }
  const inDefs = (el: Element): boolean => Boolean(el.closest(DEFS))
  const canvasScale = (el: Element, canvas: number): number => {
    if (el instanceof SVGGraphicsElement) {
      const m = el.getScreenCTM()
      return m ? Math.hypot(m.a, m.b) / canvas : 1
    }
    for (let p: Element | null = el; p; p = parentOf(p)) {
      if (p instanceof HTMLElement && p.offsetWidth > 0 && getComputedStyle(p).display !== 'inline')
        return p.getBoundingClientRect().width / p.offsetWidth / canvas
    }
    return 1
  }
  const toUser = (shape: SVGGraphicsElement, pt: ClientPoint): DOMPoint | undefined => {
    const m = shape.getScreenCTM()
    return m ? new DOMPoint(pt.x, pt.y).matrixTransform(m.inverse()) : undefined
  }
  const fillsAt = (shape: SVGGeometryElement, pt: ClientPoint): boolean => {
    const p = toUser(shape, pt)
    return Boolean(p && shape.isPointInFill(p))
  }
  const boxHas = (el: Element, pt: ClientPoint): boolean => {
    const r = el.getBoundingClientRect()
    return pt.x >= r.left && pt.x <= r.right && pt.y >= r.top && pt.y <= r.bottom
  }
  /** Opaque-enough paint that counts as hiding what lies beneath (a plate, a node, a label background). */
  const PLATE_ALPHA = 0.9
  const shapeFill = (s: Element): Rgba | null => {
    const cs = getComputedStyle(s)
    const c = colour(cs.fill)
    return c && fade(c, Number(cs.fillOpacity) * opacity(s))
  }
  // A <line> has no inside (its default black fill paints nothing).
  const shapesBefore = (svg: SVGSVGElement, el: Element, pt: ClientPoint): Rgba[] => [...svg.querySelectorAll<SVGGeometryElement>(SHAPES)]
    .filter(s => s !== el && !(s instanceof SVGLineElement) && !inDefs(s) && Boolean(s.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) && seen(s))
    .map(s => [s, shapeFill(s)] as const)
    .filter(([s, c]) => c && fillsAt(s, pt))
    .map(([, c]) => c!)
  const backdrop = (el: Element, pt: ClientPoint, ownBackground = false): Rgba[] => {
    const chain: Element[] = []
    for (let p = ownBackground ? el : parentOf(el); p; p = parentOf(p))
      chain.unshift(p)
    let acc: Rgba[] = [[255, 255, 255, 1]]
    for (const a of chain) {
      if (a instanceof SVGSVGElement && !a.ownerSVGElement) {
        for (const c of shapesBefore(a, el, pt))
          acc = acc.map(b => over(c, b))
        continue
      }
      if (!(a instanceof HTMLElement))
        continue
      const cs = getComputedStyle(a)
      const bg = colour(cs.backgroundColor)
      if (bg)
        acc = acc.map(b => over(bg, b))
      if (cs.backgroundImage.includes('gradient')) {
        const stops = (cs.backgroundImage.match(/rgba?\([^)]*\)/g) ?? []).map(colour).filter((c): c is Rgba => Boolean(c))
        acc = acc.flatMap(b => stops.map(s => over(s, b)))
      }
    }
    return acc
  }
  const hiddenAt = (el: Element, pt: ClientPoint): boolean => {
    const svg = el instanceof SVGElement ? (el.ownerSVGElement ?? el) : null
    if (!svg)
      return false
    const after = (x: Element): boolean => Boolean(el.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING) && !el.contains(x)
    for (const s of svg.querySelectorAll<SVGGeometryElement>(SHAPES)) {
      if (!after(s) || s instanceof SVGLineElement || inDefs(s) || !seen(s))
        continue
      const c = shapeFill(s)
      if (c && c[3] >= PLATE_ALPHA && fillsAt(s, pt))
        return true
    }
    for (const fo of svg.querySelectorAll('foreignObject')) {
      if (!after(fo) || !seen(fo))
        continue
      for (const h of [fo, ...fo.querySelectorAll('*')]) {
        const c = colour(getComputedStyle(h).backgroundColor)
        if (h instanceof HTMLElement && c && c[3] * opacity(h) >= PLATE_ALPHA && boxHas(h, pt))
          return true
      }
    }
    return false
  }
  const slide = (no: number): { box: HTMLElement, page: HTMLElement, scale: number } | undefined => {
    const box = document.querySelector<HTMLElement>('#slide-content')
    const page = box?.querySelector<HTMLElement>(`[data-slidev-no="${no}"]`)
    if (!box || !page || !box.offsetWidth)
      return undefined
    return { box, page, scale: box.getBoundingClientRect().width / box.offsetWidth }
  }
  globalThis.__deckKit = { slide, elements, seen, laidOut, parentOf, colour, over, opacity, canvasScale, inDefs, backdrop, hiddenAt }
}
