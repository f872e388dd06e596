/**
 * Vite plugins for the one-file deck (`npm run pack`): everything Vite emits ends up inside index.html.
 * They are active only when {@link PACK_ENV} is `1` (set by scripts/pack/), so `npm run build` and
 * `npm run dev` are unchanged.
 *
 * - vite-plugin-singlefile inlines every chunk and stylesheet; it needs a single chunk, which Slidev's
 *   `manualChunks` (shiki, icons, monaco …) prevents, so that option is removed after Slidev has set it.
 * - The service worker of `pwa` cannot work from file:// (no service worker there, and the manifest link
 *   would be a request), so the one-file build switches the PWA off.
 */
import type { Plugin, PluginOption, ResolvedConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'

/** Environment variable that switches these plugins on. */
export const PACK_ENV = 'DECK_PACK'

type OutputOptions = Record<string, unknown>

function outputsOf(config: ResolvedConfig): OutputOptions[] {
  const build = config.build as unknown as Record<string, { output?: OutputOptions | OutputOptions[] } | undefined>
  const outputs: OutputOptions[] = []
  for (const key of ['rolldownOptions', 'rollupOptions']) {
    const output = build[key]?.output
    if (output)
      outputs.push(...(Array.isArray(output) ? output : [output]))
  }
  return outputs
}

/** Removes the `manualChunks` Slidev puts into the build output, so the bundle can be one chunk. */
export function dropManualChunks(): Plugin {
  return {
    name: 'deck:drop-manual-chunks',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      for (const output of outputsOf(config))
        delete output.manualChunks
    },
  }
}

/**
 * Turns Slidev's `pwa` feature off for this build. The define (run after Slidev's, so it wins) drops the
 * client's register code and indicator; vite-plugin-pwa cannot be told to stand down from outside (its
 * options come from Slidev), so the manifest link it adds to the page is taken out again. Its files
 * (manifest, service worker) stay in the scratch build folder, which the pack never ships.
 */
export function withoutPwa(): Plugin {
  return {
    name: 'deck:without-pwa',
    apply: 'build',
    enforce: 'post',
    config: () => ({ define: { __SLIDEV_FEATURE_PWA__: 'false' } }),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string')
            file.source = file.source.replace(/<link\s[^>]*rel=["']?manifest\b[^>]*>/gi, '')
        }
      },
    },
  }
}

/** The plugins of the one-file build, or none when {@link PACK_ENV} is not `1`. */
export function singleFilePlugins(env: Record<string, string | undefined> = process.env): PluginOption[] {
  if (env[PACK_ENV] !== '1')
    return []
  return [dropManualChunks(), withoutPwa(), viteSingleFile({ removeViteModuleLoader: true })]
}
