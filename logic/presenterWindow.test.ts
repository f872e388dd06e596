import { describe, expect, it } from 'vitest'
import { openPresenterWindow, PRESENTER_WINDOW_NAME, presenterUrl } from './presenterWindow'

describe('presenterUrl', () => {
  it('should turn an audience slide URL into the presenter URL of the same slide and click step', () => {
    expect(presenterUrl('file:///media/u/简报.html#/7?clicks=2')).toBe('file:///media/u/简报.html#/presenter/7?clicks=2')
    expect(presenterUrl('http://h/briefings/cluster/#/12')).toBe('http://h/briefings/cluster/#/presenter/12')
  })

  it('should open slide 1 for a page opened without a route (a double-clicked file)', () => {
    expect(presenterUrl('file:///d/deck.html')).toBe('file:///d/deck.html#/presenter/1')
    expect(presenterUrl('file:///d/deck.html#/')).toBe('file:///d/deck.html#/presenter/1')
  })

  it('should give nothing on the presenter view itself or on other Slidev pages', () => {
    expect(presenterUrl('file:///d/deck.html#/presenter/3')).toBeUndefined()
    expect(presenterUrl('file:///d/deck.html#/overview')).toBeUndefined()
    expect(presenterUrl('file:///d/deck.html#/presenter/print')).toBeUndefined()
  })
})

describe('openPresenterWindow', () => {
  it('should open the presenter URL in the one named window', () => {
    const opened: [string, string][] = []
    const host = { location: { href: 'file:///d/deck.html#/4' }, open: (url: string, target: string) => opened.push([url, target]) }
    expect(openPresenterWindow(host)).toBe(true)
    expect(opened).toEqual([['file:///d/deck.html#/presenter/4', PRESENTER_WINDOW_NAME]])
  })

  it('should open nothing from the presenter view', () => {
    const opened: string[] = []
    expect(openPresenterWindow({ location: { href: 'file:///d/deck.html#/presenter/4' }, open: url => opened.push(url) })).toBe(false)
    expect(opened).toEqual([])
  })
})
