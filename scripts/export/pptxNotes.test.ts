import { describe, expect, it } from 'vitest'
import { escapedNoteLines, rewriteNotesXml, stripClickMarkers } from './pptxNotes'

function notesXml(text: string) {
  return `<?xml version="1.0"?><p:notes><p:cSld><p:spTree>`
    + `<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>`
    + `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>`
    + `<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>${text}</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody></p:sp>`
    + `<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum" idx="10"/></p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/><a:p><a:fld type="slidenum"><a:t>2</a:t></a:fld></a:p></p:txBody></p:sp>`
    + `</p:spTree></p:cSld></p:notes>`
}

describe('stripClickMarkers', () => {
  it('should remove [click] and [click:N] markers and trim', () => {
    expect(stripClickMarkers('[click] 第一句')).toBe('第一句')
    expect(stripClickMarkers('  [click:3] 第三句 [click] 续 ')).toBe('第三句 续')
    expect(stripClickMarkers('没有标记')).toBe('没有标记')
  })
})

describe('escapedNoteLines', () => {
  it('should give one entry per non-empty line, markers removed', () => {
    expect(escapedNoteLines('甲。\n[click] 乙。\n\n[click]\r\n丙 &amp; 丁')).toEqual(['甲。', '乙。', '丙 &amp; 丁'])
  })
})

describe('rewriteNotesXml', () => {
  it('should turn a run-on note into one zh-CN paragraph per line without markers', () => {
    const out = rewriteNotesXml(notesXml('先说结论。\n[click] 外部困境。\n[click] 内部困境。'))
    const body = out.match(/type="body"[\s\S]*?<\/p:txBody>/)![0]
    expect([...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => m[1])).toEqual(['先说结论。', '外部困境。', '内部困境。'])
    expect(body).not.toContain('[click]')
    expect(body).not.toContain('lang="en-US"')
    expect((body.match(/<a:p>/g) ?? []).length).toBe(3)
  })

  it('should keep everything outside the notes body as it was', () => {
    const input = notesXml('一行')
    const out = rewriteNotesXml(input)
    expect(out).toContain('<p:ph type="sldImg"/>')
    expect(out).toContain('<a:fld type="slidenum"><a:t>2</a:t></a:fld>')
    expect(out.startsWith(input.slice(0, input.indexOf('<p:txBody>')))).toBe(true)
  })

  it('should leave a file without a notes body untouched', () => {
    const other = '<p:notes><p:cSld><p:spTree/></p:cSld></p:notes>'
    expect(rewriteNotesXml(other)).toBe(other)
  })

  it('should keep an empty note a valid empty paragraph', () => {
    const out = rewriteNotesXml(notesXml('[click]'))
    expect(out).toContain('<a:p><a:endParaRPr lang="zh-CN"/></a:p>')
  })
})
