import type { TakeoverHost, TakeoverRouter } from './coverTakeover'
import { describe, expect, it } from 'vitest'
import { isCoverRoute, sameBox, takeOverCover } from './coverTakeover'

const box = (left: number, top: number, w: number, h: number): DOMRectReadOnly => ({ left, top, right: left + w, bottom: top + h, x: left, y: top, width: w, height: h, toJSON: () => ({}) })

/** A fake page: the prerendered cover, and a mounted slide whose box and fonts a test sets. */
function fakePage() {
  const removed: string[] = []
  const state = { mountedBox: box(0, 0, 0, 0), mounted: false, fontsReady: false }
  const el = (id: string, rect: () => DOMRectReadOnly) => ({ id, remove: () => removed.push(id), getBoundingClientRect: rect, querySelectorAll: () => [], childNodes: [{ nodeType: 3, textContent: '标题' }] })
  const cover = el('deck-cover', () => box(0.87, 0, 1278.26, 720))
  const frames: (() => void)[] = []
  const host: TakeoverHost = {
    doc: {
      getElementById: (id: string) => (removed.includes(id) ? null : id === 'deck-cover' || id === 'deck-cover-css' ? el(id, () => box(0, 0, 0, 0)) : null) as any,
      querySelector: (sel: string) => {
        if (sel.startsWith('#deck-cover'))
          return removed.includes('deck-cover') ? null : cover as any
        if (!state.mounted)
          return null
        return el(sel, () => state.mountedBox) as any
      },
      fonts: { check: () => state.fontsReady },
    },
    frame: cb => frames.push(cb),
    fontOf: () => '700 16px "Deck Cover Serif"',
  }
  const runFrames = (n: number): void => {
    for (let i = 0; i < n; i++) frames.splice(0).forEach(f => f())
  }
  return { host, removed, state, runFrames }
}

function fakeRouter(path: string): TakeoverRouter & { go: (p: string) => void } {
  const guards: ((to: { path: string }) => void)[] = []
  return {
    isReady: () => Promise.resolve(),
    currentRoute: { value: { path } },
    afterEach: g => guards.push(g),
    go: p => guards.forEach(g => g({ path: p })),
  }
}

describe('takeOverCover', () => {
  it('should remove the cover one frame after the mounted slide fills the same box in its fonts, not before', async () => {
    const page = fakePage()
    takeOverCover(fakeRouter('/1'), page.host)
    await Promise.resolve()
    page.runFrames(3)
    expect(page.removed).toEqual([])
    page.state.mounted = true
    page.state.mountedBox = box(0, 0, 0, 0) // Slidev's first frame: scale not measured yet
    page.runFrames(3)
    expect(page.removed).toEqual([])
    page.state.mountedBox = box(0.87, 0, 1278.26, 720)
    page.runFrames(3)
    expect(page.removed, 'fonts still loading').toEqual([])
    page.state.fontsReady = true
    page.runFrames(1)
    expect(page.removed, 'the frame that first shows the mounted slide still shows the cover').toEqual([])
    page.runFrames(1)
    expect(page.removed).toEqual(['deck-cover', 'deck-cover-css'])
  })

  it('should remove the cover at once on another route, and when the deck leaves slide 1', async () => {
    const deep = fakePage()
    takeOverCover(fakeRouter('/12'), deep.host)
    await Promise.resolve()
    expect(deep.removed).toEqual(['deck-cover', 'deck-cover-css'])

    const page = fakePage()
    const router = fakeRouter('/1')
    takeOverCover(router, page.host)
    router.go('/2')
    expect(page.removed).toEqual(['deck-cover', 'deck-cover-css'])
  })
})

describe('isCoverRoute / sameBox', () => {
  it('should know slide 1 and half-pixel equality', () => {
    expect(['/1', '/'].map(isCoverRoute)).toEqual([true, true])
    expect(['/12', '/presenter/1'].map(isCoverRoute)).toEqual([false, false])
    expect(sameBox(box(0, 0, 10, 10), box(0.4, 0, 10, 10))).toBe(true)
    expect(sameBox(box(0, 0, 10, 10), box(0.6, 0, 10, 10))).toBe(false)
  })
})
