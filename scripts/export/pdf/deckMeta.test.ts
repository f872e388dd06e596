import { describe, expect, it } from 'vitest'
import { bookmarkTree, deckPrintUrl, documentMeta } from './deckMeta'

describe('documentMeta', () => {
  it('should read title, author, subject, keywords and language from the headmatter', () => {
    const meta = documentMeta({
      headmatter: { title: '简报', author: '统计局', info: '第一行\n第二行\n', keywords: '产业集群,全球价值链，本地网络', lang: 'zh-CN' },
      slides: [],
    })
    expect(meta).toEqual({ title: '简报', author: '统计局', subject: '第一行 第二行', keywords: ['产业集群', '全球价值链', '本地网络'], lang: 'zh-CN' })
  })

  it('should fall back to the first slide\'s title, htmlAttrs.lang, then zh-CN', () => {
    expect(documentMeta({ headmatter: { htmlAttrs: { lang: 'zh-Hans' } }, slides: [{ title: '封面', frontmatter: {} }] }))
      .toEqual({ title: '封面', author: undefined, subject: undefined, keywords: [], lang: 'zh-Hans' })
    expect(documentMeta({ headmatter: { keywords: ['甲', '', '乙'] }, slides: [] })).toMatchObject({ keywords: ['甲', '乙'], lang: 'zh-CN' })
  })
})

describe('bookmarkTree', () => {
  it('should list every titled slide at its page, skipping untitled ones', () => {
    const tree = bookmarkTree([{ title: '封面', frontmatter: {} }, { frontmatter: {} }, { title: '结论', frontmatter: {} }])
    expect(tree).toEqual([{ title: '封面', page: 1, children: [] }, { title: '结论', page: 3, children: [] }])
  })

  it('should nest a deeper title under the one before it', () => {
    const tree = bookmarkTree([
      { title: '一', level: 1, frontmatter: {} },
      { title: '一.1', level: 2, frontmatter: {} },
      { title: '一.2', level: 2, frontmatter: {} },
      { title: '二', level: 1, frontmatter: {} },
    ])
    expect(tree.map(n => [n.title, n.children.map(c => c.title)])).toEqual([['一', ['一.1', '一.2']], ['二', []]])
  })
})

describe('deckPrintUrl', () => {
  it('should open Slidev\'s print page in either router mode', () => {
    expect(deckPrintUrl({ origin: 'http://127.0.0.1:4000/', routerMode: 'hash' })).toBe('http://127.0.0.1:4000/?print=true#/print')
    expect(deckPrintUrl({ origin: 'http://127.0.0.1:4000', base: '/deck', routerMode: 'history' })).toBe('http://127.0.0.1:4000/deck/print?print=true')
    expect(deckPrintUrl({ origin: 'http://h', base: '/deck/', routerMode: 'hash' })).toBe('http://h/deck/?print=true#/print')
  })
})
