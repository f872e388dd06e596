/**
 * Runs inside Slidev's print page just before Chromium prints it (passed to `page.evaluate`, so it must
 * not refer to anything outside its own body).
 *
 * - Mermaid writes `role="graphics-document document"` with `aria-labelledby`/`aria-describedby` pointing
 *   at its `<title>`/`<desc>` (from `accTitle`/`accDescr`). Chromium's tagged PDF makes a /Figure with /Alt
 *   only for `role="img"`, so each such diagram becomes an image labelled "title：description".
 *   The diagrams live in shadow roots (Slidev's ShadowRoot component), so those are searched too.
 *   (No inner named functions: tsx's esbuild wraps them in a `__name` helper the page does not have.)
 * - Slidev's print CSS puts a page break after every slide, the last one included, which leaves a blank
 *   last page; that one break is removed.
 */
export interface PrintPrepResult {
  /** Diagrams given alternative text. */
  labelledDiagrams: number
  /** Slides on the print page. */
  slides: number
}

export function prepareDeckForPrint(): PrintPrepResult {
  const roots: (Document | ShadowRoot)[] = [document]
  for (let i = 0; i < roots.length; i++) {
    for (const el of roots[i]!.querySelectorAll('*')) {
      if (el.shadowRoot)
        roots.push(el.shadowRoot)
    }
  }
  let labelledDiagrams = 0
  for (const root of roots) {
    for (const svg of root.querySelectorAll('svg[aria-roledescription]')) {
      const parts = ['title', 'desc'].map(tag => svg.querySelector(`:scope > ${tag}`)?.textContent?.trim() ?? '')
      const label = parts.filter(Boolean).join('：')
      if (!label)
        continue
      svg.setAttribute('role', 'img')
      svg.setAttribute('aria-label', label)
      svg.removeAttribute('aria-labelledby')
      svg.removeAttribute('aria-describedby')
      labelledDiagrams++
    }
  }
  const style = document.createElement('style')
  style.textContent = '.print-slide-container:last-child { break-after: auto !important; }'
  document.head.append(style)
  return { labelledDiagrams, slides: document.querySelectorAll('.print-slide-container').length }
}
