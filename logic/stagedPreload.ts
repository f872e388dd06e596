/**
 * Slidev's background preload, one slide per task.
 *
 * Three seconds after the slide show opens, Slidev mounts every other slide, hidden, so that any later slide shows at
 * once (internals/SlidesShow.vue: `routes.forEach(preloadRoute)`). It does so in one go: with this deck's seven
 * Mermaid diagrams and three illustrations that holds the main thread for one long stretch while the presenter is
 * already speaking, and a key press made then waits for it. Here the same work is handed out one slide per task,
 * nearest slides first, so no single task holds the thread for long and a key press is handled between two slides.
 * The current slide and its neighbours are mounted at once, as Slidev does, so the next slide is always ready.
 *
 * No patch to Slidev: it goes through Slidev's own switches. A route is left out of the 3 s preload while its
 * frontmatter says `preload: false` (route.meta's `preload` getter reads the reactive frontmatter), and setting the
 * reactive `meta.__preloaded` is what mounts it. A slide whose author wrote `preload: false` is never touched.
 */

/** What this module needs of a Slidev slide route. */
export interface StagedRoute {
  no: number
  meta: { __preloaded?: boolean, slide?: { frontmatter: Record<string, unknown> } }
  load: () => Promise<unknown>
}

/** What it needs of Vue Router. */
export interface StagedRouter {
  isReady: () => Promise<unknown>
  currentRoute: { value: { path: string } }
  afterEach: (guard: (to: { path: string }) => void) => unknown
}

export interface StagedPreloadOptions {
  /** Resolve after `ms` (a timer in the deck). */
  wait: (ms: number) => Promise<void>
  /** Resolve when the main thread is idle (requestIdleCallback in the deck): the last slide has mounted and drawn. */
  idle: () => Promise<void>
  /** When to begin, after the router is ready (Slidev's own timer: 3 s after the slide show mounts). */
  startAfterMs?: number
}

/** Slide number of a route path: '/12' and '/presenter/12' give 12, '/' gives 1; other pages (overview …) none. */
export function slideNoOfPath(path: string): number | undefined {
  if (path === '/' || path === '')
    return 1
  const m = /^\/(?:presenter\/)?(\d+)(?:\/|$)/.exec(path)
  return m ? Number(m[1]) : undefined
}

/**
 * Hold every slide back from Slidev's all-at-once preload, then mount them one at a time, each once the thread is
 * idle again. Returns a promise that settles when every held slide has been handed back (the deck does not wait).
 */
export function stagePreload(routes: readonly StagedRoute[], router: StagedRouter, options: StagedPreloadOptions): Promise<void> {
  /** Held routes, with the `preload` value their frontmatter had (undefined: the key was absent). */
  const held = new Map<StagedRoute, unknown>()
  for (const route of routes) {
    const frontmatter = route.meta.slide?.frontmatter
    if (!frontmatter || frontmatter.preload === false)
      continue
    held.set(route, frontmatter.preload)
    frontmatter.preload = false
  }

  /** Give a route back to Slidev as its own preload would leave it: frontmatter as written, mounted. */
  const release = async (route: StagedRoute | undefined): Promise<void> => {
    if (!route || !held.has(route))
      return
    const frontmatter = route.meta.slide!.frontmatter
    const original = held.get(route)
    held.delete(route)
    if (original === undefined)
      delete frontmatter.preload
    else
      frontmatter.preload = original
    route.meta.__preloaded = true
    await route.load()
  }

  const byNo = new Map(routes.map(route => [route.no, route]))
  let current = 1
  const around = (no: number): void => {
    current = no
    for (const n of [no, no + 1, no - 1])
      void release(byNo.get(n))
  }
  /** The held slide nearest the current one, the next ones before the previous ones. */
  const nearest = (): StagedRoute | undefined => {
    let best: StagedRoute | undefined
    let bestCost = Infinity
    for (const route of held.keys()) {
      const cost = route.no >= current ? (route.no - current) * 2 : (current - route.no) * 2 + 1
      if (cost < bestCost) {
        best = route
        bestCost = cost
      }
    }
    return best
  }

  router.afterEach((to) => {
    const no = slideNoOfPath(to.path)
    if (no !== undefined)
      around(no)
  })
  const run = async (): Promise<void> => {
    await router.isReady()
    around(slideNoOfPath(router.currentRoute.value.path) ?? 1)
    await options.wait(options.startAfterMs ?? 3000)
    for (let route = nearest(); route; route = nearest()) {
      await release(route)
      await options.idle()
    }
  }
  return run()
}
