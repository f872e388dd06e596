/** Keyboard and focus behaviour shared by the illustrations' rows of buttons and their sliders. */

/** Index of the neighbour a key moves to in a row of `count` controls, or null for other keys. */
export function arrowTarget(key: string, index: number, count: number): number | null {
  if (count <= 0)
    return null
  if (key === 'ArrowRight' || key === 'ArrowDown')
    return (index + 1) % count
  if (key === 'ArrowLeft' || key === 'ArrowUp')
    return (index - 1 + count) % count
  if (key === 'Home')
    return 0
  if (key === 'End')
    return count - 1
  return null
}

/**
 * Arrow-key handling for a row of buttons: moves focus to the neighbour and calls `select` with its index.
 * Returns true when the key was handled.
 */
export function rowKeydown(event: KeyboardEvent, index: number, count: number, select: (index: number) => void): boolean {
  const next = arrowTarget(event.key, index, count)
  if (next === null)
    return false
  event.preventDefault()
  select(next)
  const sibling = (event.currentTarget as HTMLElement | null)?.parentElement?.children[next]
  if (sibling && 'focus' in sibling)
    (sibling as HTMLElement).focus()
  return true
}

/** Keys a presentation clicker sends; a focused control must not swallow them. */
const DECK_KEYS = new Set(['PageDown', 'PageUp'])

/**
 * Slidev ignores its shortcuts while a button or input has focus. On a clicker key, release focus so the
 * deck still advances (the event goes on to Slidev's listener), and cancel the key's default action so a
 * focused range input does not also jump by a page.
 */
export function releaseFocusOnDeckKey(event: KeyboardEvent): void {
  const target = event.target as HTMLElement | null
  if (!DECK_KEYS.has(event.key) || !target || typeof target.blur !== 'function')
    return
  event.preventDefault()
  target.blur()
}

/** After a mouse click (not a keyboard press) drop focus so a clicker keeps working. */
export function blurAfterPointer(event: MouseEvent): void {
  if (event.detail > 0)
    (event.currentTarget as HTMLElement | null)?.blur()
}
