// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import SmileCurve from '../../../components/SmileCurve.vue'
import { slidevHost } from './slidev'

const pressed = (w: ReturnType<typeof mount>, cls: string) => w.findAll(`button.${cls}`).filter(b => b.attributes('aria-pressed') === 'true').map(b => b.text())

describe('SmileCurve', () => {
  afterEach(() => vi.restoreAllMocks())

  it('should show the final state and the model label outside Slidev', () => {
    const w = mount(SmileCurve)
    expect(w.text()).toContain('示意模型，非统计数据')
    expect(pressed(w, 'chip')).toEqual(['3.实现功能转型'])
    expect(w.findAll('[data-move][data-allowed="true"]').map(g => g.attributes('data-move'))).toEqual(['design', 'brand'])
  })

  it('should draw the cluster at the trough with no moves at step 0', () => {
    const w = mount(SmileCurve, { props: { step: 0 } })
    expect(w.findAll('[data-move]')).toHaveLength(0)
    expect(w.findAll('circle[data-occupied="true"]').map(c => c.attributes('data-stage'))).toEqual(['manufacturing'])
    expect(w.text()).toContain('集群（代工）')
  })

  it('should draw the captive state: in-place upgrade allowed, both ends blocked', () => {
    const w = mount(SmileCurve, { props: { step: 1 } })
    expect(w.findAll('[data-move][data-allowed="false"]').map(g => g.attributes('data-move'))).toEqual(['design', 'brand'])
    expect(w.findAll('[data-move][data-allowed="true"]').map(g => g.attributes('data-move'))).toEqual(['manufacturing'])
    expect(w.text()).toContain('大买家阻挠')
    expect(w.findAll('[data-barrier]')).toHaveLength(2)
  })

  it('should follow Slidev clicks and reset a manual phase when the clicks move', async () => {
    const { context, global } = slidevHost(0)
    const w = mount(SmileCurve, { global })
    expect(pressed(w, 'chip')).toEqual(['1.所处位置'])
    context.value.current = 1
    await nextTick()
    expect(pressed(w, 'chip')).toEqual(['2.俘获：两端受阻'])
    await w.findAll('button.chip')[2]!.trigger('click')
    expect(pressed(w, 'chip')).toEqual(['3.实现功能转型'])
    context.value.current = 0
    await nextTick()
    expect(pressed(w, 'chip')).toEqual(['1.所处位置'])
  })

  it('should show the final state when exporting without clicks', () => {
    const { global } = slidevHost(0, { isPrintMode: true })
    expect(pressed(mount(SmileCurve, { global }), 'chip')).toEqual(['3.实现功能转型'])
    const withClicks = slidevHost(1, { isPrintMode: true, isPrintWithClicks: true })
    expect(pressed(mount(SmileCurve, { global: withClicks.global }), 'chip')).toEqual(['2.俘获：两端受阻'])
  })

  it('should show the article\'s line for a clicked stage, and say so when the article is silent', async () => {
    const w = mount(SmileCurve, { props: { step: 0 } })
    expect(w.find('.note').text()).toContain('制造/组装')
    await w.find('button[aria-label="设计：查看原文说法"]').trigger('click')
    expect(pressed(w, 'stage')).toEqual(['设计'])
    expect(w.find('.note').text()).toContain('缺乏上游研发设计环节')
    await w.find('button[aria-label="物流：查看原文说法"]').trigger('click')
    expect(w.find('.note').text()).toContain('原文未展开')
  })

  it('should move selection and focus with the arrow keys', async () => {
    const w = mount(SmileCurve, { props: { step: 0 }, attachTo: document.body })
    const stages = w.findAll('button.stage')
    await stages[3]!.trigger('keydown', { key: 'ArrowRight' })
    expect(pressed(w, 'stage')).toEqual(['物流'])
    expect(document.activeElement).toBe(stages[4]!.element)
    await stages[0]!.trigger('keydown', { key: 'ArrowLeft' })
    expect(pressed(w, 'stage')).toEqual(['售后'])
    w.unmount()
  })

  it('should let a clicker\'s PageDown through: focus leaves the control and its default is cancelled', () => {
    const w = mount(SmileCurve, { props: { step: 0 }, attachTo: document.body })
    const chip = w.find('button.chip').element as HTMLButtonElement
    chip.focus()
    const event = new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, cancelable: true })
    chip.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(document.activeElement).not.toBe(chip)
    w.unmount()
  })

  it('should give every control a Chinese accessible name', () => {
    const w = mount(SmileCurve)
    for (const group of w.findAll('[role="group"]'))
      expect(group.attributes('aria-label')).toMatch(/[\u4E00-\u9FFF]/)
    for (const b of w.findAll('button'))
      expect(b.attributes('aria-label') ?? b.text()).toMatch(/[\u4E00-\u9FFF]/)
  })

  it('should report bad input visibly and warn exactly once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = mount(SmileCurve, { props: { step: 9, initialStage: 'mining' } })
    await nextTick()
    const alert = w.find('[role="alert"]')
    expect(alert.text()).toContain('步骤参数9超出0～2，已改为2。')
    expect(alert.text()).toContain('未知环节“mining”')
    expect(pressed(w, 'chip')).toEqual(['3.实现功能转型'])
    expect(w.find('.note').text()).toContain('制造/组装')
    expect(warn).toHaveBeenCalledTimes(1)
  })

  it('should report a NaN step without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const w = mount(SmileCurve, { props: { step: Number.NaN } })
    expect(w.find('[role="alert"]').text()).toContain('NaN')
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
