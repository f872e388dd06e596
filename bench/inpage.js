// Injected into every page by bench/browser.ts (page.addInitScript) before the deck's own scripts.
// Plain browser JavaScript, so that nothing the TypeScript loader adds to functions has to survive serialisation.
// All times are performance.now() milliseconds (0 = navigation start) and are taken in requestAnimationFrame,
// i.e. they name the frame in which the condition first held.
(() => {
  const state = { fcp: null, ready: null, readyFonts: null, mounted: null, preloaded: null, cls: 0, longTasks: [], htmlHasContent: null, nav: null }
  window.__bench = state
  performance.setResourceTimingBufferSize(1000)

  // Layout shifts (not caused by input) and main-thread tasks over 50 ms, from navigation start.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput)
        state.cls += entry.value
    }
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.longTasks.push([entry.startTime, entry.duration])
  }).observe({ type: 'longtask', buffered: true })

  // Slidev's background preload (3 s after the slide show mounts): the first moment more slides are mounted than
  // the current one and its two neighbours.
  const preload = new MutationObserver(() => {
    if (document.querySelectorAll('#slideshow .slidev-page').length > 3) {
      state.preloaded = performance.now()
      preload.disconnect()
    }
  })
  preload.observe(document, { childList: true, subtree: true })

  // Whether the HTML alone has something to show, before any deferred or module script has run: then the first
  // paint does not wait for the scripts, else it waits for every script that arrived before it.
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive' && state.htmlHasContent === null)
      // eslint-disable-next-line unicorn/prefer-dom-node-text-content -- visible text only (innerText skips display:none)
      state.htmlHasContent = !!document.body && document.body.innerText.trim().length > 0
  })

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint')
        state.fcp = entry.startTime
    }
  }).observe({ type: 'paint', buffered: true })

  function route() {
    const m = /^#\/(\d+)(?:\?(.*))?/.exec(location.hash)
    return { no: m ? Number(m[1]) : 1, query: m ? (m[2] || '') : '' }
  }

  function pageOf(no) {
    return document.querySelector(`#slideshow .slidev-page[data-slidev-no="${no}"]`)
  }

  function visible(el) {
    return !!el && getComputedStyle(el).display !== 'none'
  }

  // The fonts (style weight size family) of the slide's rendered text when every face they need is loaded, else null.
  // Every rendered text of the slide is drawn with loaded faces: no face it needs is still unloaded or loading.
  // document.fonts.check() is true when no @font-face of the element's family list covering the text is
  // unloaded, so text in a system font (no @font-face at all) counts as final too.
  function fontsFinal(root) {
    if (document.fonts.status !== 'loaded')
      return null
    const byFont = new Map()
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim()
      const el = node.parentElement
      if (!text || !el || el.getClientRects().length === 0)
        continue
      const cs = getComputedStyle(el)
      const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`
      byFont.set(font, (byFont.get(font) || '') + text)
    }
    for (const [font, text] of byFont) {
      if (!document.fonts.check(font, text))
        return null
    }
    return [...byFont.keys()]
  }

  function mermaidDone(page, expected) {
    const hosts = page.querySelectorAll('.mermaid')
    if (hosts.length < expected)
      return false
    for (const host of hosts) {
      if (!host.shadowRoot || !host.shadowRoot.querySelector('svg'))
        return false
    }
    return true
  }

  // The slide as painted from the HTML before the app runs (this deck's prerendered cover), when it is shown.
  function prerendered(no) {
    const cover = no === 1 && document.getElementById('deck-cover')
    return cover && visible(cover) ? cover : null
  }

  // First load: the current slide is shown, has a heading with a box, and all its text is in its final font.
  // It may be the prerendered copy (`ready`) or the one Vue mounted (`mounted`, which implies `ready`).
  function shown(page) {
    const heading = page && page.querySelector('h1, h2')
    return visible(page) && heading && heading.textContent.trim() && heading.getBoundingClientRect().width > 0 && fontsFinal(page)
  }
  function watchFirstSlide() {
    if (state.nav !== null)
      return
    const now = performance.now()
    const no = route().no
    const mountedFonts = state.mounted === null && shown(pageOf(no))
    if (mountedFonts)
      state.mounted = now
    if (state.ready === null) {
      const fonts = mountedFonts || shown(prerendered(no))
      if (fonts) {
        state.ready = now
        state.readyFonts = fonts
      }
    }
    if (state.mounted === null)
      requestAnimationFrame(watchFirstSlide)
  }
  requestAnimationFrame(watchFirstSlide)

  // Wire bytes (encoded bodies) of the document and of every resource, with timing, for the byte figures.
  state.resources = () => {
    const nav = performance.getEntriesByType('navigation')[0]
    const all = [{ name: nav.name, kind: 'document', start: 0, end: nav.responseEnd, bytes: nav.encodedBodySize, blocking: true }]
    for (const r of performance.getEntriesByType('resource')) {
      all.push({ name: r.name, kind: r.initiatorType, start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize, blocking: r.renderBlockingStatus === 'blocking' })
    }
    return all
  }

  // Navigation: call before pressing a key; `state.nav.done` resolves with the timings of that key press.
  // A key that changes the slide is timed to `rendered` (the new slide is displayed, its layout mounted, every
  // Mermaid fence an SVG, its text in its final font) and to `settled` (the slide transition has finished).
  // A key that only advances a click step is timed to the first frame showing the new click state.
  state.armNav = (expectedMermaid, timeoutMs) => {
    const from = route()
    const nav = { from: from.no, to: null, kind: null, pressedAt: null, rendered: null, settled: null }
    state.nav = nav
    window.addEventListener('keydown', (event) => {
      nav.pressedAt = event.timeStamp
    }, { capture: true, once: true })
    nav.done = new Promise((resolve) => {
      const deadline = performance.now() + timeoutMs
      const finish = () => resolve({ from: nav.from, to: nav.to, kind: nav.kind, pressedAt: nav.pressedAt, rendered: nav.rendered, settled: nav.settled })
      function frame() {
        const now = performance.now()
        if (nav.pressedAt !== null) {
          const at = route()
          if (at.no !== from.no) {
            nav.kind = 'slide'
            nav.to = at.no
            const page = pageOf(at.no)
            if (nav.rendered === null && visible(page) && page.querySelector('.slidev-layout')
              && mermaidDone(page, expectedMermaid[at.no] || 0) && fontsFinal(page)) {
              nav.rendered = now
            }
            const moving = document.querySelector('#slideshow [class*="-enter-active"], #slideshow [class*="-leave-active"]')
            if (nav.rendered !== null && !moving && !visible(pageOf(from.no))) {
              nav.settled = now
              return finish()
            }
          }
          else if (at.query !== from.query) {
            nav.kind = 'click'
            nav.to = at.no
            nav.rendered = now
            nav.settled = now
            return finish()
          }
        }
        if (now > deadline)
          return finish()
        requestAnimationFrame(frame)
      }
      requestAnimationFrame(frame)
    })
  }
})()
