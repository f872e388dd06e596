/**
 * Slidev's client imports `parseRangeString` from `@slidev/parser/core`, which also bundles a YAML parser
 * (≈ 10 KB gzip before slide 1) the page never calls. The same function, without YAML, is in
 * `@slidev/parser/utils`. Aliased in scripts/vite/leanRuntime.ts.
 */
export { parseRangeString } from '@slidev/parser/utils'
