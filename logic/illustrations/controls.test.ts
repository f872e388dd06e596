// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { arrowTarget, blurAfterPointer, releaseFocusOnDeckKey, rowKeydown } from './controls'

describe('arrowTarget', () => {
  it('should move to neighbours, wrapping around', () => {
    expect(arrowTarget('ArrowRight', 0, 3)).toBe(1)
    expect(arrowTarget('ArrowDown', 2, 3)).toBe(0)
    expect(arrowTarget('ArrowLeft', 0, 3)).toBe(2)
    expect(arrowTarget('ArrowUp', 1, 3)).toBe(0)
    expect(arrowTarget('Home', 2, 3)).toBe(0)
    expect(arrowTarget('End', 0, 3)).toBe(2)
  })

  it('should ignore other keys and empty rows', () => {
    expect(arrowTarget('Enter', 0, 3)).toBeNull()
    expect(arrowTarget('ArrowRight', 0, 0)).toBeNull()
  })
})

/** A row of `count` focusable buttons in the document, as the illustrations render them. */
function buttonRow(count: number): HTMLButtonElement[] {
  document.body.innerHTML = ''
  const row = document.createElement('div')
  const buttons = Array.from({ length: count }, () => row.appendChild(document.createElement('button')))
  document.body.appendChild(row)
  return buttons
}

/** Dispatch a cancelable keydown on `target` and hand it to `handler` as the component's listener would. */
function press(target: HTMLElement, key: string, handler: (event: KeyboardEvent) => unknown): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })
  target.addEventListener('keydown', e => handler(e as KeyboardEvent), { once: true })
  target.dispatchEvent(event)
  return event
}

describe('rowKeydown', () => {
  it('should select the neighbour, move focus to it and cancel the key', () => {
    const buttons = buttonRow(3)
    const select = vi.fn()
    buttons[2]!.focus()
    const event = press(buttons[2]!, 'ArrowRight', e => rowKeydown(e, 2, 3, select))
    expect(select).toHaveBeenCalledWith(0)
    expect(document.activeElement).toBe(buttons[0])
    expect(event.defaultPrevented).toBe(true)
  })

  it('should leave other keys alone', () => {
    const buttons = buttonRow(3)
    const select = vi.fn()
    buttons[1]!.focus()
    const event = press(buttons[1]!, 'Enter', e => expect(rowKeydown(e, 1, 3, select)).toBe(false))
    expect(select).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(buttons[1])
    expect(event.defaultPrevented).toBe(false)
  })
})

describe('releaseFocusOnDeckKey', () => {
  it('should blur a focused control and cancel its default on a clicker\'s PageDown or PageUp', () => {
    for (const key of ['PageDown', 'PageUp']) {
      const [button] = buttonRow(1)
      button!.focus()
      const event = press(button!, key, releaseFocusOnDeckKey)
      expect(document.activeElement, key).not.toBe(button)
      expect(event.defaultPrevented, key).toBe(true)
    }
  })

  it('should keep focus for the keys a control itself uses', () => {
    const [button] = buttonRow(1)
    button!.focus()
    const event = press(button!, 'ArrowRight', releaseFocusOnDeckKey)
    expect(document.activeElement).toBe(button)
    expect(event.defaultPrevented).toBe(false)
  })
})

describe('blurAfterPointer', () => {
  it('should drop focus after a mouse click but keep it after a keyboard press', () => {
    const [button] = buttonRow(1)
    button!.addEventListener('click', e => blurAfterPointer(e as MouseEvent))
    button!.focus()
    button!.dispatchEvent(new MouseEvent('click', { detail: 0 }))
    expect(document.activeElement).toBe(button)
    button!.dispatchEvent(new MouseEvent('click', { detail: 1 }))
    expect(document.activeElement).not.toBe(button)
  })
})
