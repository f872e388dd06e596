import { builtinModules } from 'node:module'
import antfu from '@antfu/eslint-config'

/** Code that runs in the deck, in the browser: it may import nothing that only runs in Node. */
const DECK_FILES = ['logic/**', 'components/**', 'layouts/**', 'setup/**', 'content/**', 'global-*.vue']

/** Node's built-in modules, with or without `node:` (fs, fs/promises, path, child_process, crypto, url, os …). */
const NODE_BUILTINS = `^(?:node:.*|(?:${builtinModules.filter(m => !m.startsWith('_')).join('|')})(?:/.*)?)$`

/** Packages of the tooling (build, exports, fonts, tests): Node-only, and heavy in a browser bundle. */
const NODE_ONLY_PACKAGES = `^(?:${[
  'typescript',
  '@slidev/parser',
  '@slidev/cli',
  'playwright[\\w-]*',
  '@playwright/[\\w-]+',
  '@axe-core/playwright',
  'pdf-lib',
  'jszip',
  'fontkit',
  'subset-font',
  'iconv-lite',
  'pptxgenjs',
  'vite',
].join('|')})(?:/.*)?$`

export default antfu(
  {
    vue: true,
    typescript: true,
    formatters: false,
    ignores: ['dist/**', 'exports/**', '.slidev/**', '.tmp/**', 'components.d.ts', 'public/**', 'bench/results/**', '**/*.md'],
  },
  {
    // Scripts and tests run in Node: its globals are fine to use directly.
    rules: {
      'node/prefer-global/process': ['error', 'always'],
      'node/prefer-global/buffer': ['error', 'always'],
      // A describe names what it specifies (STAGES, DECK_PALETTE, SmileCurve): autofix must not lowercase it
      // into 'sTAGES'. Test titles (it/test) stay lowercase.
      'test/prefer-lowercase-title': ['error', { ignore: ['describe'] }],
    },
  },
  {
    // The boundary between the deck and its tooling: tests/unit/lintBoundary.test.ts shows it holds.
    name: 'deck/browser-only-imports',
    files: DECK_FILES,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: NODE_BUILTINS, message: 'Deck code runs in the browser: no Node built-ins here. Node tooling goes in scripts/.' },
          { regex: NODE_ONLY_PACKAGES, message: 'Deck code runs in the browser: this package is Node tooling. Put the code in scripts/ (or bench/, tests/).' },
        ],
      }],
    },
  },
)
