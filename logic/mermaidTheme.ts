import type { MermaidConfig } from 'mermaid'
import { DECK_PALETTE } from './palette'

/** Body font stack for diagrams; the first family is the deck's own subset font. */
export const DIAGRAM_FONT_FAMILY = '"Deck Sans", sans-serif'

/**
 * Inherited text settings pinned on every element of a diagram (Mermaid scopes the rule to its SVG, and
 * its own label rules are more specific, so they still win).
 */
export const DIAGRAM_TYPOGRAPHY_RESET = '* { letter-spacing: normal; word-spacing: normal; text-transform: none; }'

/** Links drawn heavier than Mermaid's 1 px, to carry across a meeting room. */
export const DIAGRAM_LINK_WEIGHT = '.edge-thickness-normal { stroke-width: 1.6px; }'

/** CSS font shorthands whose faces must be loaded before Mermaid measures a label. */
export const DIAGRAM_FONT_SPECS = ['400 16px "Deck Sans"', '700 16px "Deck Sans"'] as const

/** Mermaid settings: the `base` theme coloured with the deck palette, labels in the deck font. */
export function deckMermaidConfig(): MermaidConfig {
  const p = DECK_PALETTE
  return {
    theme: 'base',
    fontFamily: DIAGRAM_FONT_FAMILY,
    themeVariables: {
      fontFamily: DIAGRAM_FONT_FAMILY,
      fontSize: '16px',
      background: '#ffffff',
      primaryColor: p.soft,
      primaryTextColor: p.primary,
      primaryBorderColor: p.primary,
      secondaryColor: '#fbeceb',
      secondaryTextColor: p.primary,
      secondaryBorderColor: p.accent,
      tertiaryColor: '#ffffff',
      tertiaryTextColor: p.primary,
      tertiaryBorderColor: p.line,
      lineColor: p.muted,
      textColor: p.primary,
      nodeTextColor: p.primary,
      titleColor: p.primary,
      clusterBkg: '#f7f9fb',
      clusterBorder: p.frame,
      edgeLabelBackground: '#ffffff',
      noteBkgColor: '#fdf6e3',
      noteTextColor: p.primary,
      noteBorderColor: p.gold,
    },
    // Tighter spacing than Mermaid's 50 px: the labels, not the gaps, take the slide's width.
    flowchart: { useMaxWidth: true, nodeSpacing: 30, rankSpacing: 40, padding: 12 },
    // Mermaid measures labels in a container outside the slide; the SVG is then shown inside the slide,
    // where it inherits the slide's text settings (e.g. letter-spacing on .slidev-layout) and labels
    // outgrow their boxes. Pin those settings so the measured and the shown label are laid out alike.
    themeCSS: `${DIAGRAM_TYPOGRAPHY_RESET} ${DIAGRAM_LINK_WEIGHT}`,
  }
}

/** How waiting for the fonts ended. */
export type FontWaitOutcome = 'loaded' | 'timeout' | 'failed'

/** The part of `document.fonts` used here (injectable for tests). */
export interface FontLoader {
  load: (font: string, text?: string) => Promise<unknown>
}

/**
 * Wait until every face in `specs` is loaded, at most `timeoutMs` ms. Never rejects: a diagram with
 * fallback metrics is better than no diagram, and the caller decides whether to warn.
 */
export async function waitForFonts(fonts: FontLoader | undefined, specs: readonly string[], timeoutMs: number): Promise<FontWaitOutcome> {
  if (!fonts)
    return 'failed'
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<FontWaitOutcome>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs)
  })
  const loads = Promise.all(specs.map(spec => fonts.load(spec, '中A')))
    .then((): FontWaitOutcome => 'loaded', (): FontWaitOutcome => 'failed')
  try {
    return await Promise.race([loads, timeout])
  }
  finally {
    clearTimeout(timer)
  }
}
