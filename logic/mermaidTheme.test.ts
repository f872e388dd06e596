import { describe, expect, it, vi } from 'vitest'
import { deckMermaidConfig, DIAGRAM_FONT_SPECS, waitForFonts } from './mermaidTheme'
import { DECK_PALETTE } from './palette'

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('deckMermaidConfig', () => {
  const config = deckMermaidConfig()
  const v = config.themeVariables as Record<string, string>

  it('should use the customisable base theme with the deck font first', () => {
    expect(config.theme).toBe('base')
    expect(config.fontFamily?.startsWith('"Deck Sans"')).toBe(true)
    expect(v.fontFamily).toBe(config.fontFamily)
  })

  it('should only use hex colours, so Mermaid can derive the shades it needs', () => {
    for (const [key, value] of Object.entries(v)) {
      if (/Colou?r$|Bkg$|Border$|^background$/.test(key))
        expect(value, key).toMatch(/^#[0-9a-f]{6}$/)
    }
  })

  it('should give label text at least 4.5:1 contrast on every fill it sits on (WCAG AA)', () => {
    const pairs: Array<[string, string]> = [
      [v.primaryTextColor, v.primaryColor],
      [v.secondaryTextColor, v.secondaryColor],
      [v.tertiaryTextColor, v.tertiaryColor],
      [v.textColor, v.clusterBkg],
      [v.textColor, v.edgeLabelBackground],
      [v.noteTextColor, v.noteBkgColor],
    ]
    for (const [fg, bg] of pairs)
      expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5)
  })

  it('should draw node borders and lines visibly against white (3:1 for graphics)', () => {
    for (const c of [v.primaryBorderColor, v.secondaryBorderColor, v.lineColor, v.clusterBorder])
      expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3)
    expect(contrast(v.clusterBorder, v.clusterBkg), 'subgraph frame on its own fill').toBeGreaterThanOrEqual(3)
  })

  it('should colour text, borders and notes with the deck palette', () => {
    expect(v.primaryTextColor).toBe(DECK_PALETTE.primary)
    expect(v.primaryBorderColor).toBe(DECK_PALETTE.primary)
    expect(v.secondaryBorderColor).toBe(DECK_PALETTE.accent)
    expect(v.lineColor).toBe(DECK_PALETTE.muted)
    expect(v.noteBorderColor).toBe(DECK_PALETTE.gold)
  })
})

describe('waitForFonts', () => {
  it('should load every spec and report loaded', async () => {
    const load = vi.fn(async (_font: string, _text?: string) => [])
    await expect(waitForFonts({ load }, DIAGRAM_FONT_SPECS, 1000)).resolves.toBe('loaded')
    expect(load.mock.calls.map(c => c[0])).toEqual([...DIAGRAM_FONT_SPECS])
  })

  it('should give up after the timeout instead of blocking diagrams forever', async () => {
    vi.useFakeTimers()
    try {
      const pending = waitForFonts({ load: () => new Promise(() => {}) }, ['16px "X"'], 500)
      await vi.advanceTimersByTimeAsync(501)
      await expect(pending).resolves.toBe('timeout')
    }
    finally {
      vi.useRealTimers()
    }
  })

  it('should report failed, not throw, when a face fails or there is no font API', async () => {
    const failing = async (): Promise<never> => {
      throw new Error('network')
    }
    await expect(waitForFonts({ load: failing }, ['16px "X"'], 1000)).resolves.toBe('failed')
    await expect(waitForFonts(undefined, ['16px "X"'], 1000)).resolves.toBe('failed')
  })
})

describe('setup/mermaid.ts', () => {
  it('should return the deck config only after the deck fonts have loaded', async () => {
    const order: string[] = []
    vi.stubGlobal('document', { fonts: { load: async (spec: string) => {
      await new Promise(r => setTimeout(r, 5))
      order.push(spec)
      return []
    } } })
    try {
      const setup = (await import('../setup/mermaid')).default
      const config = await setup()
      order.push('config')
      expect(order).toEqual([...DIAGRAM_FONT_SPECS, 'config'])
      // what Slidev hands to Mermaid: the base theme, the deck font and the deck palette
      expect(config).toMatchObject({ theme: 'base', fontFamily: '"Deck Sans", sans-serif', themeVariables: { textColor: DECK_PALETTE.primary } })
    }
    finally {
      vi.unstubAllGlobals()
    }
  })
})
