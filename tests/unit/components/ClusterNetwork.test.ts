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
    expect(onCount(w)).toBe(0)
    // 1 local link of 78 possible pairs; 11 of 13 actors without a local partner; 1 of 6 links local.
    expect(figure(w, 'density')).toBe('0.013')
    expect(figure(w, 'averageDegree')).toBe('0.15')
    expect(figure(w, 'isolated')).toBe('11 / 13')
    expect(figure(w, 'internalShare')).toBe('17%')
    expect(figure(w, 'averagePath')).toBe('1.00 步')
    expect(w.findAll('line[data-internal="false"]')).toHaveLength(5)
    expect(w.findAll('[data-node][data-isolated="true"]')).toHaveLength(11)
  })

  it('should show the dense network with every measure on, outside Slidev', () => {
    const w = mount(ClusterNetwork)
    expect(onCount(w)).toBe(5)
    expect(figure(w, 'density')).toBe('0.449')
    expect(figure(w, 'isolated')).toBe('0 / 13')
    expect(figure(w, 'internalShare')).toBe('88%')
  })

  it('should recompute the figures when a measure is toggled', async () => {
    const w = mount(ClusterNetwork, { props: { step: 0 } })
    await toggles(w)[0]!.trigger('click')
    expect(toggles(w)[0]!.attributes('aria-pressed')).toBe('true')
    // The accessible name is the visible text (axe: label-content-name-mismatch); aria-pressed carries the state.
    expect(toggles(w)[0]!.attributes('aria-label')).toBeUndefined()
    expect(toggles(w)[0]!.text()).toContain('合作竞争')
    // Co-opetition adds the ring A–B–C–D: 5 local links, 5 actors linked, 5 of 10 links local.
    expect(figure(w, 'density')).toBe('0.064')
    expect(figure(w, 'isolated')).toBe('8 / 13')
    expect(figure(w, 'internalShare')).toBe('50%')
    await toggles(w)[0]!.trigger('click')
    expect(figure(w, 'density')).toBe('0.013')
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
    expect(figure(w, 'density')).toBe('0.064')
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('should clamp an out-of-range step and say so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = mount(ClusterNetwork, { props: { step: -3 } })
    expect(w.find('[role="alert"]').text()).toContain('步骤参数 -3 超出 0–5，已改为 0。')
    expect(onCount(w)).toBe(0)
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
