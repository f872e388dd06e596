import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { outline } from '../../content/outline'
import { checkOutline } from '../../logic/traceability'
import { parseArticle } from '../../scripts/scaffold/outline'
import { fromRoot } from '../../scripts/shared/projectRoot'

describe('content/outline', () => {
  it('should be a well-formed outline in document order', () => {
    expect(checkOutline(outline)).toEqual([])
  })
  it('should start with the preamble and have the article\'s two parts', () => {
    expect(outline[0]).toMatchObject({ id: '0', level: 1, parent: null })
    expect(outline.filter(n => n.level === 1).map(n => n.id)).toEqual(['0', '1', '2'])
  })
  it('should keep titles short enough for a slide heading', () => {
    for (const n of outline)
      expect([...n.title].length, n.id).toBeLessThanOrEqual(24)
  })
})

/**
 * Phrases of `title` (split at “：” and “，”) that do not occur in `text`. Whitespace is ignored, and a 顿号 between
 * two quoted items is dropped on both sides, as GB/T 15834-2011 (4.5.3.5) writes “软”“硬” without it.
 */
function phrasesNotInText(title: string, text: string): string[] {
  const norm = (s: string): string => s.replace(/\s+/g, '').replace(/”、“/g, '”“')
  const body = norm(text)
  return title.split(/[：，]/).map(norm).filter(p => p && !body.includes(p))
}

describe('phrasesNotInText', () => {
  it('should accept phrases taken from the text and name the ones that are not', () => {
    const text = '多渠道实现产业配套本地化，增强产业集群的根治性。政府应该对集群的“软”、“硬”件环境建设加大力度。'
    expect(phrasesNotInText('多渠道实现产业配套本地化', text)).toEqual([])
    expect(phrasesNotInText('政府应该对集群的“软”“硬”件环境建设加大力度', text)).toEqual([])
    expect(phrasesNotInText('配套就近，增强根植性', text)).toEqual(['配套就近', '增强根植性'])
  })
})

const sourceArticle = fromRoot('../shared/article/000_88859cb098309959.txt')

describe('outline titles and the source article', () => {
  // As in scripts/scaffold/outline/ tests: the article must be present in CI; a bare clone elsewhere has nothing to read.
  it('should use the article\'s own words: every phrase of a title occurs in that node\'s text', () => {
    if (!existsSync(sourceArticle)) {
      expect(process.env.CI, `${sourceArticle} is missing in CI`).toBeFalsy()
      return
    }
    const parsed = parseArticle(readFileSync(sourceArticle, 'utf8'))
    if (!parsed.ok)
      throw new Error(parsed.error)
    const nodes = parsed.article.nodes
    // A node's text: its heading and body and those of the nodes under it.
    const textOf = (id: string): string => nodes.filter(n => n.id === id || n.id.startsWith(`${id}.`)).flatMap(n => [n.heading, ...n.body]).join('')
    const missing = outline.map(n => ({ id: n.id, missing: phrasesNotInText(n.title, textOf(n.id)) })).filter(m => m.missing.length > 0)
    expect(missing).toEqual([])
  })
})
