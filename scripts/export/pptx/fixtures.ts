/** Small slide models for the exporter's unit tests (no browser): a content slide and a cover. */
import type { Item, Paragraph, Run, ShapeItem, Slide } from './model'

/** A 1 × 1 white PNG. */
export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC', 'base64'))

export function run(text: string, over: Partial<Run> = {}): Run {
  return { text, size: 19.52, bold: false, italic: false, color: '1F2933', role: 'sans', spacing: 0.2, ...over }
}

export function paragraph(runs: Run[], over: Partial<Paragraph> = {}): Paragraph {
  const size = runs[0]?.size ?? 19.52
  const text = runs.map(r => r.text).join('')
  return {
    x: 52,
    y: 104,
    w: 876,
    h: size * 1.7,
    runs,
    align: 'left',
    lineHeight: size * 1.7,
    size,
    role: runs[0]?.role ?? 'sans',
    level: 0,
    textLeft: 0,
    lines: [{ text, width: text.length * size, first: size, trim: 0 }],
    ...over,
  }
}

export function text(paragraphs: Paragraph[], over: Partial<ShapeItem> = {}): ShapeItem {
  const first = paragraphs[0]!
  return { kind: 'shape', x: first.x, y: first.y, w: first.w, h: paragraphs.reduce((h, p) => h + p.h, 0), paragraphs, inset: { top: 0, right: 0, bottom: 0, left: 0 }, valign: 'top', role: 'body', ...over }
}

const title = (words: string): ShapeItem => text([paragraph([run(words, { size: 32, bold: true, role: 'serif', color: '1D3557' })], { x: 50, y: 35, w: 878 })], { role: 'title' })
const rule: ShapeItem = { kind: 'shape', x: 50, y: 86, w: 878, h: 2, fill: 'C8D1DC' }
function footer(no: number): Item[] {
  return [
    { kind: 'shape', x: 52, y: 519, w: 876, h: 1, fill: 'C8D1DC' },
    text([paragraph([run('简报标题', { size: 11.2, color: '5B6573' })], { x: 52, y: 524, w: 60 })]),
    text([paragraph([run(`${no} / 3`, { size: 11.2, color: '5B6573' })], { x: 900, y: 524, w: 28 })]),
  ]
}

/** A content slide: title, a bulleted list, a card, a table and a diagram. */
export function contentSlide(no: number): Slide {
  const bullet = { kind: 'square' as const, color: 'B5322B', size: 8.2, markerLeft: 2 }
  const list = text([
    paragraph([run('以代工方式'), run('嵌入', { bold: true, color: 'B5322B' }), run('全球生产网络')], { level: 1, textLeft: 21, bullet }),
    paragraph([run('Slidev 52')], { y: 146, level: 1, textLeft: 21, bullet }),
  ])
  const card: ShapeItem = { kind: 'shape', x: 52, y: 200, w: 300, h: 80, fill: 'FFFFFF', line: { color: 'C8D1DC', width: 1 }, inset: { top: 17, right: 17, bottom: 14, left: 17 }, valign: 'top', role: 'body', paragraphs: [paragraph([run('两难困境', { role: 'serif', bold: true })], { x: 69, y: 217, w: 266 })] }
  const cell = (t: string, x: number, w: number) => ({ x, y: 300, w, h: 36, paragraphs: [paragraph([run(t, { size: 15.2 })], { x: x + 9.6, y: 304.8, w: w - 19.2 })], inset: { top: 4.8, right: 9.6, bottom: 4.8, left: 9.6 }, valign: 'middle' as const, borderBottom: { color: 'C8D1DC', width: 1 } })
  return {
    no,
    layout: 'default',
    background: 'FFFFFF',
    items: [
      rule,
      title(`第${no}页标题`),
      list,
      card,
      { kind: 'table', x: 400, y: 300, w: 500, h: 36, columns: [200, 300], rows: [[cell('术语', 400, 200), cell('释义', 600, 300)]] },
      { kind: 'picture', x: 400, y: 200, w: 100, h: 80, shot: 0, alt: '示意图：说明', decorative: false, png: PNG },
    ],
    global: footer(no),
    notes: '第一段。\n\n[click] 第二段。',
  }
}

/** A cover: no footer, a navy band, the title elsewhere. */
export function coverSlide(): Slide {
  return {
    no: 1,
    layout: 'cover',
    background: 'FFFFFF',
    items: [{ kind: 'shape', x: 0, y: 497, w: 980, h: 55, fill: '1D3557' }, text([paragraph([run('封面标题', { size: 41.6, role: 'serif', bold: true })], { x: 72, y: 192, w: 836 })], { role: 'title' })],
    global: [],
    notes: '',
  }
}
