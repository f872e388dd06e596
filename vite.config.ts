import { defineConfig } from 'vite'
import { deckFonts } from './scripts/vite/deckFonts'

// Slidev merges this into its own Vite config. Plugins live in scripts/vite/.
export default defineConfig({
  plugins: [deckFonts()],
})
