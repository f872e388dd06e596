/**
 * Links between slides in the printed deck. On Slidev's print page every slide carries an anchor with
 * {@link slideAnchorId}; Chromium turns `<a href="#slide-7">` into a PDF link to slide 7's page.
 * In the live deck the same numbers are buttons that call Slidev's `go()` (an `href="#…"` would fight
 * the hash router).
 */

/** Id of the anchor at the top of slide `no` (1-based) on the print page. */
export function slideAnchorId(no: number): string {
  return `slide-${no}`
}

/** Whether a location's query marks Slidev's print view (`?print`, the test Slidev's own `isPrintMode` makes). */
export function isPrintView(search: string): boolean {
  return new URLSearchParams(search).has('print')
}
