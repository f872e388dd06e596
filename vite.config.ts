// Vite plugins of this deck; Slidev merges this file into its own Vite config (dev, build and export).
import { defineConfig } from 'vite'
import { slidevChinese } from './scripts/vite/slidevChinese'

export default defineConfig({
  plugins: [
    slidevChinese(),
  ],
})
