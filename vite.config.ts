// Extra Vite plugins; Slidev merges this file into its own Vite config. Each entry is a plugin list from
// scripts/vite/, self-contained, so features can be added or removed line by line.
import { defineConfig } from 'vite'
import { deckManifest } from './scripts/vite/pwaManifest.ts'
import { singleFilePlugins } from './scripts/vite/singleFile.ts'

export default defineConfig({
  plugins: [
    // `npm run pack` only (DECK_PACK=1): the one-file deck. Empty for build and dev.
    ...singleFilePlugins(),
    // `pwa: build`: the web manifest in the deck's colours.
    deckManifest(),
  ],
})
