import { watch } from 'vue'

/**
 * Emit one console warning per distinct set of input problems, `[source] problem；problem`, not one per
 * re-render; nothing while there is none. Call it in `setup()` (or an effect scope).
 */
export function useIssueWarning(source: string, issues: () => readonly string[]): void {
  let last = ''
  watch(() => issues().join('；'), (message) => {
    if (message && message !== last)
      console.warn(`[${source}] ${message}`)
    last = message
  }, { immediate: true })
}
