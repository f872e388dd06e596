/**
 * PowerPoint's keys on top of Slidev's, as a pure reducer: a key press and the current state in, the new state
 * and what to do out. `logic/useDeckKeys.ts` feeds it the browser's key events (before Slidev sees them) and
 * carries out the actions; the help overlay and the README list the same keys (content/keyHelp.ts).
 */

/** What covers the projector: nothing, a black screen or a white screen. */
export type Blank = 'black' | 'white' | null

export interface KeyState {
  /** Black or white screen (B/. and W/,), or null. */
  blank: Blank
  /** Digits typed so far for a jump, '' when none (at most {@link MAX_DIGITS}). */
  digits: string
  /** Whether the key help (? or H) is shown. */
  help: boolean
}

export const INITIAL_KEY_STATE: KeyState = Object.freeze({ blank: null, digits: '', help: false })

/** Longest page number one can type (the deck has fewer than 10,000 slides). */
export const MAX_DIGITS = 4

/** One key press, as the reducer needs it. */
export interface KeyPress {
  /** `KeyboardEvent.key`, e.g. `b`, `.`, `F5`, `7`, `Enter`. */
  key: string
  /** Shift held. */
  shift: boolean
  /** Ctrl, Alt or Meta held: a browser or system shortcut, never ours. */
  command: boolean
  /** The key is auto-repeating (held down). */
  repeat: boolean
  /** Focus is in a text field (Slidev's go-to box): its keys are the field's. */
  typing: boolean
  /** Slidev's overview is open: digits, Enter, Backspace and Esc are Slidev's there. */
  overview: boolean
  /** Number of slides (1 or more). */
  total: number
}

/**
 * What a key asks for: `go` shows slide `no` (1-based); `fullscreen` (F5, Shift+F5); `startTimer` starts or
 * resumes the presenter's timer (a running one keeps running); `exitFullscreen` (Esc); `notice` shows a short
 * message, e.g. for a page number that does not exist.
 */
export type DeckAction
  = | { type: 'go', no: number }
    | { type: 'fullscreen' }
    | { type: 'startTimer' }
    | { type: 'exitFullscreen' }
    | { type: 'notice', text: string }

export interface KeyOutcome {
  state: KeyState
  actions: DeckAction[]
  /** The key was ours: cancel its default action (F5 reloads) and keep it from Slidev's shortcuts. */
  handled: boolean
}

/** Keys that are never a command on their own: holding Shift for Shift+F5 must not end a black screen. */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'OS', 'CapsLock', 'NumLock', 'ScrollLock', 'Fn', 'FnLock', 'Hyper', 'Super', 'Symbol', 'Process', 'Unidentified', 'Dead'])
const BLACK_KEYS = new Set(['b', 'B', '.'])
const WHITE_KEYS = new Set(['w', 'W', ','])
const HELP_KEYS = new Set(['?', 'h', 'H'])
/** Keys the overview reads itself (it takes page numbers too). */
const OVERVIEW_KEYS = new Set(['Enter', 'Backspace', 'Escape'])

function outcome(state: KeyState, handled: boolean, actions: DeckAction[] = []): KeyOutcome {
  return { state, actions, handled }
}

function isDigit(key: string): boolean {
  return key.length === 1 && key >= '0' && key <= '9'
}

/** Enter after digits: go to that slide, or say that it does not exist. */
function jump(state: KeyState, total: number): KeyOutcome {
  const no = Number(state.digits)
  const next = { ...state, digits: '' }
  if (no >= 1 && no <= total)
    return outcome(next, true, [{ type: 'go', no }])
  return outcome(next, true, [{ type: 'notice', text: `没有第${no}页（共${total}页）` }])
}

/** Digits, Backspace, Enter and Esc while a page number is being typed; undefined for other keys. */
function typeDigits(state: KeyState, press: KeyPress): KeyOutcome | undefined {
  if (isDigit(press.key) && !press.shift) {
    if (press.repeat || state.digits.length >= MAX_DIGITS || (state.digits === '' && press.key === '0'))
      return outcome(state, true)
    return outcome({ ...state, digits: state.digits + press.key }, true)
  }
  if (state.digits === '')
    return undefined
  if (press.key === 'Enter')
    return jump(state, press.total)
  if (press.key === 'Backspace')
    return outcome({ ...state, digits: state.digits.slice(0, -1) }, true)
  if (press.key === 'Escape')
    return outcome({ ...state, digits: '' }, true)
  return undefined
}

/** The presenter's own keys (blank screens, full screen, help); undefined for keys that stay Slidev's. */
function commandKey(state: KeyState, press: KeyPress): KeyOutcome | undefined {
  const { key, shift } = press
  const ours = BLACK_KEYS.has(key) || WHITE_KEYS.has(key) || HELP_KEYS.has(key) || key === 'F5'
  if (!ours)
    return key === 'Escape' ? outcome(state, false, [{ type: 'exitFullscreen' }]) : undefined
  if (press.repeat)
    return outcome(state, true)
  if (BLACK_KEYS.has(key))
    return outcome({ ...state, blank: 'black' }, true)
  if (WHITE_KEYS.has(key))
    return outcome({ ...state, blank: 'white' }, true)
  if (HELP_KEYS.has(key))
    return outcome({ ...state, help: true }, true)
  const start: DeckAction[] = shift ? [] : [{ type: 'go', no: 1 }]
  return outcome(state, true, [...start, { type: 'fullscreen' }, { type: 'startTimer' }])
}

/** The outcome of one key press. */
export function reduceKey(state: KeyState, press: KeyPress): KeyOutcome {
  if (MODIFIER_KEYS.has(press.key) || press.command)
    return outcome(state, false)
  // A black or white screen, or the help, takes the next key only to go away (PowerPoint's "any key").
  if (state.blank || state.help)
    return outcome(press.repeat ? state : { ...state, blank: null, help: false }, true)
  if (press.typing || (press.overview && (isDigit(press.key) || OVERVIEW_KEYS.has(press.key))))
    return outcome(state, false)
  const typed = typeDigits(state, press)
  if (typed)
    return typed
  const cleared = state.digits ? { ...state, digits: '' } : state
  return commandKey(cleared, press) ?? outcome(cleared, false)
}

/** A click or tap anywhere: ends a black or white screen or closes the help (and is then used up). */
export function reduceClick(state: KeyState): KeyOutcome {
  if (!state.blank && !state.help)
    return outcome(state, false)
  return outcome({ ...state, blank: null, help: false }, true)
}

/** Typed digits go stale after a pause (see {@link DIGITS_TIMEOUT_MS}); a later Enter must not jump. */
export function expireDigits(state: KeyState): KeyState {
  return state.digits ? { ...state, digits: '' } : state
}

/** How long typed digits wait for Enter. */
export const DIGITS_TIMEOUT_MS = 5000

/** The state after another window of the deck set its screen to `blank`. */
export function receiveBlank(state: KeyState, blank: Blank): KeyState {
  return state.blank === blank ? state : { ...state, blank }
}

/**
 * Slidev's own shortcuts (by their name in setupShortcuts) that the help and the README describe. The deck's
 * setup/shortcuts.ts reports any that a Slidev upgrade renamed or removed.
 */
export const SLIDEV_SHORTCUTS_USED = [
  'next_space',
  'prev_space',
  'next_right',
  'prev_left',
  'next_page_key',
  'prev_page_key',
  'next_down',
  'prev_up',
  'next_shift',
  'prev_shift',
  'toggle_overview',
  'hide_overview',
  'goto',
  'goto_from_overview',
] as const

/** Slidev shortcuts this deck drops: `d` toggles dark mode, which a light-only deck (colorSchema: light) has not. */
export const SLIDEV_SHORTCUTS_DROPPED = ['toggle_dark'] as const

/** Names in {@link SLIDEV_SHORTCUTS_USED} that `names` lacks. */
export function missingShortcuts(names: readonly (string | undefined)[]): string[] {
  const have = new Set(names)
  return SLIDEV_SHORTCUTS_USED.filter(n => !have.has(n))
}
