import { defineConfig } from 'unocss'
import { paletteCss } from './logic/palette'

// Slidev 52 loads this file itself and merges it with its own UnoCSS config (mergeConfigs over the client's
// config, the theme's and this one), so it adds only what the deck needs: the palette as `--deck-*` custom
// properties on :root, generated from logic/palette.ts (the palette's one definition). Preflights land in
// `uno:preflights.css`, which Slidev imports before any deck style.
export default defineConfig({
  preflights: [{ getCSS: () => paletteCss() }],
})
