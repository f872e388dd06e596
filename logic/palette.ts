/**
 * The deck palette: the one place a deck colour is defined. Everything else reads it from here:
 * - CSS: uno.config.ts turns it into the `--deck-<name>` custom properties on `:root` ({@link paletteCss}),
 *   which styles/, layouts/ and the components' `<style>` blocks use;
 * - SVG drawn by the illustrations: {@link PALETTE_VARS}, the same custom properties as `var()` references;
 * - Mermaid, which needs plain hex values to derive its shades: logic/mermaidTheme.ts.
 */
export const DECK_PALETTE = {
  /** Body text: near-black slate. */
  text: '#1f2933',
  /** Headings, body accents, chart lines: navy. */
  primary: '#1d3557',
  /** Emphasis, warnings, the cover band: brick red. */
  accent: '#b5322b',
  /** Secondary text, axes and captions: slate grey. */
  muted: '#5b6573',
  /** Light fill behind boxes and quotes. */
  soft: '#eef2f7',
  /** Rules, borders and inactive outlines. */
  line: '#c8d1dc',
  /** Highlights: new links, notes, the model label (marks only: 3.2:1 on white). */
  gold: '#b8860b',
  /** Gold dark enough for text on white (5.3:1). */
  ochre: '#8b6508',
  /** Frames, axes and curves that must be seen (3.7:1 on white); `line` is for decorative rules only. */
  frame: '#7b8794',
  /** Supporting actors in the cluster network: green. */
  ok: '#2e6b3f',
} as const

export type PaletteName = keyof typeof DECK_PALETTE

/** The custom property that carries a palette colour in CSS, e.g. `--deck-primary`. */
export function paletteProperty(name: PaletteName): string {
  return `--deck-${name}`
}

/** Each palette colour as a `var(--deck-<name>)` reference, for inline styles (SVG fill and stroke). */
export const PALETTE_VARS = Object.fromEntries(
  Object.keys(DECK_PALETTE).map(name => [name, `var(${paletteProperty(name as PaletteName)})`]),
) as { readonly [K in PaletteName]: string }

/** The `:root` rule declaring every palette colour as a custom property (emitted by uno.config.ts). */
export function paletteCss(): string {
  const declarations = Object.entries(DECK_PALETTE).map(([name, hex]) => `${paletteProperty(name as PaletteName)}:${hex};`)
  return `:root{${declarations.join('')}}`
}
