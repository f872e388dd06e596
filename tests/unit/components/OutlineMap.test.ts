// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import OutlineMap from '../../../components/OutlineMap.vue'
import { outline } from '../../../content/outline'
import { autoColumns } from '../../../logic/outlineMap'
import { slideAnchorId } from '../../../logic/slideLinks'
import { slidevHost } from './slidev'

/** A deck with one slide per outline node, in outline order. */
const deck = () => slidevHost(0, { slides: outline.map((n, i) => ({ no: i + 1, meta: { slide: { frontmatter: { outline: n.id } } } })) })

describe('OutlineMap', () => {
  afterEach(() => vi.restoreAllMocks())

  it('should use a valid columns prop silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = mount(OutlineMap, { props: { columns: 2 }, global: deck().global })
    expect(w.find('ol').attributes('style')).toContain('column-count: 2')
    expect(w.find('[role="alert"]').exists()).toBe(false)
    expect(w.findAll('li')).toHaveLength(outline.length)
    expect(warn).not.toHaveBeenCalled()
  })

  it('should show a corrected columns prop on the slide and warn once, not once per render', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = mount(OutlineMap, { props: { columns: Number.NaN }, global: deck().global })
    const auto = autoColumns(outline.length)
    const message = `列数参数无效（NaN），已按节点数自动取${auto}列。`
    expect(w.find('ol').attributes('style')).toContain(`column-count: ${auto}`)
    expect(w.find('[role="alert"]').text()).toBe(`⚠ ${message}`)
    await w.setProps({ columns: Number.NaN })
    await nextTick()
    expect(warn.mock.calls).toEqual([[`[OutlineMap] ${message}`]])
    await w.setProps({ columns: 7 })
    expect(w.find('[role="alert"]').text()).toBe('⚠ 列数参数7超出1～3，已改为3。')
    expect(warn).toHaveBeenCalledTimes(2)
  })

  it('should list each node\'s slides and go to one when its number is pressed', async () => {
    const go = vi.fn()
    const w = mount(OutlineMap, { global: slidevHost(0, { slides: [{ no: 4, meta: { slide: { frontmatter: { outline: '1.1' } } } }], go }).global })
    const row = w.findAll('li').find(li => li.find('.om-id').text() === '1.1')!
    await row.find('button').trigger('click')
    expect(go).toHaveBeenCalledWith(4)
    expect(w.findAll('.om-missing').length).toBe(outline.length - 1)
  })

  it('should list every node as without a slide outside Slidev', () => {
    const w = mount(OutlineMap)
    expect(w.findAll('.om-missing')).toHaveLength(outline.length)
  })
})

/** Three slides, the last two presenting the first outline node, as Slidev's routes describe them. */
function threeSlides(go = vi.fn()) {
  const id = outline[0]!.id
  const slides = [1, 2, 3].map(no => ({ no, meta: { slide: { frontmatter: { outline: no === 1 ? 'none' : id } } } }))
  return { go, global: slidevHost(0, { slides, go }).global }
}

describe('OutlineMap slide numbers', () => {
  afterEach(() => {
    history.replaceState(null, '', '/')
  })

  it('should be buttons that go to the slide in the live deck', async () => {
    const { go, global } = threeSlides()
    const w = mount(OutlineMap, { global })
    const buttons = w.findAll('.om-slides button')
    expect(buttons.map(b => b.text())).toEqual(['2', '3'])
    expect(w.findAll('.om-slides a')).toHaveLength(0)
    await buttons[1]!.trigger('click')
    expect(go).toHaveBeenCalledWith(3)
  })

  it('should be links to each slide\'s anchor on Slidev\'s print page', () => {
    history.replaceState(null, '', '/?print=true#/print')
    const w = mount(OutlineMap, { global: threeSlides().global })
    const links = w.findAll('.om-slides a')
    expect(links.map(a => [a.text(), a.attributes('href')])).toEqual([['2', `#${slideAnchorId(2)}`], ['3', `#${slideAnchorId(3)}`]])
    expect(w.findAll('.om-slides button')).toHaveLength(0)
  })
})
