/**
 * Slide masters (layouts in WPS/PowerPoint) from the plan in masters.ts: background, the decorations every
 * slide of the master shares, a title placeholder styled like the headings, and the footer with a page number
 * that counts itself.
 */
import type PptxGenJS from 'pptxgenjs'
import type { MasterPlan } from './masters'
import type { ShapeItem } from './model'
import type { ParagraphPatch } from './pptxParts'
import { roleToken } from './fonts'
import { itemText } from './masters'
import { CANVAS, points } from './model'
import { data, marker, position, shapeOptions } from './pptxParts'
import { roomRight, textFrame } from './textLayout'

type MasterObject = NonNullable<PptxGenJS.SlideMasterProps['objects']>[number]

/** What every slide of the master draws alike: rules, bars, gradient pieces. */
function decorationObjects(master: MasterPlan): MasterObject[] {
  return master.decorations.flatMap((d): MasterObject[] => {
    if (d.kind === 'picture' && d.png)
      return [{ image: { ...position(d), data: data(d.png), altText: d.alt } }]
    return d.kind === 'shape' ? [{ rect: shapeOptions(d) }] : []
  })
}

/** The title placeholder, placed and styled like the master's slides' headings (a new slide's title). */
function titleObject(title: ShapeItem): MasterObject[] {
  const p = title.paragraphs?.[0]
  if (!p)
    return []
  const frame = textFrame([p], undefined, 'top', CANVAS.width - (title.x + title.w))
  const run = p.runs[0]!
  // pptxgenjs writes a placeholder's text options (line spacing too) as the layout's title style; its
  // PlaceholderProps type lists only some of them.
  const style: PptxGenJS.TextPropsOptions = { lineSpacing: points(p.lineHeight), charSpacing: run.spacing > 0 ? points(run.spacing) : undefined, lang: 'zh-CN' }
  const options: PptxGenJS.PlaceholderProps = { name: 'title', type: 'title', ...position(frame.box), margin: 0, valign: 'top', align: p.align, fontFace: roleToken(run.role), fontSize: points(run.size), bold: run.bold, color: run.color }
  return [{ placeholder: { options: Object.assign(options, style), text: '单击此处添加标题' } }]
}

/** The footer: its rule, its texts, and the page number as a field plus “ / N” (postprocess.ts makes the field). */
function footerObjects(master: MasterPlan, patches: ParagraphPatch[][]): MasterObject[] {
  const texts = master.footer.map(f => f.item).filter(f => f.paragraphs?.length)
  return master.footer.map(({ item, pageNumber }): MasterObject => {
    if (!item.paragraphs?.length)
      return { rect: shapeOptions(item) }
    const p = item.paragraphs[0]!
    const run = p.runs[0]!
    const frame = textFrame([p], undefined, 'top', pageNumber ? 0 : roomRight(item, texts.filter(t => t !== item), CANVAS.width))
    // The number grows to the left as slides are added: a right-aligned box with room for more digits.
    const box = pageNumber ? { ...frame.box, x: frame.box.x + frame.box.w - 8 * run.size, w: 8 * run.size } : frame.box
    patches.push([{ marginLeft: 0, indent: 0, slideNumber: pageNumber }])
    const text = pageNumber ? itemText(item).replace(/^\d+/, '‹#›') : itemText(item)
    return { text: { text, options: { ...position(box), margin: 0, valign: 'top', align: pageNumber ? 'right' : p.align, fontFace: roleToken(run.role), fontSize: points(run.size), color: run.color, bold: run.bold, lang: 'zh-CN', lineSpacing: points(p.lineHeight), charSpacing: run.spacing > 0 ? points(run.spacing) : undefined, objectName: `页脚${marker(patches.length - 1)}` } } }
  })
}

/** One slide master (a layout in WPS/PowerPoint): background, decorations, title placeholder, footer. */
export function defineMaster(pptx: PptxGenJS, master: MasterPlan, patches: ParagraphPatch[][]): void {
  pptx.defineSlideMaster({
    title: master.name,
    background: master.backgroundPng ? { data: data(master.backgroundPng) } : { color: master.background },
    objects: [...decorationObjects(master), ...(master.title ? titleObject(master.title) : []), ...footerObjects(master, patches)],
  })
}
