// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ClusterNetwork from '../../../components/ClusterNetwork.vue'
import { slidevHost } from './slidev'

const figure = (w: ReturnType<typeof mount>, key: string) => w.find(`[data-metric="${key}"] dd`).text()
const toggles = (w: ReturnType<typeof mount>) => w.findAll('button.measure')
const onCount = (w: ReturnType<typeof mount>) => toggles(w).filter(b => b.attributes('aria-pressed') === 'true').length

describe('ClusterNetwork', () => {
  afterEach(() => vi.restoreAllMocks())

  it('should show today\'s thin network and its figures at step 0', () => {
    const w = mount(ClusterNetwork, { props: { step: 0 } })
    expect(w.text()).toContain('示意模型，非统计数据')
    expect(w.text()).toContain('示意假设')
    expect(onCount(w)).toBe(0)
    // 10 actors today (the attracted supplier, the platform and the association come later): 1 local link of
    // 45 possible pairs; 8 of 10 actors without a local partner; 1 of 6 links local.
    expect(w.findAll('[data-node]')).toHaveLength(11)
    expect(figure(w, 'density')).toBe('0.022')
    expect(figure(w, 'averageDegree')).toBe('0.20')
    expect(figure(w, 'isolated')).toBe('8/10')
    expect(figure(w, 'internalShare')).toBe('17%')
    expect(w.findAll('line[data-internal="false"]')).toHaveLength(5)
    expect(w.findAll('[data-node][data-isolated="true"]')).toHaveLength(8)
  })

  it('should show no average-path figure and no outline codes on the toggles', () => {
    const w = mount(ClusterNetwork, { props: { step: 0 } })
    expect(w.findAll('[data-metric]').map(d => d.attributes('data-metric'))).toEqual(['density', 'averageDegree', 'isolated', 'internalShare'])
    expect(w.text()).not.toMatch(/最短路径/)
    for (const b of toggles(w))
      expect(b.text()).not.toMatch(/\d\.\d/)
  })

  it('should draw the attracted supplier only once 配套本地化 is on', async () => {
    const w = mount(ClusterNetwork, { props: { step: 1 } })
    expect(w.find('[data-node="supplier2"]').exists()).toBe(false)
    await w.setProps({ step: 2 })
    expect(w.find('[data-node="supplier2"]').exists()).toBe(true)
    expect(w.find('[data-label="supplier2"]').text()).toBe('引进配套企业乙')
  })

  it('should show the dense network with every measure on, outside Slidev', () => {
    const w = mount(ClusterNetwork)
    expect(onCount(w)).toBe(5)
    expect(figure(w, 'density')).toBe('0.449')
    expect(figure(w, 'isolated')).toBe('0/13')
    expect(figure(w, 'internalShare')).toBe('88%')
  })

  it('should recompute the figures when a measure is toggled', async () => {
    const w = mount(ClusterNetwork, { props: { step: 0 } })
    await toggles(w)[0]!.trigger('click')
    expect(toggles(w)[0]!.attributes('aria-pressed')).toBe('true')
    // The accessible name is the visible text (axe: label-content-name-mismatch); aria-pressed carries the state.
    expect(toggles(w)[0]!.attributes('aria-label')).toBeUndefined()
    expect(toggles(w)[0]!.text()).toContain('合作竞争')
    // Co-opetition adds the ring A–B–C–D and ties the supplier to D and the leader: 7 local links of 45 pairs,
    // 6 of 10 actors linked, 7 of 12 links local.
    expect(figure(w, 'density')).toBe('0.156')
    expect(figure(w, 'isolated')).toBe('4/10')
    expect(figure(w, 'internalShare')).toBe('58%')
    await toggles(w)[0]!.trigger('click')
    expect(figure(w, 'density')).toBe('0.022')
  })

  it('should switch on the first k measures at click k', async () => {
    const { context, global } = slidevHost(2)
    const w = mount(ClusterNetwork, { global })
    expect(toggles(w).map(b => b.attributes('aria-pressed'))).toEqual(['true', 'true', 'false', 'false', 'false'])
    context.value.current = 5
    await nextTick()
    expect(onCount(w)).toBe(5)
  })

  it('should show every measure on when exporting without clicks', () => {
    const { global } = slidevHost(0, { isPrintMode: true })
    expect(onCount(mount(ClusterNetwork, { global }))).toBe(5)
  })

  it('should move focus along the toggles with the arrow keys', async () => {
    const w = mount(ClusterNetwork, { props: { step: 0 }, attachTo: document.body })
    await toggles(w)[1]!.trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement).toBe(toggles(w)[2]!.element)
    await toggles(w)[0]!.trigger('keydown', { key: 'ArrowUp' })
    expect(document.activeElement).toBe(toggles(w)[4]!.element)
    w.unmount()
  })

  it('should report unknown measure ids visibly, warn once and still draw the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = mount(ClusterNetwork, { props: { measures: ['coopetition', 'nope'] } })
    await nextTick()
    expect(w.find('[role="alert"]').text()).toContain('未知措施“nope”，已忽略。')
    expect(figure(w, 'density')).toBe('0.156')
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('should clamp an out-of-range step and say so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = mount(ClusterNetwork, { props: { step: -3 } })
    expect(w.find('[role="alert"]').text()).toContain('步骤参数-3超出0～5，已改为0。')
    expect(onCount(w)).toBe(0)
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
