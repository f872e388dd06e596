/**
 * A quiet projector: in the audience view, two seconds without pointer movement hide the pointer and Slidev's
 * controls (styles/presenting.css reads the `deck-pointer-idle` class); moving the pointer brings them back.
 * Slidev's own "hide idle cursor" waits for a first movement and leaves controls under a resting pointer visible;
 * this does neither, and follows the same setting in Slidev's options menu.
 */
import type { Ref } from 'vue'
import { onBeforeUnmount, onMounted, watch } from 'vue'

/** Pointer stillness, in ms, after which the audience screen goes quiet. */
export const IDLE_MS = 2000
/** Class on <html> while the audience screen is quiet. */
export const IDLE_CLASS = 'deck-pointer-idle'

/** Slidev's "静止时隐藏指针" option (localStorage, default on). */
function hidingAllowed(): boolean {
  try {
    return localStorage.getItem('slidev-hide-cursor-idle') !== 'false'
  }
  catch {
    return true
  }
}

/** Go quiet after {@link IDLE_MS} of stillness while `enabled` is true. */
export function useQuietAudience(enabled: Ref<boolean>): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const setIdle = (idle: boolean): void => {
    document.documentElement.classList.toggle(IDLE_CLASS, idle)
  }
  const wake = (): void => {
    setIdle(false)
    clearTimeout(timer)
    if (enabled.value)
      timer = setTimeout(() => setIdle(hidingAllowed()), IDLE_MS)
  }
  watch(enabled, wake)
  onMounted(() => {
    window.addEventListener('pointermove', wake, { capture: true, passive: true })
    window.addEventListener('pointerdown', wake, { capture: true, passive: true })
    wake()
  })
  onBeforeUnmount(() => {
    window.removeEventListener('pointermove', wake, { capture: true })
    window.removeEventListener('pointerdown', wake, { capture: true })
    clearTimeout(timer)
    setIdle(false)
  })
}
