import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  formatters: false,
  ignores: ['dist/**', 'exports/**', '.slidev/**', 'components.d.ts', 'public/**', 'bench/results/**'],
})
