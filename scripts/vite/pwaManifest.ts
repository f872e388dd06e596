/**
 * The web manifest of the hosted deck (`pwa: build`) in the deck's own look. Slidev hands vite-plugin-pwa a
 * fixed manifest (dark #121212, short name "Slidev") and no way to change it, so the emitted file is
 * rewritten before the service worker is generated from the written files (its precache hash stays right).
 */
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { DECK_PALETTE } from '../../logic/palette'
import { exportBasename } from '../export/exportArgs'

/** The manifest file vite-plugin-pwa emits. */
export const MANIFEST_FILE = 'manifest.webmanifest'

export interface DeckManifestParams {
  /** Short name under an installed icon: the export file stem (`exportFilename`). */
  shortName: string
}

/** `manifest` with the deck's colours (navy bar, white page like the slides), short name and language. */
export function deckManifestFields(manifest: Record<string, unknown>, params: DeckManifestParams): Record<string, unknown> {
  return {
    ...manifest,
    short_name: params.shortName,
    lang: 'zh-CN',
    theme_color: DECK_PALETTE.primary,
    background_color: '#ffffff',
  }
}

/** Rewrites the emitted manifest with {@link deckManifestFields}; does nothing when there is none (PWA off). */
export function deckManifest(): Plugin {
  let root = process.cwd()
  return {
    name: 'deck:pwa-manifest',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const file = bundle[MANIFEST_FILE]
        if (!file || file.type !== 'asset')
          return
        const head = parseSync(readFileSync(join(root, 'slides.md'), 'utf8'), 'slides.md').slides[0]?.frontmatter ?? {}
        const manifest = JSON.parse(String(file.source)) as Record<string, unknown>
        file.source = `${JSON.stringify(deckManifestFields(manifest, { shortName: exportBasename(head.exportFilename) }), null, 2)}\n`
      },
    },
  }
}
