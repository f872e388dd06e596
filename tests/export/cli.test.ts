import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/shared/projectRoot'

interface Exit { code: number | null, stdout: string, stderr: string }

function exportScript(args: string[], env: NodeJS.ProcessEnv): Promise<Exit> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/export/index.ts', ...args], { cwd: PROJECT_ROOT, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
    })
  })
}

describe('scripts/export/index.ts failures', () => {
  it('should stop with one line naming the variable when CHROMIUM_PATH points at nothing', async () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-cli-'))
    try {
      const r = await exportScript(['pdf', '--out-dir', out], { ...process.env, CHROMIUM_PATH: join(out, 'no-such-chrome') })
      expect(r.code).toBe(1)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain('CHROMIUM_PATH')
      expect(r.stderr).not.toMatch(/^\s+at /m)
      expect(readdirSync(out)).toEqual([])
    }
    finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('should stop with the usage line for an unknown export kind', async () => {
    const r = await exportScript(['docx'], process.env)
    expect(r.code).toBe(1)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('pdf|notes|pptx')
  })

  it('should stop with one line, not a stack trace, when the output folder cannot be made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deck-cli-'))
    try {
      const blocker = join(dir, 'a-file')
      writeFileSync(blocker, '')
      const r = await exportScript(['pdf', '--out-dir', join(blocker, 'exports')], process.env)
      expect(r.code).toBe(1)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain('导出失败')
      expect(r.stderr).not.toMatch(/^\s+at /m)
    }
    finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.each(['--per-page 5', '--per-page six', '--per-page=0', '--per-page'])('should refuse handout %s with one line listing the choices, exit 2, and write nothing', async (option) => {
    const args = option.split(' ')
    const out = mkdtempSync(join(tmpdir(), 'deck-cli-'))
    try {
      const r = await exportScript(['handout', ...args, '--out-dir', out], process.env)
      expect(r.code).toBe(2)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain('1、2、3、4 或 6')
      expect(readdirSync(out)).toEqual([])
    }
    finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('should stop the handout with the same one-line Chromium message as the other exports', async () => {
    const out = mkdtempSync(join(tmpdir(), 'deck-cli-'))
    try {
      const env = { ...process.env, CHROMIUM_PATH: join(out, 'no-such-chrome') }
      const [pdf, handout] = await Promise.all([exportScript(['pdf', '--out-dir', out], env), exportScript(['handout', '--notes', '--out-dir', out], env)])
      expect(handout.code).toBe(1)
      expect(handout.stderr.trim().split('\n')).toHaveLength(1)
      expect(handout.stderr).toBe(pdf.stderr)
      expect(readdirSync(out)).toEqual([])
    }
    finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
