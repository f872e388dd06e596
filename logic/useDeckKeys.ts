/**
 * The deck's keys in a running window (audience or presenter view): feeds key presses and clicks to the reducer in
 * logic/deckKeys.ts before Slidev's own shortcuts see them, carries out its actions, and shares black and white
 * screens with the deck's other windows, so a key in the presenter view blanks the projector.
 */
import type { Ref } from 'vue'
import type { Blank, DeckAction, KeyOutcome, KeyState } from './deckKeys'
import type { SharedTimer } from './pacing'
import { sharedState, useNav } from '@slidev/client'
// Not part of Slidev's public API (index.ts); read only, to leave the overview's own number keys alone.
import { showOverview } from '@slidev/client/state/storage.ts'
import { onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import { DIGITS_TIMEOUT_MS, expireDigits, INITIAL_KEY_STATE, receiveBlank, reduceClick, reduceKey } from './deckKeys'
import { resumeTimer } from './pacing'

export interface DeckKeys {
  /** Blank screen, typed digits and help, as the overlays show them. */
  state: Ref<KeyState>
  /** A short message to show for a moment ('' when none). */
  notice: Ref<string>
}

/** How long a notice stays up. */
const NOTICE_MS = 2500
/** Input types whose keys belong to the field (a slider or a button does not take letters). */
const NON_TEXT_INPUTS = new Set(['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image'])

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement))
    return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type)
}

/** A channel shared by the deck's windows of this page (audience and presenter), or undefined without support. */
function openBlankChannel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(`deck-blank:${location.pathname}`)
}

/** Listen to this window's keys and clicks while the calling component is mounted. */
export function useDeckKeys(): DeckKeys {
  const { go, total } = useNav()
  const state = shallowRef<KeyState>(INITIAL_KEY_STATE)
  const notice = ref('')
  let channel: BroadcastChannel | undefined
  let noticeTimer: ReturnType<typeof setTimeout> | undefined
  let digitsTimer: ReturnType<typeof setTimeout> | undefined

  function say(text: string): void {
    notice.value = text
    clearTimeout(noticeTimer)
    noticeTimer = setTimeout(() => notice.value = '', NOTICE_MS)
  }

  function run(action: DeckAction): void {
    if (action.type === 'go')
      void go(action.no)
    else if (action.type === 'fullscreen' && !document.fullscreenElement)
      document.body.requestFullscreen?.().catch(() => say('浏览器未允许全屏，请按F11'))
    else if (action.type === 'exitFullscreen' && document.fullscreenElement)
      void document.exitFullscreen?.().catch(() => {})
    else if (action.type === 'startTimer')
      sharedState.timer = resumeTimer(sharedState.timer as SharedTimer, Date.now())
    else if (action.type === 'notice')
      say(action.text)
  }

  function apply(outcome: KeyOutcome, event: Event): void {
    if (outcome.handled) {
      event.preventDefault()
      event.stopImmediatePropagation()
    }
    // Only a change made here goes to the other windows (an echo of theirs could undo a newer key).
    if (outcome.state.blank !== state.value.blank)
      channel?.postMessage({ blank: outcome.state.blank })
    state.value = outcome.state
    outcome.actions.forEach(run)
  }

  function onKeyDown(event: KeyboardEvent): void {
    apply(reduceKey(state.value, {
      key: event.key,
      shift: event.shiftKey,
      command: event.ctrlKey || event.altKey || event.metaKey,
      repeat: event.repeat,
      typing: isTyping(event.target),
      overview: showOverview.value,
      total: total.value,
    }), event)
  }

  function onPointerDown(event: PointerEvent): void {
    apply(reduceClick(state.value), event)
  }

  watch(() => state.value.digits, (digits) => {
    clearTimeout(digitsTimer)
    if (digits)
      digitsTimer = setTimeout(() => state.value = expireDigits(state.value), DIGITS_TIMEOUT_MS)
  })

  onMounted(() => {
    // Capture phase on window: before Slidev's listeners (and a focused control), so a key that ends a black
    // screen, or F5, never also reaches them.
    window.addEventListener('keydown', onKeyDown, { capture: true })
    window.addEventListener('pointerdown', onPointerDown, { capture: true })
    channel = openBlankChannel()
    channel?.addEventListener('message', (event: MessageEvent<{ blank?: Blank }>) => {
      const blank = event.data?.blank
      if (blank === null || blank === 'black' || blank === 'white')
        state.value = receiveBlank(state.value, blank)
    })
  })
  onBeforeUnmount(() => {
    window.removeEventListener('keydown', onKeyDown, { capture: true })
    window.removeEventListener('pointerdown', onPointerDown, { capture: true })
    channel?.close()
    clearTimeout(noticeTimer)
    clearTimeout(digitsTimer)
  })
  return { state, notice }
}
