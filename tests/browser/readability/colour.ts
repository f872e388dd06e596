import type { Rgba } from './pageKit'

/** `top` painted over `bottom` (source-over); the page kit composites the same way. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3])
  if (a === 0)
    return [0, 0, 0, 0]
  const mix = (i: number): number => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a
  return [mix(0), mix(1), mix(2), a]
}

/** WCAG 2.2 relative luminance of an opaque sRGB colour (channels 0–255). */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number): number => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** WCAG contrast ratio (1–21) of `fg` drawn over `bg`; `fg`'s alpha blends it into `bg` first. */
export function contrast(fg: Rgba, bg: Rgba): number {
  const back = over(bg, [255, 255, 255, 1])
  const front = over(fg, back)
  const [hi, lo] = [luminance(front), luminance(back)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/** The lowest contrast of `fg` over any of the candidate backgrounds (a gradient gives several). */
export function worstContrast(fg: Rgba, bgs: readonly Rgba[]): number {
  return Math.min(...bgs.map(bg => contrast(fg, bg)))
}

/** `#1d3557` style hex of an opaque colour, for messages. */
export function hex([r, g, b]: Rgba): string {
  return `#${[r, g, b].map(c => Math.round(c).toString(16).padStart(2, '0')).join('')}`
}
