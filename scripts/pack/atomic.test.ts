import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { temporaryPath, writeFileAtomic } from './atomic'

describe('writeFileAtomic', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'deck-atomic-'))
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('should replace the file whole and leave no temporary file', () => {
    const file = join(dir, '会议包.zip')
    writeFileAtomic(file, 'old')
    writeFileAtomic(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['会议包.zip'])
  })

  it('should leave nothing behind when the rename fails', () => {
    const file = join(dir, 'taken')
    mkdirSync(file)
    mkdirSync(join(file, 'inside'))
    expect(() => writeFileAtomic(file, 'data')).toThrow()
    expect(existsSync(temporaryPath(file))).toBe(false)
    expect(readdirSync(dir)).toEqual(['taken'])
  })
})
