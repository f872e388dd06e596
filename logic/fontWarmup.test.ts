import type { WarmupHost } from './fontWarmup'
import { describe, expect, it } from 'vitest'
import { DECK_FACE_SPECS, scheduleFontWarmup, warmUpFonts } from './fontWarmup'

function fakeFonts(fail: readonly string[] = []) {
  const asked: string[] = []
  return {
    asked,
    load: async (spec: string) => {
      asked.push(spec)
      if (fail.includes(spec))
        throw new Error('network')
      return []
    },
  }
}

function fakeHost(readyState: string) {
  const timers: { fn: () => void, ms: number }[] = []
  let onLoad: (() => void) | undefined
  const host: WarmupHost = {
    readyState,
    addEventListener: (_type, listener) => {
      onLoad = listener
    },
    setTimeout: (fn, ms) => timers.push({ fn, ms }),
  }
  return { host, timers, fireLoad: () => onLoad?.() }
}

describe('the warm-up list, DECK_FACE_SPECS', () => {
  it('should name the body faces in both weights and the heading face, never the small cover faces', () => {
    expect([...DECK_FACE_SPECS].sort()).toEqual(['400 16px "Deck Sans"', '700 16px "Deck Sans"', '700 16px "Deck Serif"'])
  })
})

describe('warmUpFonts', () => {
  it('should ask for every face and count the ones that loaded', async () => {
    const fonts = fakeFonts(['700 16px "Deck Serif"'])
    expect(await warmUpFonts(fonts)).toBe(2)
    expect(fonts.asked).toEqual([...DECK_FACE_SPECS])
  })

  it('should do nothing without a font loader (outside a browser)', async () => {
    expect(await warmUpFonts(undefined)).toBe(0)
  })
})

describe('scheduleFontWarmup', () => {
  it('should wait for the load event, then start after the delay', () => {
    const fonts = fakeFonts()
    const { host, timers, fireLoad } = fakeHost('interactive')
    scheduleFontWarmup(host, fonts, 250)
    expect(timers).toHaveLength(0)
    fireLoad()
    expect(timers.map(t => t.ms)).toEqual([250])
    expect(fonts.asked).toEqual([])
    timers[0]!.fn()
    expect(fonts.asked).toEqual([...DECK_FACE_SPECS])
  })

  it('should schedule at once when the page has already loaded', () => {
    const { host, timers } = fakeHost('complete')
    scheduleFontWarmup(host, fakeFonts(), 100)
    expect(timers.map(t => t.ms)).toEqual([100])
  })
})
