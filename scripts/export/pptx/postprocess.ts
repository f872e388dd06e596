/**
 * Small OOXML edits on the file pptxgenjs 4.0.1 writes, for what it has no option for (each is named below).
 * Everything else in the file is pptxgenjs's; these functions only touch the attributes and elements listed.
 */

import type { FaceMapping } from './fonts'
import type { ParagraphPatch } from './pptxParts'
import JSZip from 'jszip'
import { rewriteNotesXml } from '../pptxNotes'
import { PPTX_FONTS, tokenRole } from './fonts'

/** EMU per CSS px (914400 per inch, 96 px per inch). */
const EMU_PER_PX = 9525

type Fonts = Readonly<Record<'sans' | 'serif', FaceMapping>>

/**
 * pptxgenjs writes one `fontFace` into the latin, ea and cs slots. Give each slot its own face: the role's
 * Latin face for letters and digits, its East-Asian face for Han (GB2312 charset, as Chinese Office writes it).
 */
export function applyFontSlots(xml: string, fonts: Fonts = PPTX_FONTS): string {
  return xml.replace(/<a:(latin|ea|cs) typeface="([^"]*)"[^>]*\/>/g, (whole, slot: string, face: string) => {
    const role = tokenRole(face)
    if (!role)
      return whole
    const f = fonts[role]
    if (slot === 'ea')
      return `<a:ea typeface="${f.eastAsian}" pitchFamily="${f.pitchFamily}" charset="-122"/>`
    return `<a:${slot} typeface="${f.latin}" pitchFamily="${f.pitchFamily}" charset="0"/>`
  })
}

function attributes(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1]!, m[2]!]))
}

const PPR = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g
const BULLET_CHILD = /<a:bu(?:Clr|ClrTx|SzPct|SzPts|SzTx|Font|FontTx|None|AutoNum|Char|Blip)\b[^>]*?(?:\/>|>[\s\S]*?<\/a:bu\w+>)/g

/**
 * One paragraph's properties. pptxgenjs writes a `<a:pPr>` before every run of a paragraph (invalid: the
 * schema allows one, first; gitbrent/PptxGenJS#1083), has no `hangingPunct` option (without `hangingPunct="0"`
 * a trailing ，hangs past the box edge and line breaks drift from the deck's), no bullet colour or size, and
 * one number for both margin and hanging indent. Keeps the first `<a:pPr>` and sets those.
 */
export function patchParagraph(paragraph: string, patch?: ParagraphPatch, fonts: Fonts = PPTX_FONTS): string {
  const props = paragraph.match(PPR) ?? []
  let body = paragraph.replace(PPR, '')
  const first = props[0] ?? '<a:pPr/>'
  const open = first.match(/^<a:pPr\b[^>]*?\/?>/)![0]
  const attrs = attributes(open)
  let children = first.endsWith('/>') && !first.includes('</a:pPr>') ? '' : first.slice(open.length, -'</a:pPr>'.length)
  attrs.set('hangingPunct', '0')
  if (patch) {
    attrs.set('marL', String(Math.round(patch.marginLeft * EMU_PER_PX)))
    attrs.set('indent', String(Math.round(patch.indent * EMU_PER_PX)))
    if (patch.bullet) {
      const kept = children.match(BULLET_CHILD)?.find(c => /^<a:bu(?:Char|AutoNum)\b/.test(c)) ?? '<a:buNone/>'
      const font = kept.startsWith('<a:buChar') ? fonts.sans.eastAsian : fonts.sans.latin
      children = `${children.replace(BULLET_CHILD, '')
      }<a:buClr><a:srgbClr val="${patch.bullet.color}"/></a:buClr><a:buSzPct val="${patch.bullet.sizePct * 1000}"/>`
      + `<a:buFont typeface="${font}"/>${kept}`
    }
    if (patch.slideNumber) {
      // The page number is a field, so a slide added later numbers itself: “‹#› / 32” → field + “ / 32”.
      body = body.replace(/<a:r>(<a:rPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:rPr>))<a:t>(\d+|‹#›)(\D[^<]*)?<\/a:t><\/a:r>/, (_w, rPr: string, num: string, rest: string | undefined) =>
        `<a:fld id="{5C7A2A3E-4B1E-4D8B-9F62-2F1C0E3D7A11}" type="slidenum">${rPr}<a:t>${num}</a:t></a:fld>${rest ? `<a:r>${rPr}<a:t>${rest}</a:t></a:r>` : ''}`)
    }
  }
  const tag = `<a:pPr ${[...attrs].map(([k, v]) => `${k}="${v}"`).join(' ')}`
  const pPr = children ? `${tag}>${children}</a:pPr>` : `${tag}/>`
  return body.replace(/^<a:p>/, `<a:p>${pPr}`)
}

const SHAPE = /<p:(sp|graphicFrame)>[\s\S]*?<\/p:\1>/g
const PARAGRAPH = /<a:p>[\s\S]*?<\/a:p>/g
const MARKER = /⟦(\d+)⟧/

/** Apply each marked shape's patches to its paragraphs in order, and the defaults to every other paragraph. */
export function patchShapes(xml: string, patches: readonly ParagraphPatch[][], fonts: Fonts = PPTX_FONTS): string {
  return xml.replace(SHAPE, (shape) => {
    const name = shape.match(/<p:cNvPr [^>]*?name="([^"]*)"/)?.[1] ?? ''
    const id = name.match(MARKER)?.[1]
    const list = id === undefined ? undefined : patches[Number(id)]
    if (id !== undefined && !list)
      throw new Error(`PPTX 后处理：找不到形状 ${name} 的段落设置`)
    let i = 0
    const patched = shape.replace(PARAGRAPH, p => patchParagraph(p, list?.[i++], fonts))
    if (list && i !== list.length)
      throw new Error(`PPTX 后处理：形状 ${name} 有 ${i} 个段落，应为 ${list.length} 个`)
    return id === undefined ? patched : patched.replace(`name="${name}"`, `name="${name.replace(MARKER, '')}"`)
  })
}

/**
 * A layout's placeholders: pptxgenjs writes their `<a:bodyPr>` without insets or anchor, so a title typed on a
 * new slide would sit 0.1 in right of and 0.05 in below where the deck's titles are. Insets 0, anchored top.
 */
export function patchPlaceholderBodies(xml: string): string {
  return xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, shape => (shape.includes('<p:ph')
    ? shape.replace(/<a:bodyPr wrap="square" rtlCol="0">/, '<a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t">')
    : shape))
}

/** Theme fonts (what new text in WPS/PowerPoint starts with): headings and body in the deck's mapped faces. */
export function patchTheme(xml: string, fonts: Fonts = PPTX_FONTS): string {
  const set = (block: string, f: FaceMapping) => block
    .replace(/<a:latin typeface="[^"]*"[^>]*\/>/, `<a:latin typeface="${f.latin}"/>`)
    .replace(/<a:ea typeface="[^"]*"\/>/, `<a:ea typeface="${f.eastAsian}"/>`)
    .replace(/<a:font script="Hans" typeface="[^"]*"\/>/, `<a:font script="Hans" typeface="${f.eastAsian}"/>`)
  return xml
    .replace(/<a:majorFont>[\s\S]*?<\/a:majorFont>/, b => set(b, fonts.serif))
    .replace(/<a:minorFont>[\s\S]*?<\/a:minorFont>/, b => set(b, fonts.sans))
}

/**
 * Repairs for pptxgenjs 4.0.1 output that PowerPoint reports as damaged: `[Content_Types].xml` lists a slide
 * master per slide though only one exists (gitbrent/PptxGenJS#1444), and a solid background lacks
 * `<a:effectLst/>` (#1442).
 */
export function repairContentTypes(xml: string, parts: ReadonlySet<string>): string {
  return xml.replace(/<Override PartName="([^"]+)"[^>]*\/>/g, (whole, part: string) => (parts.has(part.replace(/^\//, '')) ? whole : ''))
}

export function repairBackground(xml: string): string {
  return xml.replace(/(<p:bgPr>(?:(?!<\/p:bgPr>)[\s\S])*?<\/a:solidFill>)(<\/p:bgPr>)/g, '$1<a:effectLst/>$2')
}

/** All edits on a built PPTX; returns the finished file. */
export async function postprocess(buffer: Uint8Array, patches: readonly ParagraphPatch[][]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer)
  const names = Object.keys(zip.files)
  const edit = async (name: string, fn: (xml: string) => string) => zip.file(name, fn(await zip.file(name)!.async('string')))
  for (const name of names) {
    if (/^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name))
      await edit(name, xml => patchPlaceholderBodies(repairBackground(patchShapes(applyFontSlots(xml), patches))))
    else if (/^ppt\/(?:slides\/slide|slideMasters\/slideMaster)\d+\.xml$/.test(name))
      await edit(name, xml => repairBackground(patchShapes(applyFontSlots(xml), patches)))
    else if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
      await edit(name, rewriteNotesXml)
    else if (/^ppt\/theme\/theme\d+\.xml$/.test(name))
      await edit(name, patchTheme)
  }
  await edit('[Content_Types].xml', xml => repairContentTypes(xml, new Set(names)))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
