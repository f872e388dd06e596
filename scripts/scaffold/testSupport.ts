/** What the scaffold tests share: the article fixtures, scratch folders, and how to catch a ScaffoldError. */
import type { ParsedArticle } from './outline'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../shared/projectRoot'
import { ScaffoldError } from './args'
import { parseArticle } from './outline'

export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/articles')
export const fixture = (name: string): string => join(FIXTURES, name)

/** The parsed article of a text; throws on a parse error. */
export function article(text: string): ParsedArticle {
  const r = parseArticle(text)
  if (!r.ok)
    throw new Error(r.error)
  return r.article
}

/** The parsed article of a UTF-8 fixture. */
export const fixtureArticle = (name: string): ParsedArticle => article(readFileSync(fixture(name), 'utf8'))

/** The ScaffoldError `fn` throws (any other outcome fails the test). */
export function thrown(fn: () => unknown): ScaffoldError {
  try {
    fn()
  }
  catch (e) {
    if (e instanceof ScaffoldError)
      return e
    throw e
  }
  throw new Error('expected a ScaffoldError')
}

/** A scratch folder for a test file, and fresh subfolder names in it; call `remove` in afterAll. */
export function scratch(prefix: string): { work: string, fresh: () => string, remove: () => void } {
  const work = mkdtempSync(join(tmpdir(), prefix))
  let n = 0
  return { work, fresh: () => join(work, `case-${++n}`), remove: () => rmSync(work, { recursive: true, force: true }) }
}
