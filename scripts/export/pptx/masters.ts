/**
 * Slide masters from the slide models: slides that share a background and global layers (the footer) share a
 * master, which takes what every one of them draws in the same place (background, rules, the footer with a
 * page-number field) and a title placeholder styled like their headings. A slide a colleague adds in WPS or
 * PowerPoint from that master then looks like the others, and its page number counts itself.
 */
import type { Item, PictureItem, ShapeItem, Slide } from './model'

export interface MasterPlan {
  /** Layout name shown in WPS/PowerPoint (“版式”). */
  name: string
  /** Solid background, `RRGGBB`. */
  background: string
  /** Gradient background picture, when the slides have one. */
  backgroundPng?: Uint8Array
  /** Shapes and decorative pictures every slide of the master draws identically. */
  decorations: Item[]
  /** Heading geometry and style for the title placeholder. */
  title?: ShapeItem
  /** Footer texts; `pageNumber` marks the one whose leading number becomes a slide-number field. */
  footer: { item: ShapeItem, pageNumber: boolean }[]
}

export interface SlidePlan {
  master: string
  /** The slide's own items (what the master draws is left out). */
  items: Item[]
  /** The heading fills the master's title placeholder (same place and style on every slide of the master). */
  titleInPlaceholder: boolean
}

const LAYOUT_NAMES: Record<string, string> = { cover: '封面', section: '章节页', default: '内容页', compare: '内容页' }

const near = (a: number, b: number, tolerance = 0.75): boolean => Math.abs(a - b) <= tolerance

function sameRect(a: { x: number, y: number, w: number, h: number }, b: typeof a, tolerance?: number): boolean {
  return near(a.x, b.x, tolerance) && near(a.y, b.y, tolerance) && near(a.w, b.w, tolerance) && near(a.h, b.h, tolerance)
}

/** Text of an item's paragraphs. */
export function itemText(item: ShapeItem): string {
  return (item.paragraphs ?? []).map(p => p.runs.map(r => r.text).join('')).join('\n')
}

function isDecoration(item: Item): item is ShapeItem | PictureItem {
  return (item.kind === 'shape' && !item.paragraphs?.length) || (item.kind === 'picture' && item.decorative)
}

function sameDecoration(a: Item, b: Item): boolean {
  if (a.kind !== b.kind || !sameRect(a, b))
    return false
  if (a.kind === 'shape' && b.kind === 'shape')
    return a.fill === b.fill && a.line?.color === b.line?.color && a.line?.width === b.line?.width
  return a.kind === 'picture' && b.kind === 'picture' && Buffer.from(a.png ?? []).equals(Buffer.from(b.png ?? []))
}

/** “12 / 32” on slide 12: the footer's page number. */
export function isPageNumber(text: string, slideNo: number): boolean {
  const m = text.match(/^(\d+)(?:\s*\/\s*\d+)?$/)
  return Boolean(m) && Number(m![1]) === slideNo
}

function sameTitle(a: ShapeItem, b: ShapeItem): boolean {
  const ra = a.paragraphs?.[0]?.runs[0]
  const rb = b.paragraphs?.[0]?.runs[0]
  return sameRect(a, b, 1) && a.paragraphs?.length === 1 && b.paragraphs?.length === 1 && !!ra && !!rb
    && ra.size === rb.size && ra.color === rb.color && ra.role === rb.role && ra.bold === rb.bold
    && sameRect(a.paragraphs[0]!, b.paragraphs[0]!, 1)
}

function groupKey(slide: Slide): string {
  const background = slide.backgroundPng ? `png:${Buffer.from(slide.backgroundPng).toString('base64')}` : slide.background
  return `${background}|${slide.global.length > 0}`
}

/** Masters for the deck and, per slide, which master it uses and what stays on the slide. */
export function planMasters(slides: readonly Slide[]): { masters: MasterPlan[], slides: SlidePlan[] } {
  const groups = new Map<string, Slide[]>()
  for (const slide of slides)
    groups.set(groupKey(slide), [...(groups.get(groupKey(slide)) ?? []), slide])
  const masters: MasterPlan[] = []
  const plans = new Map<Slide, SlidePlan>()
  for (const group of groups.values()) {
    const first = group[0]!
    const layouts = [...new Set(group.map(s => LAYOUT_NAMES[s.layout] ?? s.layout))]
    let name = layouts.join('、')
    if (masters.some(m => m.name === name))
      name = `${name} ${masters.length + 1}`
    const decorations = first.items.filter(isDecoration).filter(d => group.every(s => s.items.some(i => sameDecoration(i, d))))
    const titles = group.map(s => s.items.find((i): i is ShapeItem => i.kind === 'shape' && i.role === 'title'))
    const title = titles.every(t => t && sameTitle(t, titles[0]!)) ? titles[0] : undefined
    const footer = masterFooter(group)
    masters.push({ name, background: first.background, backgroundPng: first.backgroundPng, decorations, title, footer })
    for (const slide of group) {
      const items = slide.items.filter(i => !(isDecoration(i) && decorations.some(d => sameDecoration(i, d))))
      const extra = footer.length > 0 ? [] : slide.global
      plans.set(slide, { master: name, items: [...items, ...extra], titleInPlaceholder: Boolean(title) })
    }
  }
  return { masters, slides: slides.map(s => plans.get(s)!) }
}

/** The global layer as master items when every slide of the group draws it alike (page number aside). */
function masterFooter(group: readonly Slide[]): MasterPlan['footer'] {
  const first = group[0]!
  const alike = group.every(s => s.global.length === first.global.length && s.global.every((item, i) => {
    const other = first.global[i]!
    if (item.kind !== other.kind)
      return false
    if (item.kind === 'shape' && other.kind === 'shape' && item.paragraphs?.length) {
      const a = itemText(item)
      const b = itemText(other)
      return a === b || (isPageNumber(a, s.no) && isPageNumber(b, first.no))
    }
    return isDecoration(item) ? sameDecoration(item, other) : false
  }))
  if (!alike || first.global.length === 0)
    return []
  return first.global.map(item => ({
    item: item as ShapeItem,
    pageNumber: item.kind === 'shape' && isPageNumber(itemText(item), first.no),
  }))
}
