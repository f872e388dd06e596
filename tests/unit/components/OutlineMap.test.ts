// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { reactive } from 'vue'
import OutlineMap from '../../../components/OutlineMap.vue'
import { outline } from '../../../content/outline'
import { slideAnchorId } from '../../../logic/slideLinks'

/** Three slides presenting the first outline node, as Slidev's routes describe them. */
function provideSlides(go = vi.fn()) {
  const id = outline[0]!.id
  const slides = [1, 2, 3].map(no => ({ no, meta: { slide: { frontmatter: { outline: no === 1 ? 'none' : id } } } }))
  return { go, provide: { '$$slidev-context': reactive({ nav: { slides, go } }) } }
}

describe('outlineMap slide numbers', () => {
  afterEach(() => {
    history.replaceState(null, '', '/')
  })

  it('should be buttons that go to the slide in the live deck', async () => {
    const { go, provide } = provideSlides()
    const w = mount(OutlineMap, { global: { provide } })
    const buttons = w.findAll('.om-slides button')
    expect(buttons.map(b => b.text())).toEqual(['2', '3'])
    expect(w.findAll('.om-slides a')).toHaveLength(0)
    await buttons[1]!.trigger('click')
    expect(go).toHaveBeenCalledWith(3)
  })

  it('should be links to each slide\'s anchor on Slidev\'s print page', () => {
    history.replaceState(null, '', '/?print=true#/print')
    const w = mount(OutlineMap, { global: { provide: provideSlides().provide } })
    const links = w.findAll('.om-slides a')
    expect(links.map(a => [a.text(), a.attributes('href')])).toEqual([['2', `#${slideAnchorId(2)}`], ['3', `#${slideAnchorId(3)}`]])
    expect(w.findAll('.om-slides button')).toHaveLength(0)
  })
})
