/**
 * Vite aliases that keep runtime the deck never uses out of the first load, without patching Slidev.
 * Measured on this deck (gzip, everything loaded before slide 1 mounts; 218 KB without them):
 *
 * - `vue` → the runtime-only build. Slidev aliases `vue` to the full build with the template compiler, which
 *   only templates compiled in the browser need; every template here is compiled at build time (a runtime
 *   template would log a Vue warning, which the browser suite fails on). Saves 33 KB.
 * - `@slidev/parser/core` → `@slidev/parser/utils` for the one function the client uses: drops YAML. Saves 10 KB.
 * - `@shikijs/vitepress-twoslash/client` and its stylesheet → empty stand-ins (popups for twoslash code
 *   blocks; the deck has none). Saves 3 KB net (floating-vue, which Slidev's own UI imports, stays) and
 *   2.5 KB of render-blocking CSS.
 *
 * User aliases come before Slidev's in the merged config, so these win.
 */
import type { Plugin } from 'vite'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const shim = (file: string): string => fileURLToPath(new URL(`./shims/${file}`, import.meta.url))

export function leanRuntime(): Plugin {
  return {
    name: 'deck:lean-runtime',
    apply: 'build',
    config(config) {
      const require = createRequire(`${config.root ?? process.cwd()}/package.json`)
      return {
        resolve: {
          alias: [
            { find: /^vue$/, replacement: require.resolve('vue/dist/vue.runtime.esm-bundler.js') },
            { find: /^@slidev\/parser\/core$/, replacement: shim('parserCore.ts') },
            { find: /^@shikijs\/vitepress-twoslash\/client$/, replacement: shim('twoslashClient.ts') },
            { find: /^@shikijs\/vitepress-twoslash\/style\.css$/, replacement: shim('empty.css') },
          ],
        },
      }
    },
  }
}
