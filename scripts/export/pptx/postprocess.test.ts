import { describe, expect, it } from 'vitest'
import { PPTX_FONTS, roleToken } from './fonts'
import { applyFontSlots, patchParagraph, patchPlaceholderBodies, patchShapes, patchTheme, repairBackground, repairContentTypes } from './postprocess'

/** A run as pptxgenjs writes it for one role's placeholder typeface. */
function run(text: string, role: 'sans' | 'serif' = 'sans'): string {
  const face = roleToken(role)
  return `<a:r><a:rPr lang="zh-CN" altLang="en-US" sz="1464" dirty="0"><a:latin typeface="${face}" pitchFamily="34" charset="0"/><a:ea typeface="${face}" pitchFamily="34" charset="-122"/><a:cs typeface="${face}" pitchFamily="34" charset="-120"/></a:rPr><a:t>${text}</a:t></a:r>`
}

/** pptxgenjs 4.0.1's paragraph: one `<a:pPr>` before every run. */
const PARAGRAPH = `<a:p><a:pPr algn="l" marL="190500" indent="-190500"><a:lnSpc><a:spcPts val="2489"/></a:lnSpc><a:buSzPct val="100000"/><a:buChar char="&#x25A0;"/></a:pPr>${run('外部')}<a:pPr indent="0" marL="0"><a:buNone/></a:pPr>${run('：俘获型')}<a:endParaRPr lang="zh-CN" dirty="0"/></a:p>`

describe('applyFontSlots', () => {
  it('should put the role\'s Latin face in the latin and cs slots and its Chinese face in ea', () => {
    const out = applyFontSlots(run('正文') + run('标题', 'serif'))
    expect(out).toContain(`<a:latin typeface="${PPTX_FONTS.sans.latin}"`)
    expect(out).toContain(`<a:ea typeface="${PPTX_FONTS.sans.eastAsian}"`)
    expect(out).toContain(`<a:ea typeface="${PPTX_FONTS.serif.eastAsian}"`)
    expect(out).toContain(`<a:cs typeface="${PPTX_FONTS.serif.latin}"`)
    expect(out).not.toContain('DeckPptxFont')
  })

  it('should leave any other typeface alone', () => {
    const xml = '<a:latin typeface="+mn-lt"/><a:ea typeface="Arial"/>'
    expect(applyFontSlots(xml)).toBe(xml)
  })
})

describe('patchParagraph', () => {
  it('should keep one paragraph-properties element, first, with hanging punctuation off', () => {
    const out = patchParagraph(PARAGRAPH)
    expect(out.match(/<a:pPr\b/g)).toHaveLength(1)
    expect(out.startsWith('<a:p><a:pPr ')).toBe(true)
    expect(out).toContain('hangingPunct="0"')
    expect(out).toContain('<a:lnSpc><a:spcPts val="2489"/></a:lnSpc>')
    expect(out).toContain('外部')
    expect(out).toContain('：俘获型')
  })

  it('should set margin, hanging indent and the bullet\'s colour, size and font', () => {
    const out = patchParagraph(PARAGRAPH, { marginLeft: 21, indent: -19, bullet: { color: 'B5322B', sizePct: 54 } })
    expect(out).toContain('marL="200025"')
    expect(out).toContain('indent="-180975"')
    expect(out).toMatch(/<a:buClr><a:srgbClr val="B5322B"\/><\/a:buClr><a:buSzPct val="54000"\/><a:buFont typeface="[^"]+"\/><a:buChar char="&#x25A0;"\/>/)
  })

  it('should turn a leading page number into a slide-number field and keep the rest as text', () => {
    const out = patchParagraph(`<a:p><a:pPr/>${run('‹#› / 32')}</a:p>`, { marginLeft: 0, indent: 0, slideNumber: true })
    expect(out).toMatch(/<a:fld id="\{[\dA-F-]+\}" type="slidenum"><a:rPr[^>]*>[\s\S]*?<\/a:rPr><a:t>‹#›<\/a:t><\/a:fld><a:r><a:rPr/)
    expect(out).toContain('<a:t> / 32</a:t>')
  })
})

describe('patchShapes', () => {
  const shape = (name: string, paragraphs: string) => `<p:sp><p:nvSpPr><p:cNvPr id="2" name="${name}"></p:cNvPr></p:nvSpPr><p:txBody>${paragraphs}</p:txBody></p:sp>`

  it('should patch a marked shape\'s paragraphs in order, unmark its name, and give other shapes the defaults', () => {
    const xml = shape('文本⟦0⟧', PARAGRAPH + PARAGRAPH) + shape('标题', PARAGRAPH)
    const out = patchShapes(xml, [[{ marginLeft: 1, indent: 0 }, { marginLeft: 2, indent: 0 }]])
    expect(out).toContain('name="文本"')
    expect(out).not.toContain('⟦')
    expect(out.match(/marL="9525"/g)).toHaveLength(1)
    expect(out.match(/marL="19050"/g)).toHaveLength(1)
    expect(out.match(/hangingPunct="0"/g)).toHaveLength(3)
  })

  it('should refuse a shape whose paragraphs do not match its patches', () => {
    expect(() => patchShapes(shape('文本⟦0⟧', PARAGRAPH), [[{ marginLeft: 0, indent: 0 }, { marginLeft: 0, indent: 0 }]])).toThrow(/段落/)
    expect(() => patchShapes(shape('文本⟦4⟧', PARAGRAPH), [])).toThrow(/段落/)
  })
})

describe('patchPlaceholderBodies', () => {
  it('should anchor a layout placeholder\'s text at its top-left corner and leave other shapes alone', () => {
    const placeholder = '<p:sp><p:nvPr><p:ph type="title"/></p:nvPr><p:txBody><a:bodyPr wrap="square" rtlCol="0"></a:bodyPr></p:txBody></p:sp>'
    const plain = '<p:sp><p:txBody><a:bodyPr wrap="square" rtlCol="0"></a:bodyPr></p:txBody></p:sp>'
    const out = patchPlaceholderBodies(placeholder + plain)
    expect(out).toBe(`${placeholder.replace('rtlCol="0"', 'lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t"')}${plain}`)
  })
})

describe('patchTheme', () => {
  it('should make the deck\'s faces the theme\'s heading and body fonts, for Latin and for Simplified Chinese', () => {
    const fonts = (tag: string) => `<a:${tag}><a:latin typeface="Calibri" panose="1"/><a:ea typeface=""/><a:cs typeface=""/><a:font script="Hans" typeface="DengXian"/></a:${tag}>`
    const out = patchTheme(fonts('majorFont') + fonts('minorFont'))
    expect(out).toContain(`<a:majorFont><a:latin typeface="${PPTX_FONTS.serif.latin}"/><a:ea typeface="${PPTX_FONTS.serif.eastAsian}"/>`)
    expect(out).toContain(`<a:font script="Hans" typeface="${PPTX_FONTS.sans.eastAsian}"/></a:minorFont>`)
    expect(out).not.toContain('DengXian')
  })
})

describe('repairs', () => {
  it('should drop content-type overrides for parts the file does not have', () => {
    const xml = '<Types><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="a"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="a"/></Types>'
    expect(repairContentTypes(xml, new Set(['ppt/slideMasters/slideMaster1.xml']))).toBe('<Types><Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="a"/></Types>')
  })

  it('should give a solid background its effect list, once', () => {
    const xml = '<p:bg><p:bgPr><a:solidFill><a:srgbClr val="1D3557"/></a:solidFill></p:bgPr></p:bg>'
    const out = repairBackground(xml)
    expect(out).toBe('<p:bg><p:bgPr><a:solidFill><a:srgbClr val="1D3557"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>')
    expect(repairBackground(out)).toBe(out)
  })
})
