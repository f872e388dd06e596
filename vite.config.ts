// Vite plugins of this deck; Slidev merges this file into its own Vite config (dev, build and export).
// The plugins themselves live in scripts/vite/, one self-contained entry each.
import { defineConfig } from 'vite'
import { deckFonts } from './scripts/vite/deckFonts.ts'
import { deckFirstPaint } from './scripts/vite/firstPaint.ts'
import { deckManifest } from './scripts/vite/pwaManifest.ts'
import { singleFilePlugins } from './scripts/vite/singleFile.ts'
import { slidevChinese } from './scripts/vite/slidevChinese.ts'

export default defineConfig({
  plugins: [
    // Slide 1 painted from the HTML before any script runs, and less runtime before it (issue 16).
    deckFirstPaint(),
    deckFonts(),
    slidevChinese(),
    // `npm run pack` only (DECK_PACK=1): the one-file deck. Empty for build and dev.
    ...singleFilePlugins(),
    // `pwa: build`: the web manifest in the deck's colours.
    deckManifest(),
  ],
})
