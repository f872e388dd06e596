import { defineMermaidSetup } from '@slidev/types'
import { deckMermaidConfig, DIAGRAM_FONT_SPECS, waitForFonts } from '../logic/mermaidTheme'

// Slidev awaits this once, before the first diagram is rendered, and caches every SVG it renders.
// Mermaid sizes each label box from the font it measures with, so the deck font must be loaded first:
// measured with a fallback font, labels come out cut ("Gatewa") once the real font arrives.
export default defineMermaidSetup(async () => {
  const outcome = await waitForFonts(globalThis.document?.fonts, DIAGRAM_FONT_SPECS, 8000)
  if (outcome !== 'loaded')
    console.warn(`[deck] 字体 Deck Sans 未能加载（${outcome}），流程图标签可能被截断。请运行 npm run fonts。`)
  return deckMermaidConfig()
})
