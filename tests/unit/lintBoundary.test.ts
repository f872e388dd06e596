// The deck folders import nothing that only runs in Node: the ESLint rule in eslint.config.js says so, and
// these fixtures show it fails where it must and stays quiet where it must.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const RULE = 'no-restricted-imports'

/** A TypeScript module importing `source` (and using it, so no other rule complains). */
const tsImporting = (source: string) => `import * as mod from '${source}'\n\nexport const used = mod\n`
/** A Vue component whose script imports `source`. */
const vueImporting = (source: string) => `<script setup lang="ts">\nimport * as mod from '${source}'\n\nconsole.log(mod)\n</script>\n\n<template>\n  <p>示意</p>\n</template>\n`

describe('the deck\'s import boundary (eslint.config.js)', () => {
  let eslint: ESLint

  /** The messages of the boundary rule for `code` linted as if it were the project file `filePath`. */
  async function boundary(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(root, filePath) })
    return result!.messages.filter(m => m.ruleId === RULE).map(m => m.message)
  }

  beforeAll(() => {
    eslint = new ESLint({ cwd: root })
  })

  it('should reject a node:fs import in logic/ and in a component', async () => {
    expect(await boundary(tsImporting('node:fs'), 'logic/x.ts')).toEqual([expect.stringContaining('no Node built-ins')])
    expect(await boundary(vueImporting('node:fs'), 'components/X.vue')).toEqual([expect.stringContaining('no Node built-ins')])
  })

  it('should reject bare built-ins and Node-only packages in every deck folder', async () => {
    const cases: Array<[string, string]> = [
      ['fs', 'logic/illustrations/x.ts'],
      ['fs/promises', 'setup/x.ts'],
      ['path', 'content/x.ts'],
      ['child_process', 'layouts/x.vue'],
      ['crypto', 'global-bottom.vue'],
      ['typescript', 'logic/x.ts'],
      ['@slidev/parser', 'content/x.ts'],
      ['@slidev/cli', 'setup/x.ts'],
      ['playwright-chromium', 'components/X.vue'],
      ['@axe-core/playwright', 'logic/x.ts'],
      ['pdf-lib', 'logic/x.ts'],
      ['jszip', 'logic/x.ts'],
      ['fontkit', 'logic/x.ts'],
      ['subset-font', 'logic/x.ts'],
      ['iconv-lite', 'logic/x.ts'],
      ['pptxgenjs', 'logic/x.ts'],
      ['vite', 'setup/x.ts'],
    ]
    for (const [source, file] of cases) {
      const code = file.endsWith('.vue') ? vueImporting(source) : tsImporting(source)
      expect(await boundary(code, file), `${source} in ${file}`).toHaveLength(1)
    }
  })

  it('should accept the deck\'s own imports: Vue, Slidev\'s client and types, local modules named like built-ins', async () => {
    for (const source of ['vue', '@slidev/client/constants.ts', '@slidev/types', 'mermaid', './palette', './constants', '../content/outline'])
      expect(await boundary(tsImporting(source), 'logic/x.ts'), source).toEqual([])
    expect(await boundary(vueImporting('../logic/palette'), 'components/X.vue')).toEqual([])
  })

  it('should leave the tooling free to use Node', async () => {
    for (const file of ['scripts/x.ts', 'bench/x.ts', 'tests/unit/x.test.ts'])
      expect(await boundary(tsImporting('node:fs'), file), file).toEqual([])
  })
})
