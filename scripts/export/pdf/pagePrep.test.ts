// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import { prepareDeckForPrint } from './pagePrep'

/** A Mermaid SVG as Mermaid 11 writes it with accTitle/accDescr. */
const MERMAID = `<svg aria-roledescription="flowchart-v2" role="graphics-document document" aria-labelledby="t1" aria-describedby="d1">
  <title id="t1">锁定低端的循环</title><desc id="d1">谈判能力低又加强了大买家的控制。</desc><g><text>集群企业</text></g></svg>`

describe('prepareDeckForPrint', () => {
  beforeEach(() => {
    document.head.innerHTML = ''
    document.body.innerHTML = `<div id="print-content">
      <div class="print-slide-container"><div class="host"></div></div>
      <div class="print-slide-container"><svg aria-roledescription="flowchart-v2"><g /></svg></div>
    </div>`
    const host = document.querySelector('.host')!
    host.attachShadow({ mode: 'open' }).innerHTML = MERMAID
  })

  it('should turn a Mermaid diagram inside a shadow root into an image labelled with its title and description', () => {
    const result = prepareDeckForPrint()
    const svg = document.querySelector('.host')!.shadowRoot!.querySelector('svg')!
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.getAttribute('aria-label')).toBe('锁定低端的循环：谈判能力低又加强了大买家的控制。')
    expect(svg.hasAttribute('aria-labelledby')).toBe(false)
    expect(result).toEqual({ labelledDiagrams: 1, slides: 2 })
  })

  it('should leave a diagram without accTitle or accDescr alone', () => {
    prepareDeckForPrint()
    const plain = document.querySelectorAll('.print-slide-container')[1]!.querySelector('svg')!
    expect(plain.hasAttribute('role')).toBe(false)
    expect(plain.hasAttribute('aria-label')).toBe(false)
  })

  it('should drop the page break after the last slide only', () => {
    prepareDeckForPrint()
    const css = [...document.head.querySelectorAll('style')].map(s => s.textContent).join('')
    expect(css).toMatch(/\.print-slide-container:last-child\s*\{\s*break-after:\s*auto/)
  })
})
