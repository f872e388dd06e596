import type { UiDictionary } from './slidevChinese'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { ZH_CN } from './i18n/zh-CN'
import { applyEntries, checkDictionary, clientFileOf, DictionaryError, resolveClientRoot, slidevChinese } from './slidevChinese'

const here = dirname(fileURLToPath(import.meta.url))
/** A stand-in for @slidev/client: package.json 52.20.1 and internals/labels.ts with two English labels. */
const FIXTURE_CLIENT = join(here, '../../tests/fixtures/slidev-client')
const FIXTURE_DICTIONARY: UiDictionary = {
  slidevVersion: '52.20.1',
  files: { 'internals/labels.ts': [['\'Go to next slide\'', '\'下一步\''], ['\'Go to previous slide\'', '\'上一步\'']] },
}

const temps: string[] = []
function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'slidev-client-'))
  temps.push(dir)
  cpSync(FIXTURE_CLIENT, dir, { recursive: true })
  return dir
}
afterEach(() => {
  for (const dir of temps.splice(0))
    rmSync(dir, { recursive: true, force: true })
})

/** Bundle the fixture's labels.ts through Vite with the plugin; the output code. */
async function buildLabels(clientRoot: string, dictionary: UiDictionary): Promise<string> {
  const out = await build({
    root: clientRoot,
    configFile: false,
    logLevel: 'silent',
    plugins: [slidevChinese({ clientRoot, dictionary, dictionaryFile: 'scripts/vite/i18n/zh-CN.ts' })],
    build: { write: false, lib: { entry: join(clientRoot, 'internals/labels.ts'), formats: ['es'], fileName: 'labels' }, minify: false },
  })
  const outputs = Array.isArray(out) ? out : [out]
  return outputs.flatMap(o => ('output' in o ? o.output : [])).map(c => ('code' in c ? c.code : '')).join('\n')
}

describe('applyEntries', () => {
  it('should replace every occurrence of each entry and report entries that match nothing', () => {
    const code = 'title="Close" … title="Close" … title="Next"'
    const result = applyEntries(code, [['title="Close"', 'title="关闭"'], ['title="Gone"', 'title="无"']])
    expect(result.code).toBe('title="关闭" … title="关闭" … title="Next"')
    expect(result.unmatched).toEqual([['title="Gone"', 'title="无"']])
  })
})

describe('clientFileOf', () => {
  it('should name files inside the client, and skip Vue sub-blocks and other modules', () => {
    expect(clientFileOf('/x/client/internals/Goto.vue', '/x/client')).toBe('internals/Goto.vue')
    expect(clientFileOf('/x/client/internals/Goto.vue?v=1a2b', '/x/client')).toBe('internals/Goto.vue')
    expect(clientFileOf('/x/client/internals/Goto.vue?vue&type=style&index=0&lang.css', '/x/client')).toBeUndefined()
    expect(clientFileOf('/x/other/Goto.vue', '/x/client')).toBeUndefined()
  })
})

describe('checkDictionary', () => {
  it('should accept a dictionary that fits its client', () => {
    expect(checkDictionary(FIXTURE_DICTIONARY, FIXTURE_CLIENT, 'zh-CN.ts')).toEqual([])
  })

  it('should name the dictionary and both versions when Slidev was upgraded', () => {
    const client = copyOfFixture()
    writeFileSync(join(client, 'package.json'), JSON.stringify({ name: '@slidev/client', version: '52.21.0' }))
    const problems = checkDictionary(FIXTURE_DICTIONARY, client, 'scripts/vite/i18n/zh-CN.ts')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/scripts\/vite\/i18n\/zh-CN\.ts.*52\.20\.1.*52\.21\.0/)
  })

  it('should name the dictionary, the file and the entry that no longer matches', () => {
    const client = copyOfFixture()
    writeFileSync(join(client, 'internals/labels.ts'), 'export const labels = { next: \'Next slide\', prev: \'Go to previous slide\' }\n')
    const problems = checkDictionary(FIXTURE_DICTIONARY, client, 'scripts/vite/i18n/zh-CN.ts')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('scripts/vite/i18n/zh-CN.ts 有1条不再匹配')
    expect(problems[0]).toContain('internals/labels.ts “\'Go to next slide\'”')
    expect(problems[0]).not.toContain('previous')
  })

  it('should count every entry of a file that is gone as stale', () => {
    const client = copyOfFixture()
    rmSync(join(client, 'internals/labels.ts'))
    expect(checkDictionary(FIXTURE_DICTIONARY, client, 'zh-CN.ts')[0]).toContain('有2条不再匹配')
  })

  it('should fit the installed @slidev/client: the zh-CN dictionary is pinned to it', () => {
    expect(checkDictionary(ZH_CN, resolveClientRoot(), 'scripts/vite/i18n/zh-CN.ts')).toEqual([])
  })
})

describe('the slidevChinese plugin in a Vite build', () => {
  it('should build the client with the Chinese labels in place of the English ones', async () => {
    const code = await buildLabels(copyOfFixture(), FIXTURE_DICTIONARY)
    expect(code).toContain('下一步')
    expect(code).toContain('上一步')
    expect(code).not.toContain('Go to next slide')
  })

  it('should fail the build, naming the dictionary file, when an entry no longer matches', async () => {
    const client = copyOfFixture()
    writeFileSync(join(client, 'internals/labels.ts'), 'export const labels = { next: \'Next\', prev: \'Go to previous slide\' }\n')
    const failed = buildLabels(client, FIXTURE_DICTIONARY)
    await expect(failed).rejects.toBeInstanceOf(DictionaryError)
    await expect(failed).rejects.toThrow(/界面词典 scripts\/vite\/i18n\/zh-CN\.ts 有1条不再匹配.*Go to next slide/)
  })
})
