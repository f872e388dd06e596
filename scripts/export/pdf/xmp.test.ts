import { describe, expect, it } from 'vitest'
import { escapeXml, xmpPacket } from './xmp'

const params = {
  title: '简报 <草稿> & “终稿”',
  author: '统计局',
  subject: '说明',
  keywords: ['产业集群', '知识创新'],
  lang: 'zh-CN',
  created: new Date('2025-06-18T08:30:00.123Z'),
  producer: 'pdf-lib',
  creatorTool: 'Slidev',
}

describe('xmpPacket', () => {
  it('should be a well-formed packet carrying title, author, subject, keywords and language', () => {
    const xmp = xmpPacket(params)
    expect(xmp.startsWith('<?xpacket begin="\uFEFF"')).toBe(true)
    expect(xmp.endsWith('<?xpacket end="w"?>')).toBe(true)
    expect(xmp).toContain('<rdf:li xml:lang="x-default">简报 &lt;草稿&gt; &amp; “终稿”</rdf:li>')
    expect(xmp).toContain('<rdf:li xml:lang="zh-CN">简报 &lt;草稿&gt; &amp; “终稿”</rdf:li>')
    expect(xmp).toMatch(/<dc:creator><rdf:Seq><rdf:li>统计局<\/rdf:li><\/rdf:Seq><\/dc:creator>/)
    expect(xmp).toContain('<pdf:Keywords>产业集群, 知识创新</pdf:Keywords>')
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>')
    expect(xmp).toContain('<xmp:CreateDate>2025-06-18T08:30:00Z</xmp:CreateDate>')
  })

  it('should leave out what the deck does not say', () => {
    const xmp = xmpPacket({ ...params, author: undefined, subject: undefined, keywords: [] })
    expect(xmp).not.toContain('dc:creator')
    expect(xmp).not.toContain('dc:description')
    expect(xmp).not.toContain('Keywords')
  })
})

describe('escapeXml', () => {
  it('should escape the five XML specials and nothing else', () => {
    expect(escapeXml(`<a b="c" d='e'>&中文`)).toBe('&lt;a b=&quot;c&quot; d=&apos;e&apos;&gt;&amp;中文')
  })
})
