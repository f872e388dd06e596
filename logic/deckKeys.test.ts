import type { KeyPress, KeyState } from './deckKeys'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expireDigits, INITIAL_KEY_STATE, MAX_DIGITS, missingShortcuts, receiveBlank, reduceClick, reduceKey, SLIDEV_SHORTCUTS_USED } from './deckKeys'

const TOTAL = 32

function press(key: string, extra: Partial<KeyPress> = {}): KeyPress {
  return { key, shift: false, command: false, repeat: false, typing: false, overview: false, total: TOTAL, ...extra }
}

/** Run keys from `state` and collect every action. */
function run(keys: (string | KeyPress)[], state: KeyState = INITIAL_KEY_STATE): { state: KeyState, actions: unknown[], handled: boolean[] } {
  const actions: unknown[] = []
  const handled: boolean[] = []
  for (const k of keys) {
    const out = reduceKey(state, typeof k === 'string' ? press(k) : k)
    state = out.state
    actions.push(...out.actions)
    handled.push(out.handled)
  }
  return { state, actions, handled }
}

describe('reduceKey: black and white screens', () => {
  it('should black the screen on B, b and the full stop, and whiten it on W, w and the comma', () => {
    for (const key of ['B', 'b', '.'])
      expect(run([key]).state.blank, key).toBe('black')
    for (const key of ['W', 'w', ','])
      expect(run([key]).state.blank, key).toBe('white')
  })

  it('should end a blank screen on any key, using the key up (PageDown does not also advance)', () => {
    const out = reduceKey({ ...INITIAL_KEY_STATE, blank: 'black' }, press('PageDown'))
    expect(out).toEqual({ state: INITIAL_KEY_STATE, actions: [], handled: true })
    expect(run(['b', 'b']).state.blank).toBeNull()
    expect(run(['w', 'F5']).actions).toEqual([])
  })

  it('should keep the screen blank while the blanking key repeats or a modifier alone is pressed', () => {
    const black = { ...INITIAL_KEY_STATE, blank: 'black' as const }
    expect(reduceKey(black, press('b', { repeat: true })).state.blank).toBe('black')
    expect(reduceKey(black, press('Shift', { shift: true })).state.blank).toBe('black')
  })

  it('should end a blank screen on a click, and leave clicks alone otherwise', () => {
    expect(reduceClick({ ...INITIAL_KEY_STATE, blank: 'white' })).toEqual({ state: INITIAL_KEY_STATE, actions: [], handled: true })
    expect(reduceClick(INITIAL_KEY_STATE).handled).toBe(false)
  })

  it('should take a blank screen set in another window of the deck', () => {
    expect(receiveBlank(INITIAL_KEY_STATE, 'black').blank).toBe('black')
    expect(receiveBlank(INITIAL_KEY_STATE, null)).toBe(INITIAL_KEY_STATE)
  })
})

describe('reduceKey: F5 and Esc', () => {
  it('should start from slide 1 in full screen on F5, and start the timer', () => {
    expect(run(['F5'])).toEqual({ state: INITIAL_KEY_STATE, actions: [{ type: 'go', no: 1 }, { type: 'fullscreen' }, { type: 'startTimer' }], handled: [true] })
  })

  it('should go full screen from the current slide on Shift+F5', () => {
    expect(run([press('F5', { shift: true })]).actions).toEqual([{ type: 'fullscreen' }, { type: 'startTimer' }])
  })

  it('should leave full screen on Esc without taking the key from Slidev (it closes the overview)', () => {
    expect(run(['Escape'])).toEqual({ state: INITIAL_KEY_STATE, actions: [{ type: 'exitFullscreen' }], handled: [false] })
  })

  it('should follow a clicker\'s start button that alternates F5 and Esc', () => {
    const { actions } = run(['F5', 'Escape', 'F5', 'Escape'])
    expect(actions.filter(a => (a as { type: string }).type !== 'startTimer').map(a => (a as { type: string }).type))
      .toEqual(['go', 'fullscreen', 'exitFullscreen', 'go', 'fullscreen', 'exitFullscreen'])
  })

  it('should leave Ctrl+F5 and other browser shortcuts to the browser', () => {
    expect(run([press('F5', { command: true }), press('b', { command: true })])).toEqual({ state: INITIAL_KEY_STATE, actions: [], handled: [false, false] })
  })
})

describe('reduceKey: page number then Enter', () => {
  it('should jump to the typed slide on Enter', () => {
    const { state, actions, handled } = run(['1', '2', 'Enter'])
    expect(actions).toEqual([{ type: 'go', no: 12 }])
    expect(state.digits).toBe('')
    expect(handled).toEqual([true, true, true])
  })

  it('should show the digits while they are typed and let Backspace take one back', () => {
    expect(run(['2', '7']).state.digits).toBe('27')
    expect(run(['2', '7', 'Backspace', '5', 'Enter']).actions).toEqual([{ type: 'go', no: 25 }])
  })

  it('should say so, in Chinese, for a slide that does not exist', () => {
    expect(run(['9', '9', 'Enter']).actions).toEqual([{ type: 'notice', text: '没有第99页（共32页）' }])
  })

  it('should ignore a leading zero, and drop the digits on Esc or on any other key (which then works as usual)', () => {
    expect(run(['0', '5']).state.digits).toBe('5')
    expect(run(['3', 'Escape', 'Enter']).actions).toEqual([])
    const other = run(['3', 'PageDown'])
    expect(other.state.digits).toBe('')
    expect(other.handled).toEqual([true, false])
  })

  it('should leave Enter alone when no digit was typed', () => {
    expect(run(['Enter'])).toEqual({ state: INITIAL_KEY_STATE, actions: [], handled: [false] })
  })

  it('should leave digits, Enter and Esc to Slidev while its overview is open, and every key to a text field', () => {
    const inOverview = run([press('1', { overview: true }), press('Enter', { overview: true })])
    expect(inOverview).toEqual({ state: INITIAL_KEY_STATE, actions: [], handled: [false, false] })
    expect(run([press('b', { typing: true }), press('F5', { typing: true })]).handled).toEqual([false, false])
  })

  it('should forget digits that waited too long', () => {
    expect(expireDigits({ ...INITIAL_KEY_STATE, digits: '12' }).digits).toBe('')
  })
})

describe('reduceKey: help', () => {
  it('should open the help on ?, h or H and close it on the next key or click', () => {
    for (const key of ['?', 'h', 'H'])
      expect(run([key]).state.help, key).toBe(true)
    expect(run(['?', 'ArrowRight'])).toMatchObject({ state: INITIAL_KEY_STATE, handled: [true, true] })
    expect(reduceClick({ ...INITIAL_KEY_STATE, help: true }).state.help).toBe(false)
  })
})

describe('reduceKey: Slidev\'s own keys', () => {
  it('should leave navigation and Slidev\'s shortcuts untouched', () => {
    for (const key of ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', ' ', 'o', 'g', 'f', 'd'])
      expect(run([key]), key).toEqual({ state: INITIAL_KEY_STATE, actions: [], handled: [false] })
  })
})

describe('reduceKey: invariants', () => {
  const keys = fc.constantFrom('b', '.', 'w', ',', 'F5', 'Escape', 'Enter', 'Backspace', '0', '1', '5', '9', '?', 'h', 'PageDown', 'ArrowLeft', ' ', 'Shift', 'x')
  const presses = fc.array(fc.record({ key: keys, shift: fc.boolean(), repeat: fc.boolean(), overview: fc.boolean() }), { maxLength: 30 })

  it('should never hold more than MAX_DIGITS digits, and jump only to an existing slide', () => {
    fc.assert(fc.property(presses, (list) => {
      const { state, actions } = run(list.map(p => press(p.key, p)))
      expect(state.digits.length).toBeLessThanOrEqual(MAX_DIGITS)
      for (const a of actions as { type: string, no?: number }[]) {
        if (a.type === 'go')
          expect(a.no! >= 1 && a.no! <= TOTAL).toBe(true)
      }
    }))
  })

  it('should end any blank screen with the next key that is neither a modifier nor a repeat', () => {
    fc.assert(fc.property(fc.constantFrom('black', 'white'), keys.filter(k => k !== 'Shift'), (blank, key) => {
      const out = reduceKey({ ...INITIAL_KEY_STATE, blank: blank as 'black' | 'white' }, press(key))
      expect(out.state.blank).toBeNull()
      expect(out.handled).toBe(true)
      expect(out.actions).toEqual([])
    }))
  })
})

describe('missingShortcuts', () => {
  it('should name the Slidev shortcuts the help relies on that are gone', () => {
    expect(missingShortcuts([...SLIDEV_SHORTCUTS_USED])).toEqual([])
    expect(missingShortcuts(SLIDEV_SHORTCUTS_USED.filter(n => n !== 'goto'))).toEqual(['goto'])
  })
})
