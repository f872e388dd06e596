import type { StagedRoute, StagedRouter } from './stagedPreload'
import { describe, expect, it } from 'vitest'
import { slideNoOfPath, stagePreload } from './stagedPreload'

/** Slides 1…n as Slidev builds its routes; `optOut` slides say `preload: false` in their frontmatter. */
function routes(n: number, optOut: number[] = []): StagedRoute[] {
  return Array.from({ length: n }, (_, i) => ({
    no: i + 1,
    meta: { __preloaded: false, slide: { frontmatter: optOut.includes(i + 1) ? { preload: false } : { layout: 'default' } } },
    load: () => Promise.resolve(),
  }))
}

function fakeRouter(path: string): StagedRouter & { go: (path: string) => void } {
  const guards: ((to: { path: string }) => void)[] = []
  const router = {
    currentRoute: { value: { path } },
    isReady: () => Promise.resolve(),
    afterEach: (guard: (to: { path: string }) => void) => guards.push(guard),
    go: (to: string) => {
      router.currentRoute.value = { path: to }
      guards.forEach(g => g({ path: to }))
    },
  }
  return router
}

/** A gate the test opens by hand: `wait` and `idle` of the deck. */
function gates() {
  const waiting: (() => void)[] = []
  const open = async (): Promise<void> => {
    waiting.shift()?.()
    // Let the staging loop run up to its next await.
    for (let i = 0; i < 10; i++)
      await Promise.resolve()
  }
  const gate = (): Promise<void> => new Promise<void>(resolve => waiting.push(resolve))
  return { wait: gate, idle: gate, open, pending: () => waiting.length }
}

const mounted = (rs: StagedRoute[]): number[] => rs.filter(r => r.meta.__preloaded).map(r => r.no)
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++)
    await Promise.resolve()
}

describe('the background preload, one slide at a time', () => {
  it('should hold every slide back from Slidev\'s 3 s preload, but mount the current slide and its neighbours at once', async () => {
    const rs = routes(8)
    const g = gates()
    void stagePreload(rs, fakeRouter('/5'), g)
    // Slidev's preloadRoute skips a route whose meta.preload is false: all held until handed back.
    expect(rs.filter(r => r.meta.slide!.frontmatter.preload === false).length).toBe(8)
    await settle()
    expect(mounted(rs)).toEqual([4, 5, 6])
    expect(rs.filter(r => r.meta.slide!.frontmatter.preload === false).map(r => r.no)).toEqual([1, 2, 3, 7, 8])
  })

  it('should then mount one slide per idle period, nearest first and the next before the previous', async () => {
    const rs = routes(8).reverse()
    const g = gates()
    const done = stagePreload(rs, fakeRouter('/presenter/5'), g)
    await settle()
    let before = mounted(rs)
    await g.open() // Slidev's 3 s
    const order: number[] = []
    for (let step = 0; step < 5; step++) {
      const now = mounted(rs)
      order.push(...now.filter(no => !before.includes(no)))
      before = now
      expect(g.pending()).toBe(1)
      await g.open()
    }
    await done
    expect(order).toEqual([7, 3, 8, 2, 1])
    expect(mounted(rs).length).toBe(8)
  })

  it('should leave the frontmatter as the author wrote it, and never touch a slide that says preload: false', async () => {
    const rs = routes(4, [3])
    rs[1]!.meta.slide!.frontmatter.preload = true
    const g = gates()
    const done = stagePreload(rs, fakeRouter('/1'), g)
    await settle()
    while (g.pending())
      await g.open()
    await done
    expect(rs.map(r => r.meta.slide!.frontmatter)).toEqual([{ layout: 'default' }, { layout: 'default', preload: true }, { preload: false }, { layout: 'default' }])
    expect(mounted(rs)).toEqual([1, 2, 4])
  })

  it('should mount the new neighbours as soon as the presenter moves, before any idle period', async () => {
    const rs = routes(20)
    const g = gates()
    const router = fakeRouter('/1')
    void stagePreload(rs, router, g)
    await settle()
    router.go('/12')
    expect(mounted(rs)).toEqual([1, 2, 11, 12, 13])
    await g.open()
    expect(mounted(rs)).toContain(14)
  })

  it('should read slide numbers from audience and presenter paths only', () => {
    expect(['/', '/7', '/presenter/7', '/presenter/7/', '/overview', '/presenter', '/notes/3'].map(slideNoOfPath)).toEqual([1, 7, 7, 7, undefined, undefined, undefined])
  })
})
