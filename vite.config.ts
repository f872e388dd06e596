// Vite plugins of this deck; Slidev merges this file into its own Vite config (dev, build and export).
// The plugins themselves live in scripts/vite/.
import { defineConfig } from 'vite'
import { deckFonts } from './scripts/vite/deckFonts'
import { slidevChinese } from './scripts/vite/slidevChinese'

export default defineConfig({
  plugins: [
    deckFonts(),
    slidevChinese(),
  ],
})
