import { defineShortcutsSetup } from '@slidev/types'
import { openPresenterWindow, PRESENTER_KEY } from '../logic/presenterWindow'

// Slidev's own keys, plus one: P opens the presenter view in a second window (see logic/presenterWindow.ts).
export default defineShortcutsSetup((_nav, base) => [
  ...base,
  { name: 'open_presenter_window', key: PRESENTER_KEY, fn: () => openPresenterWindow(window) },
])
