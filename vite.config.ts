import { defineConfig } from 'vite'
import { deckFirstPaint } from './scripts/vite/firstPaint.ts'

// Slidev merges this file into its own Vite config (user plugins run before Slidev's).
export default defineConfig({
  plugins: [
    // Slide 1 painted from the HTML before any script runs, and less runtime before it (issue 16).
    deckFirstPaint(),
  ],
})
