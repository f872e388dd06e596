import { slides } from '#slidev/slides'
import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { takeOverCover } from '../logic/coverTakeover'
import { scheduleFontWarmup } from '../logic/fontWarmup'
import { slotDuration } from '../logic/pacing'
import { stagePreload } from '../logic/stagedPreload'
import 'virtual:deck-fonts.css'

// The first slide paints with the cover's small faces (a few dozen KB); the deck faces follow in the
// background once the page has loaded, so the next slide does not wait for them.
export default defineAppSetup(({ router }) => {
  // Slidev's clock colours itself and fills its bar against `duration`; the deck states its slot once, as timeSlot.
  const duration = slotDuration((configs as unknown as { timeSlot?: unknown }).timeSlot)
  if (duration)
    configs.duration = duration
  if (typeof window !== 'undefined' && typeof document !== 'undefined') {
    scheduleFontWarmup({
      get readyState() {
        return document.readyState
      },
      addEventListener: (type, listener, options) => window.addEventListener(type, listener, options),
      setTimeout: (handler, ms) => window.setTimeout(handler, ms),
    }, document.fonts)
    // The built index.html paints slide 1 before any script (scripts/vite/cover); Vue takes over from it here.
    takeOverCover(router, {
      doc: document,
      frame: callback => window.requestAnimationFrame(callback),
      fontOf: (el) => {
        const cs = getComputedStyle(el)
        return `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`
      },
    })
    // Slidev's background preload of every slide, one slide at a time, so no long task holds a key press back.
    void stagePreload(slides.value, router, {
      wait: ms => new Promise(resolve => window.setTimeout(resolve, ms)),
      idle: () => new Promise((resolve) => {
        if (typeof (window as Partial<Window>).requestIdleCallback === 'function')
          window.requestIdleCallback(() => resolve(), { timeout: 1000 })
        else
          window.setTimeout(resolve, 50)
      }),
    })
  }
})
