import type { ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'
import { missingShortcuts, SLIDEV_SHORTCUTS_DROPPED } from '../logic/deckKeys'
import { openPresenterWindow, PRESENTER_KEY } from '../logic/presenterWindow'

// Slidev's shortcuts, minus dark mode (a light-only deck), plus P: the presenter view in a second window
// (logic/presenterWindow.ts). The deck's own keys (blank screens, F5, page number + Enter, help) run before these,
// in logic/useDeckKeys.ts: F5 must not reload, and a key that ends a black screen must not also turn the page.
// The key help describes Slidev's keys by name; a renamed one is reported here.
export default defineShortcutsSetup((_nav, base: ShortcutOptions[]) => {
  const missing = missingShortcuts(base.map(s => s.name))
  if (missing.length > 0)
    console.error(`Slidev 已没有这些快捷键，请更新 content/keyHelp.ts 与 README：${missing.join('、')}`)
  const dropped = new Set<string | undefined>(SLIDEV_SHORTCUTS_DROPPED)
  return [
    ...base.filter(s => !dropped.has(s.name)),
    { name: 'open_presenter_window', key: PRESENTER_KEY, fn: () => openPresenterWindow(window) },
  ]
})
