import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { picturesWithoutAlt, textBoxes, untaggedHanRuns } from '../../../tests/export/pptxChecks'
import { buildPptx } from './build'
import { contentSlide, coverSlide } from './fixtures'
import { postprocess } from './postprocess'

async function built(): Promise<JSZip> {
  const { buffer, patches } = await buildPptx({ title: '简报', author: '统计局', slides: [coverSlide(), contentSlide(2), contentSlide(3)] })
  return JSZip.loadAsync(await postprocess(buffer, patches))
}

describe('buildPptx + postprocess', () => {
  it('should write every text as runs tagged Chinese with an East-Asian face, and no placeholder face or marker', async () => {
    const zip = await built()
    const parts = Object.keys(zip.files).filter(n => /^ppt\/(?:slides|slideLayouts)\/[^/]+\.xml$/.test(n))
    for (const name of parts) {
      const xml = await zip.file(name)!.async('string')
      expect(untaggedHanRuns(xml), name).toEqual([])
      expect(xml, name).not.toMatch(/DeckPptxFont|⟦/)
      for (const p of xml.match(/<a:p>[\s\S]*?<\/a:p>/g) ?? [])
        expect(p.match(/<a:pPr\b/g)?.length ?? 0, name).toBeLessThanOrEqual(1)
    }
  })

  it('should keep the model\'s texts editable: the list, the card, the table cells', async () => {
    const xml = await (await built()).file('ppt/slides/slide2.xml')!.async('string')
    const paragraphs = textBoxes(xml).flatMap(b => b.paragraphs)
    expect(paragraphs).toEqual(expect.arrayContaining(['以代工方式嵌入全球生产网络', 'Slidev 52', '两难困境', '术语', '释义']))
    expect(xml).toMatch(/<a:tbl>/)
    expect(xml).toContain('<a:buClr><a:srgbClr val="B5322B"/></a:buClr>')
    expect(xml).toMatch(/<a:rPr lang="zh-CN"[^>]*b="1"[^>]*><a:solidFill><a:srgbClr val="B5322B"\/>[\s\S]*?<a:t>嵌入<\/a:t>/)
  })

  it('should give every picture its alternative text', async () => {
    const xml = await (await built()).file('ppt/slides/slide2.xml')!.async('string')
    expect(xml).toContain('descr="示意图：说明"')
    expect(picturesWithoutAlt(xml)).toEqual([])
  })

  it('should put the footer with a page-number field in the content master, and the title in its placeholder', async () => {
    const zip = await built()
    const layouts = await Promise.all(Object.keys(zip.files).filter(n => /slideLayouts\/slideLayout\d+\.xml$/.test(n)).map(n => zip.file(n)!.async('string')))
    const content = layouts.find(x => x.includes('简报标题'))!
    expect(content).toMatch(/<a:fld [^>]*type="slidenum">/)
    expect(content).toMatch(/<p:ph\s[^>]*type="title"[\s\S]*?<a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t">[\s\S]*?单击此处添加标题/)
    expect(await zip.file('ppt/slides/slide2.xml')!.async('string')).toMatch(/<p:ph\s[^>]*type="title"/)
  })

  it('should carry the notes one paragraph per line, without click markers, tagged Chinese', async () => {
    const zip = await built()
    const name = Object.keys(zip.files).find(n => /notesSlides\/notesSlide\d+\.xml$/.test(n) && !n.includes('_rels'))!
    const notes = await Promise.all(Object.keys(zip.files).filter(n => /notesSlides\/notesSlide\d+\.xml$/.test(n)).map(n => zip.file(n)!.async('string')))
    const withText = notes.find(x => x.includes('第二段'))
    expect(name).toBeTruthy()
    expect(withText).toContain('<a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>第一段。</a:t>')
    expect(withText).not.toContain('[click]')
  })
})
