import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LATIN_FONT_DIR, writeLatinFontconfig } from '../browser/launch'
import { freePort, PortTakenError, printedSlideShowUrl, reportsPortTaken, withFreePort } from '../browser/ports'

describe('withFreePort', () => {
  it('should start again on a new port when the server reports its port taken, and pass other errors on', async () => {
    const tried: number[] = []
    const port = await withFreePort(async (p) => {
      tried.push(p)
      if (tried.length < 3)
        throw new PortTakenError(p, 'bind() failed (98: Address already in use)')
      return p
    })
    expect(tried).toHaveLength(3)
    expect(port).toBe(tried[2])
    expect(tried.every(p => Number.isInteger(p) && p > 0 && p < 65536)).toBe(true)
    await expect(withFreePort(async () => {
      throw new Error('config broken')
    })).rejects.toThrow('config broken')
    await expect(withFreePort(async (p) => {
      throw new PortTakenError(p, 'in use')
    }, 2)).rejects.toThrow(/no free port after 2 attempts/)
  })

  it('should hand out a port nobody holds', async () => {
    const port = await freePort()
    const server = createServer()
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
    expect(server.address()).toMatchObject({ address: '127.0.0.1', port })
    await new Promise<void>(resolve => server.close(() => resolve()))
  })
})

describe('reportsPortTaken', () => {
  it('should recognise nginx, Node and Vite bind failures only', () => {
    expect(reportsPortTaken('nginx: [emerg] bind() to 127.0.0.1:39779 failed (98: Address already in use)')).toBe(true)
    expect(reportsPortTaken('Error: listen EADDRINUSE: address already in use 127.0.0.1:3030')).toBe(true)
    expect(reportsPortTaken('Error: Port 42757 is already in use\n    at httpServerStart')).toBe(true)
    expect(reportsPortTaken('nginx: [emerg] unknown directive "lisen"')).toBe(false)
    expect(reportsPortTaken('Error: Cannot find module slides.md')).toBe(false)
  })
})

describe('printedSlideShowUrl', () => {
  it('should read the URL Slidev prints once it listens, with or without colours', () => {
    const plain = '\n  Slidev  v52.20.1\n\n  theme       default\n  public slide show   > http://localhost:41234/\n  presenter mode      > http://localhost:41234/#/presenter/\n'
    expect(printedSlideShowUrl(plain)).toBe('http://localhost:41234/')
    expect(printedSlideShowUrl('\u001B[2m  public slide show \u001B[22m  > \u001B[36mhttp://localhost:\u001B[1m3031\u001B[22m/\u001B[39m\n')).toBe('http://localhost:3031/')
    expect(printedSlideShowUrl('  Slidev  v52.20.1\n  theme       default\n')).toBeUndefined()
  })
})

describe('writeLatinFontconfig', () => {
  it('should list only the Latin font folder, so Chromium cannot find a CJK system font', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-fc-'))
    try {
      const text = readFileSync(writeLatinFontconfig(dir), 'utf8')
      expect([...text.matchAll(/<dir>([^<]+)<\/dir>/g)].map(m => m[1])).toEqual([LATIN_FONT_DIR])
      expect(text).not.toMatch(/<include/)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
