import { describe, expect, it } from 'vitest'
import { parseScaffoldArgs } from './args'
import { thrown } from './testSupport'

describe('parseScaffoldArgs', () => {
  it('should read the article, --out in both spellings, and --force', () => {
    expect(parseScaffoldArgs(['a.txt'])).toEqual({ input: 'a.txt', out: undefined, force: false })
    expect(parseScaffoldArgs(['a.txt', '--out', 'deck', '--force'])).toEqual({ input: 'a.txt', out: 'deck', force: true })
    expect(parseScaffoldArgs(['--out=deck', '-f', 'a.txt'])).toEqual({ input: 'a.txt', out: 'deck', force: true })
  })
  it('should reject misuse with exit code 2 and the usage line', () => {
    for (const argv of [[], ['--out'], ['a.txt', '--out', '--force'], ['a.txt', 'b.txt'], ['a.txt', '--bogus']]) {
      const e = thrown(() => parseScaffoldArgs(argv))
      expect(e.exitCode).toBe(2)
      expect(e.message).toContain('npm run scaffold --')
    }
  })
  it('should answer --help with exit code 0', () => {
    expect(thrown(() => parseScaffoldArgs(['--help'])).exitCode).toBe(0)
  })
})
