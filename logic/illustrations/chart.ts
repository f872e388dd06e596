/** Geometry and scales for the illustrations' small SVG charts. */

/** SVG polyline points for `values` spread evenly across a box, `domain` mapped bottom to top. */
export function polylinePoints(values: readonly number[], box: { x: number, y: number, width: number, height: number }, domain: readonly [number, number]): string {
  const [lo, hi] = domain
  const span = hi - lo || 1
  const step = values.length > 1 ? box.width / (values.length - 1) : 0
  return values.map((v, i) => {
    const t = Number.isFinite(v) ? Math.min(1, Math.max(0, (v - lo) / span)) : 0
    return `${Number((box.x + i * step).toFixed(2))},${Number((box.y + (1 - t) * box.height).toFixed(2))}`
  }).join(' ')
}

/** Smallest "round" number (1, 1.5, 2, 3, 4, 5, 6 or 8 × a power of ten) at or above `x`; 1 for x ≤ 0 or NaN. */
export function niceCeil(x: number): number {
  if (!(x > 0))
    return 1
  if (!Number.isFinite(x))
    return Number.MAX_VALUE
  const power = 10 ** Math.floor(Math.log10(x))
  for (const m of [1, 1.5, 2, 3, 4, 5, 6, 8, 10]) {
    if (m * power >= x - 1e-9 * power)
      return m * power
  }
  return 10 * power
}
