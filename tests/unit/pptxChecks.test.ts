import { describe, expect, it } from 'vitest'
import { displacedBlocks, locate, missingCharacters, offSlide, overlappingBoxes, parseBboxLayout, picturesWithoutAlt, placeholderBoxes, strayWords, textBoxes, untaggedHanRuns } from '../export/pptxChecks'

const EMU = 9525

/** A text shape at (x, y), w × h px, with one paragraph per text. */
function shape(x: number, y: number, w: number, h: number, texts: string[], extra = ''): string {
  const paragraphs = texts.map(t => `<a:p><a:r><a:rPr lang="zh-CN"/><a:t>${t}</a:t></a:r></a:p>`).join('')
  return `<p:sp><p:nvSpPr><p:cNvPr id="2" name="文本"/><p:nvPr>${extra}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x * EMU}" y="${y * EMU}"/><a:ext cx="${w * EMU}" cy="${h * EMU}"/></a:xfrm></p:spPr><p:txBody>${paragraphs}</p:txBody></p:sp>`
}

/** `pdftotext -bbox-layout` output for one 735 × 414 pt page (980 × 552 px); words in pt. */
function bbox(lines: [number, number, number, number, string][][]): string {
  const word = ([x0, y0, x1, y1, t]: [number, number, number, number, string]) => `<word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${t}</word>`
  const body = lines.map((ws) => {
    const [x0, y0] = ws[0]!
    const x1 = ws.at(-1)![2]
    const y1 = ws[0]![3]
    return `<line xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${ws.map(word).join('')}</line>`
  }).join('')
  return `<doc><page width="735" height="414"><flow><block>${body}</block></flow></page></doc>`
}

const pt = (px: number) => px * 0.75

describe('untaggedHanRuns', () => {
  it('should flag a Chinese run without lang="zh-CN" or without an East-Asian typeface', () => {
    const good = '<a:r><a:rPr lang="zh-CN" altLang="en-US"><a:latin typeface="Microsoft YaHei"/><a:ea typeface="微软雅黑"/></a:rPr><a:t>正文</a:t></a:r>'
    const noLang = '<a:r><a:rPr sz="1400"><a:ea typeface="微软雅黑"/></a:rPr><a:t>缺语言</a:t></a:r>'
    const english = '<a:r><a:rPr lang="en-US"><a:ea typeface="微软雅黑"/></a:rPr><a:t>英文标记</a:t></a:r>'
    const noEa = '<a:r><a:rPr lang="zh-CN"><a:latin typeface="Arial"/></a:rPr><a:t>缺东亚字体</a:t></a:r>'
    const latin = '<a:r><a:rPr lang="en-US"/><a:t>Slidev 52</a:t></a:r>'
    expect(untaggedHanRuns(good + latin)).toEqual([])
    expect(untaggedHanRuns(good + noLang + english + noEa + latin).map(r => r.text)).toEqual(['缺语言', '英文标记', '缺东亚字体'])
  })

  it('should read slide-number fields and escaped text as runs too', () => {
    const field = '<a:fld id="{1}" type="slidenum"><a:rPr lang="en-US"/><a:t>第&#x31;页</a:t></a:fld>'
    expect(untaggedHanRuns(field).map(r => r.text)).toEqual(['第1页'])
  })
})

describe('picturesWithoutAlt', () => {
  it('should flag a picture with no description or only pptxgenjs\'s file name', () => {
    const pic = (attrs: string) => `<p:pic><p:nvPicPr><p:cNvPr id="3" name="图" ${attrs}/></p:nvPicPr></p:pic>`
    expect(picturesWithoutAlt(pic('descr="集群网络示意图"'))).toEqual([])
    expect(picturesWithoutAlt(pic('') + pic('descr=" "') + pic('descr="preencoded.png"'))).toHaveLength(3)
  })
})

describe('textBoxes / offSlide', () => {
  it('should read a shape\'s rectangle in px and its paragraphs, the slide number filled in', () => {
    const field = '<p:sp><p:nvSpPr><p:cNvPr id="4" name="页码"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="9525" cy="9525"/></a:xfrm></p:spPr><p:txBody><a:p><a:fld id="{1}" type="slidenum"><a:rPr/><a:t>‹#›</a:t></a:fld><a:r><a:rPr/><a:t> / 32</a:t></a:r></a:p></p:txBody></p:sp>'
    const [box, number] = textBoxes(shape(52, 104, 876, 66, ['第一段', '第二段']) + field, 7)
    expect(box).toMatchObject({ box: { x0: 52, y0: 104, x1: 928, y1: 170 }, paragraphs: ['第一段', '第二段'] })
    expect(number!.paragraphs).toEqual(['7 / 32'])
  })

  it('should place a title placeholder without its own rectangle where the layout has it', () => {
    // pptxgenjs writes the layout's placeholder element over several lines.
    const layout = shape(50, 30, 878, 50, ['单击此处添加标题'], '<p:ph\n\t\t idx="101"\n\t\t type="title"\n\t\t/>')
    const slide = '<p:sp><p:nvSpPr><p:cNvPr id="2" name="标题"/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:p><a:r><a:t>一页结论</a:t></a:r></a:p></p:txBody></p:sp>'
    expect(textBoxes(slide, 2, placeholderBoxes(layout))[0]).toMatchObject({ box: { x0: 50, y0: 30 }, placeholder: 'title' })
    expect(textBoxes(layout)[0]!.placeholder).toBe('title')
  })

  it('should flag a box that reaches past the slide\'s edge', () => {
    const boxes = textBoxes(shape(52, 104, 876, 66, ['在内']) + shape(900, 500, 100, 40, ['越界']) + shape(-5, 10, 50, 20, ['左出']))
    expect(offSlide(boxes).map(b => b.paragraphs[0])).toEqual(['越界', '左出'])
  })
})

describe('overlappingBoxes', () => {
  it('should flag two text boxes that overlap, not two that touch', () => {
    const boxes = textBoxes(shape(52, 100, 400, 40, ['甲']) + shape(52, 140, 400, 40, ['乙']) + shape(300, 170, 100, 40, ['丙']))
    expect(overlappingBoxes(boxes).map(([a, b]) => a.paragraphs[0]! + b.paragraphs[0]!)).toEqual(['乙丙'])
  })
})

describe('parseBboxLayout / locate', () => {
  it('should scale points to px and find where a block starts by its baseline', () => {
    const page = parseBboxLayout(bbox([[[pt(52), pt(100), pt(300), pt(126), '背景：代工嵌入带来发展']]]), 0.25)[0]!
    expect(page.lines[0]!.words[0]!.box.x0).toBeCloseTo(52)
    const [spot] = locate(page, '背景：代工嵌入带来发展，也埋下隐患')
    expect(spot!.x).toBeCloseTo(52)
    expect(spot!.baseline).toBeCloseTo(126 - 0.25 * 26)
    expect(locate(page, '不在此页')).toEqual([])
  })

  it('should find a block that starts after another word on the line', () => {
    const page = parseBboxLayout(bbox([[[pt(52), pt(100), pt(70), pt(126), '■'], [pt(75), pt(100), pt(300), pt(126), '全球化背景下']]]), 0.25)[0]!
    expect(locate(page, '全球化背景下')[0]!.x).toBeCloseTo(75)
  })
})

describe('strayWords', () => {
  const boxes = textBoxes(shape(52, 100, 300, 34, ['第一行的文字']) + shape(52, 140, 300, 34, ['下一个框']) + shape(400, 100, 10, 34, ['3']) + shape(410, 100, 10, 34, ['4']))

  it('should accept words inside the box that holds them, list markers, and a word pdftotext joined across two boxes', () => {
    const page = parseBboxLayout(bbox([
      [[pt(40), pt(105), pt(50), pt(128), '■'], [pt(52), pt(105), pt(200), pt(128), '第一行的文字']],
      [[pt(52), pt(145), pt(150), pt(168), '下一个框']],
      [[pt(400), pt(105), pt(420), pt(128), '34']],
    ]), 0.25)[0]!
    expect(strayWords(page, boxes)).toEqual([])
  })

  it('should flag a line that ran below its box into the next one, and a line wider than its box', () => {
    const page = parseBboxLayout(bbox([
      [[pt(52), pt(105), pt(200), pt(128), '第一行的']],
      [[pt(52), pt(140), pt(100), pt(163), '文字']],
      [[pt(52), pt(180), pt(380), pt(203), '下一个框']],
    ]), 0.25)[0]!
    expect(strayWords(page, boxes).map(w => w.text)).toEqual(['文字', '下一个框'])
  })
})

describe('missingCharacters', () => {
  it('should report characters of the boxes that the page does not show (clipped or pushed off)', () => {
    const boxes = textBoxes(shape(52, 500, 100, 20, ['简报']) + shape(52, 100, 100, 20, ['报告']))
    const page = parseBboxLayout(bbox([[[pt(52), pt(100), pt(80), pt(120), '报告']], [[pt(52), pt(500), pt(70), pt(520), '简']]]), 0.25)[0]!
    expect(missingCharacters(page, boxes)).toEqual(['报'])
    const whole = parseBboxLayout(bbox([[[pt(52), pt(100), pt(80), pt(120), '报告']], [[pt(52), pt(500), pt(80), pt(520), '简报']]]), 0.25)[0]!
    expect(missingCharacters(whole, boxes)).toEqual([])
  })
})

describe('displacedBlocks', () => {
  const page = (dy: number) => parseBboxLayout(bbox([
    [[pt(52), pt(100), pt(300), pt(126), '背景：代工嵌入']],
    [[pt(52), pt(140 + dy), pt(300), pt(166 + dy), '全球化背景下']],
    [[pt(338), pt(200), pt(360), pt(226), '→']],
    [[pt(666), pt(200), pt(690), pt(226), '→']],
  ]), 0.25)[0]!

  it('should accept blocks a few px from where the reference has them, repeated ones matched in order', () => {
    expect(displacedBlocks(['背景：代工嵌入', '全球化背景下', '→', '→'], page(4), page(0))).toEqual([])
  })

  it('should flag a block more than 2 % of the slide away, and one the page lacks', () => {
    expect(displacedBlocks(['背景：代工嵌入', '全球化背景下', '不在页上'], page(30), page(0))).toEqual(['全球化背景下: off by 0.0 % / 5.4 %', '不在页上: not found'])
  })
})
