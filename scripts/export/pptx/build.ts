/**
 * Slide model → pptxgenjs: masters with the deck's look, every text a text box (or the text of a card shape)
 * at Chromium's place, tables as native tables, pictures with alt text, speaker notes. What pptxgenjs cannot
 * write (bullet colour and offsets, hanging punctuation, the two font slots, a slide-number field inside a
 * text run) travels as paragraph patches, keyed by a marker in the shape's name, to postprocess.ts.
 */
import type { Item, PictureItem, ShapeItem, Slide, TableItem } from './model'
import type { ParagraphPatch } from './pptxParts'
import type { FrameParagraph, TextFrame } from './textLayout'
import PptxGenJS from 'pptxgenjs'
import { roleToken } from './fonts'
import { defineMaster } from './masterBuild'
import { planMasters } from './masters'
import { CANVAS, CJK, inches, points } from './model'
import { data, marker, position, shapeOptions } from './pptxParts'
import { cellMargin, itemFrames, roomRight, textFrame } from './textLayout'

export interface BuiltDeck {
  buffer: Uint8Array
  /** Paragraph patches by the marker number carried in a shape's name (`name⟦n⟧`). */
  patches: ParagraphPatch[][]
}

/** pptxgenjs runs for a frame's paragraphs; paragraph options ride on each run (pptxgenjs reads the first). */
function runs(paragraphs: readonly FrameParagraph[]): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = []
  paragraphs.forEach((p, pi) => {
    p.runs.forEach((run, ri) => {
      const options: PptxGenJS.TextPropsOptions = {
        fontFace: roleToken(run.role),
        fontSize: points(run.size),
        bold: run.bold,
        italic: run.italic,
        color: run.color,
        lang: CJK.test(run.text) ? 'zh-CN' : undefined,
        align: p.align,
        softBreakBefore: run.breakBefore,
        breakLine: ri === p.runs.length - 1 && pi < paragraphs.length - 1,
      }
      const spacing = run.spacing - (run.trim ?? 0)
      if (Math.abs(spacing) > 0.01)
        options.charSpacing = points(spacing)
      if (run.underline)
        options.underline = { style: 'sng' }
      if (ri === 0) {
        options.lineSpacing = points(p.lineHeight)
        options.paraSpaceBefore = points(p.spaceBefore)
        if (p.level > 1)
          options.indentLevel = p.level - 1
        if (p.bullet) {
          const indent = points(-p.indent)
          options.bullet = p.bullet.kind === 'number'
            ? { type: 'number', style: 'arabicPeriod', numberStartAt: p.bullet.size, indent }
            : { characterCode: '25A0', indent }
        }
      }
      out.push({ text: run.text, options })
    })
  })
  return out
}

function patchesOf(paragraphs: readonly FrameParagraph[]): ParagraphPatch[] {
  return paragraphs.map(p => ({
    marginLeft: p.marginLeft,
    indent: p.indent,
    // The deck's marker is a filled square of `size` px; U+25A0 fills about 0.78 em of its font.
    ...(p.bullet?.kind === 'square' ? { bullet: { color: p.bullet.color, sizePct: Math.round((p.bullet.size / (0.78 * p.runs[0]!.size)) * 100) } } : {}),
    ...(p.bullet?.kind === 'number' ? { bullet: { color: p.bullet.color, sizePct: 100 } } : {}),
  }))
}

function frameOptions(frame: TextFrame, painted: ShapeItem | undefined, name: string): PptxGenJS.TextPropsOptions {
  const m = frame.margin
  return {
    ...position(frame.box),
    margin: [points(m.left), points(m.right), points(m.bottom), points(m.top)],
    valign: frame.anchor === 'middle' ? 'middle' : 'top',
    fill: painted?.fill ? { color: painted.fill } : undefined,
    line: painted?.line ? { color: painted.line.color, width: points(painted.line.width) } : undefined,
    isTextBox: !painted,
    fit: 'none',
    wrap: true,
    lang: 'zh-CN',
    objectName: name,
  }
}

class SlideWriter {
  constructor(private readonly slide: PptxGenJS.Slide, private readonly patches: ParagraphPatch[][]) {}

  private mark(name: string, patches: ParagraphPatch[]): string {
    this.patches.push(patches)
    return `${name}${marker(this.patches.length - 1)}`
  }

  shape(item: ShapeItem, title: 'placeholder' | 'box', room: number): void {
    if (item.dash) {
      // A dotted/dashed border: a line through the middle of the thin rectangle inpage/ measured.
      const across = item.w >= item.h
      this.slide.addShape('line', {
        ...position(across ? { x: item.x, y: item.y + item.h / 2, w: item.w, h: 0 } : { x: item.x + item.w / 2, y: item.y, w: 0, h: item.h }),
        line: { color: item.fill ?? '000000', width: points(Math.min(item.w, item.h)), dashType: item.dash === 'dot' ? 'sysDot' : 'dash' },
      })
      return
    }
    const frames = itemFrames(item, room)
    const painted = item.fill || item.line ? item : undefined
    // A card keeps its text inside its own shape; any other painted box is drawn under its text frames.
    const textInShape = Boolean(painted) && frames.length === 1 && frames[0]!.box === item
    if (painted && !textInShape)
      this.slide.addShape('rect', shapeOptions(item))
    for (const frame of frames) {
      if (item.role === 'title' && title === 'placeholder') {
        this.slide.addText(runs(frame.paragraphs), { placeholder: 'title' })
        continue
      }
      const label = item.role === 'title' ? '标题' : textInShape ? '卡片' : '文本'
      this.slide.addText(runs(frame.paragraphs), frameOptions(frame, textInShape ? painted : undefined, this.mark(label, patchesOf(frame.paragraphs))))
    }
  }

  table(item: TableItem): void {
    const patches: ParagraphPatch[] = []
    const rows = item.rows.map(row => row.map((cell): PptxGenJS.TableCell => {
      const margin = cellMargin(cell.inset, cell.paragraphs)
      const frame = cell.paragraphs.length > 0 ? textFrame(cell.paragraphs) : undefined
      patches.push(...(frame ? patchesOf(frame.paragraphs) : [{ marginLeft: 0, indent: 0 }]))
      const none = { type: 'none' as const }
      return {
        text: frame ? runs(frame.paragraphs) : '',
        options: {
          fill: cell.fill ? { color: cell.fill } : undefined,
          // pptxgenjs reads cell margins as points only when the first (top) one is at least 1.
          margin: [Math.max(1, points(margin.top)), points(margin.right), points(margin.bottom), points(margin.left)],
          valign: cell.valign,
          border: [none, none, cell.borderBottom ? { type: 'solid', pt: points(cell.borderBottom.width), color: cell.borderBottom.color } : none, none],
        },
      }
    }))
    this.slide.addTable(rows, {
      ...position(item),
      colW: item.columns.map(inches),
      rowH: item.rows.map(row => inches(row[0]!.h)),
      objectName: this.mark('表格', patches),
    })
  }

  picture(item: PictureItem): void {
    if (!item.png)
      throw new Error(`图片“${item.alt}”缺少截图`)
    this.slide.addImage({ ...position(item), data: data(item.png), altText: item.alt, objectName: item.decorative ? '装饰' : '图' })
  }

  item(item: Item, title: 'placeholder' | 'box', room = 0): void {
    if (item.kind === 'shape')
      this.shape(item, title, room)
    else if (item.kind === 'table')
      this.table(item)
    else
      this.picture(item)
  }
}

/** The whole deck as a PPTX buffer, with the patches postprocess.ts applies. */
export async function buildPptx(deck: { title: string, author?: string, subject?: string, slides: Slide[] }): Promise<BuiltDeck> {
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: 'SLIDEV_980x552', width: inches(CANVAS.width), height: inches(CANVAS.height) })
  pptx.layout = 'SLIDEV_980x552'
  pptx.title = deck.title
  if (deck.author)
    pptx.author = deck.author
  if (deck.subject)
    pptx.subject = deck.subject
  pptx.company = deck.author ?? ''
  const patches: ParagraphPatch[][] = []
  const plan = planMasters(deck.slides)
  for (const master of plan.masters)
    defineMaster(pptx, master, patches)
  deck.slides.forEach((slide, i) => {
    const own = plan.slides[i]!
    const target = pptx.addSlide({ masterName: own.master })
    const writer = new SlideWriter(target, patches)
    const blocks = [...own.items, ...slide.global]
    for (const item of own.items)
      writer.item(item, own.titleInPlaceholder ? 'placeholder' : 'box', roomRight(item, blocks.filter(b => b.kind !== 'shape' || b.paragraphs?.length || b.fill), CANVAS.width))
    if (slide.notes.trim())
      target.addNotes(slide.notes)
  })
  const buffer = await pptx.write({ outputType: 'uint8array' }) as Uint8Array
  return { buffer, patches }
}
