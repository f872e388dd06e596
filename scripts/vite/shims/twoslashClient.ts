/**
 * Stand-in for `@shikijs/vitepress-twoslash/client`, which Slidev installs as a Vue plugin on every page for
 * the hover popups of ```ts twoslash code blocks. This deck has no code blocks; the real plugin (and its
 * stylesheet, see empty.css) would only add bytes before slide 1. Aliased in scripts/vite/leanRuntime.ts.
 */
export default { install(): void {} }
