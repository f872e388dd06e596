// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ImitationDilemma from '../../../components/ImitationDilemma.vue'
import { simulateImitation } from '../../../logic/illustrations/imitation'
import { slidevHost } from './slidev'

const headline = (w: ReturnType<typeof mount>) => w.find('[data-figure="rate"]').text()
const sliders = (w: ReturnType<typeof mount>) => w.findAll('input[type="range"]')
const pct = (ipProtection: number, imitators: number) => `${Math.round(simulateImitation({ ipProtection, imitators }).innovationRate * 100)}%`

describe('ImitationDilemma', () => {
  afterEach(() => vi.restoreAllMocks())

  it('should tell the three-step story: alone, swarm, protected', () => {
    const alone = mount(ImitationDilemma, { props: { step: 0 } })
    expect(alone.text()).toContain('示意模型，非统计数据')
    expect(headline(alone)).toBe('100%')
    const swarm = mount(ImitationDilemma, { props: { step: 1 } })
    expect(headline(swarm)).toBe('0%')
    expect(swarm.find('[data-empty]').exists()).toBe(true)
    const guarded = mount(ImitationDilemma, { props: { step: 2 } })
    expect(headline(guarded)).toBe(pct(0.9, 8))
    expect(guarded.text()).toContain('0.90（滞后7期）')
  })

  it('should show the final preset outside Slidev and in print', () => {
    expect(headline(mount(ImitationDilemma))).toBe(pct(0.9, 8))
    const { global } = slidevHost(0, { isPrintMode: true })
    expect(headline(mount(ImitationDilemma, { global }))).toBe(pct(0.9, 8))
  })

  it('should follow Slidev clicks', async () => {
    const { context, global } = slidevHost(0)
    const w = mount(ImitationDilemma, { global })
    expect(headline(w)).toBe('100%')
    context.value.current = 1
    await nextTick()
    expect(headline(w)).toBe('0%')
  })

  it('should update the headline and charts as the sliders move', async () => {
    const w = mount(ImitationDilemma, { props: { step: 1 } })
    await sliders(w)[0]!.setValue('0.5')
    expect(w.text()).toContain('0.50（滞后4期）')
    expect(headline(w)).toBe(pct(0.5, 8))
    expect(w.findAll('rect[data-innovated="true"]').length).toBe(Math.round(simulateImitation({ ipProtection: 0.5, imitators: 8 }).innovationRate * 40))
    const before = Number.parseInt(headline(w))
    await sliders(w)[1]!.setValue('20')
    expect(w.text()).toContain('20家')
    expect(Number.parseInt(headline(w))).toBeLessThanOrEqual(before)
    expect(w.findAll('button.chip').every(b => b.attributes('aria-pressed') === 'false')).toBe(true)
  })

  it('should jump to a preset from its button', async () => {
    const w = mount(ImitationDilemma, { props: { step: 1 } })
    await w.findAll('button.chip')[0]!.trigger('click')
    expect(headline(w)).toBe('100%')
    expect(w.findAll('button.chip')[0]!.attributes('aria-pressed')).toBe('true')
  })

  it('should not let a clicker\'s PageUp move a focused slider', () => {
    const w = mount(ImitationDilemma, { props: { step: 2 }, attachTo: document.body })
    const slider = sliders(w)[0]!.element as HTMLInputElement
    slider.focus()
    const event = new KeyboardEvent('keydown', { key: 'PageUp', bubbles: true, cancelable: true })
    slider.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(document.activeElement).not.toBe(slider)
    w.unmount()
  })

  it('should name the sliders in Chinese with a spoken value', () => {
    const w = mount(ImitationDilemma, { props: { step: 2 } })
    expect(sliders(w).map(s => s.attributes('aria-label'))).toEqual(['知识产权保护强度', '模仿者数量'])
    expect(sliders(w)[1]!.attributes('aria-valuetext')).toBe('8家')
  })

  it('should clamp bad slider values, show why and warn once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = mount(ImitationDilemma, { props: { step: 2, ipProtection: Number.NaN, imitators: 99 } })
    await nextTick()
    const alert = w.find('[role="alert"]').text()
    expect(alert).toContain('知识产权保护强度无效（NaN），已改为0。')
    expect(alert).toContain('模仿者数量99超出0～20（整数），已改为20。')
    expect(headline(w)).toBe('0%')
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
