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
      // A describe names what it specifies (STAGES, DECK_PALETTE, SmileCurve): autofix must not lowercase it
      // into 'sTAGES'. Test titles (it/test) stay lowercase.
      'test/prefer-lowercase-title': ['error', { ignore: ['describe'] }],
    },
  },
)
