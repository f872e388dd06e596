import antfu from '@antfu/eslint-config'

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
    },
  },
)
