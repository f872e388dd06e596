import type { Paragraph } from './model'
import { describe, expect, it } from 'vitest'
import { autospaceBoundaries, cellMargin, firstLineShift, GLYPH_CENTRE_EM, itemFrames, paragraphSlack, roomRight, stacked, textFrame } from './textLayout'

/** A one-line body paragraph at (52, 104), 876 px wide, 19.52 px text on a 1.7 line height. */
function para(over: Partial<Paragraph> = {}): Paragraph {
  const size = over.size ?? 19.52
  return {
    x: 52,
    y: 104,
    w: 876,
    h: 33.184,
    runs: [{ text: '正文', size, bold: false, italic: false, color: '1F2933', role: 'sans', spacing: 0.2 }],
    align: 'left',
    lineHeight: 33.184,
    size,
    role: 'sans',
    level: 0,
    textLeft: 0,
    lines: [{ text: '正文', width: 40, first: size, trim: 0 }],
    ...over,
  }
}

describe('firstLineShift', () => {
  it('should move text up by half of any extra line height', () => {
    expect(firstLineShift(para({ lineHeight: 43.184 })) - firstLineShift(para())).toBeCloseTo(5)
  })

  it('should need no correction when the line is exactly the glyph box LibreOffice centres', () => {
    const size = 20
    expect(firstLineShift(para({ size, lineHeight: 2 * GLYPH_CENTRE_EM.sans * size }))).toBeCloseTo(0)
  })
})

describe('stacked', () => {
  it('should tell a flow of paragraphs from pieces side by side', () => {
    expect(stacked([para(), para({ y: 146 })])).toBe(true)
    expect(stacked([para({ w: 40 }), para({ x: 100, w: 40 })])).toBe(false)
  })
})

describe('textFrame', () => {
  it('should start a bare frame at the corrected first line and keep each paragraph where Chromium put it', () => {
    const a = para()
    const b = para({ y: 146 })
    const frame = textFrame([a, b])
    expect(frame.box.y).toBeCloseTo(a.y - firstLineShift(a))
    expect(frame.box.x).toBe(52)
    expect(frame.margin).toEqual({ top: 0, right: 0, bottom: 0, left: 0 })
    // Second line box starts 146 − shift; the first ends at 104 − shift + 33.184.
    expect(frame.paragraphs[1]!.spaceBefore).toBeCloseTo(146 - 104 - 33.184)
    expect(frame.box.h).toBeCloseTo(146 + 33.184 - 104)
  })

  it('should let a bullet hang left of the text by the marker\'s offset', () => {
    const li = para({ textLeft: 21, bullet: { kind: 'square', color: 'B5322B', size: 8, markerLeft: 2 } })
    const frame = textFrame([li])
    expect(frame.box.x).toBe(54)
    expect(frame.paragraphs[0]!.marginLeft).toBe(19)
    expect(frame.paragraphs[0]!.indent).toBe(-19)
  })

  it('should keep a card\'s text inside the card, its margins the distances Chromium shows', () => {
    const card = { x: 52, y: 96, w: 300, h: 60 }
    const p = para({ x: 69, y: 113, w: 266 })
    const frame = textFrame([p], card, 'middle')
    expect(frame.box).toBe(card)
    expect(frame.anchor).toBe('middle')
    expect(frame.margin.left).toBeCloseTo(17)
    expect(frame.margin.right).toBeCloseTo(17)
    expect(frame.margin.top).toBeCloseTo(113 - firstLineShift(p) - 96)
  })

  it('should refuse an empty frame', () => {
    expect(() => textFrame([])).toThrow()
  })
})

describe('itemFrames', () => {
  it('should give side-by-side pieces a frame each and a flow one frame', () => {
    const item = { kind: 'shape' as const, x: 52, y: 100, w: 876, h: 40 }
    expect(itemFrames({ ...item, paragraphs: [para({ w: 40 }), para({ x: 100, w: 40 })] })).toHaveLength(2)
    expect(itemFrames({ ...item, paragraphs: [para(), para({ y: 146 })] })).toHaveLength(1)
    expect(itemFrames(item)).toEqual([])
  })
})

describe('autospaceBoundaries', () => {
  it('should count the places where Chinese meets Latin letters, digits or the middle dot', () => {
    expect(autospaceBoundaries('2017年8月11日')).toBe(5)
    expect(autospaceBoundaries('出路探析 · 简报')).toBe(2)
    expect(autospaceBoundaries('横向“扎堆”，纵向残缺')).toBe(0)
    expect(autospaceBoundaries('Slidev')).toBe(0)
  })
})

describe('paragraphSlack', () => {
  it('should widen a one-line box for LibreOffice\'s autospace and trimmed punctuation', () => {
    const p = para({ w: 100, lines: [{ text: '共2017年', width: 100, first: 19.52, trim: 9.76 }] })
    expect(paragraphSlack(p)).toBeGreaterThan(9.76 + 2 * 0.25 * 19.52)
  })

  it('should never let a line take the next line\'s first character', () => {
    const p = para({ w: 100, lines: [{ text: '一二三四五', width: 98, first: 19.52, trim: 9.76 }, { text: '六', width: 19.52, first: 19.52, trim: 0 }] })
    expect(paragraphSlack(p)).toBeLessThan(98 + 19.52 - 100)
  })

  it('should give a short line in a wide box nothing', () => {
    expect(paragraphSlack(para())).toBe(0)
  })
})

describe('roomRight', () => {
  it('should stop at the nearest block to the right on the same rows, else at the slide edge', () => {
    const item = { x: 52, y: 100, w: 200, h: 30 }
    expect(roomRight(item, [], 980)).toBe(728)
    expect(roomRight(item, [{ x: 300, y: 110, w: 50, h: 10 }, { x: 280, y: 200, w: 10, h: 10 }], 980)).toBe(48)
  })
})

describe('cellMargin', () => {
  it('should move a cell\'s text up by the first-line correction without changing the cell\'s height', () => {
    const p = para()
    const m = cellMargin({ top: 4.8, right: 9.6, bottom: 4.8, left: 9.6 }, [p])
    expect(m.top + m.bottom).toBeCloseTo(9.6)
    expect(m.top).toBeCloseTo(Math.max(0, 4.8 - firstLineShift(p)))
  })
})
