import type { Plugin, ResolvedConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { dropManualChunks, PACK_ENV, singleFilePlugins, withoutPwa } from './singleFile'

function call<T>(hook: unknown, ...args: unknown[]): T {
  const fn = typeof hook === 'function' ? hook : (hook as { handler: (...a: unknown[]) => T }).handler
  return fn.call({}, ...args) as T
}

describe('singleFilePlugins', () => {
  it('should add nothing to an ordinary build or dev server', () => {
    expect(singleFilePlugins({})).toEqual([])
    expect(singleFilePlugins({ [PACK_ENV]: '0' })).toEqual([])
  })

  it('should add the chunk fix, the PWA switch and vite-plugin-singlefile when packing', () => {
    const names = (singleFilePlugins({ [PACK_ENV]: '1' }) as Plugin[]).map(p => p.name)
    expect(names).toEqual(['deck:drop-manual-chunks', 'deck:without-pwa', 'vite:singlefile'])
  })
})

describe('dropManualChunks', () => {
  it('should remove Slidev\'s manualChunks from every build output and keep the rest', () => {
    const chunkFileNames = (): string => 'assets/[name].js'
    const config = { build: { rollupOptions: { output: { manualChunks: () => 'shiki', chunkFileNames } }, rolldownOptions: { output: [{ manualChunks: {} }] } } }
    call(dropManualChunks().configResolved, config as unknown as ResolvedConfig)
    expect(config.build.rollupOptions.output).toEqual({ chunkFileNames })
    expect(config.build.rolldownOptions.output).toEqual([{}])
  })
})

describe('withoutPwa', () => {
  it('should switch Slidev\'s PWA feature off at compile time', () => {
    expect(call(withoutPwa().config)).toEqual({ define: { __SLIDEV_FEATURE_PWA__: 'false' } })
  })

  it('should take the manifest link that vite-plugin-pwa adds out of the page', () => {
    const page = { type: 'asset', fileName: 'index.html', source: '<head><title>t</title><link rel="manifest" href="./manifest.webmanifest"></head>' }
    const sheet = { type: 'asset', fileName: 'a.css', source: 'link rel="manifest"' }
    call(withoutPwa().generateBundle, {}, { 'index.html': page, 'a.css': sheet })
    expect(page.source).toBe('<head><title>t</title></head>')
    expect(sheet.source).toBe('link rel="manifest"')
  })
})
