// The README is what a colleague or IT follows: it must not drift from the project it describes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { KEY_HELP } from '../../content/keyHelp'
import { fromRoot } from '../../scripts/shared/projectRoot'

const readme = readFileSync(fromRoot('README.md'), 'utf8')
const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts: Record<string, string> }

describe('the README', () => {
  it('should open with the install, present and test commands', () => {
    const head = readme.slice(0, 400)
    expect(head).toMatch(/npm install/)
    expect(head).toMatch(/npm run dev/)
    expect(head).toMatch(/npm test/)
  })

  it('should document every script a user runs (pre-hooks aside)', () => {
    const scripts = Object.keys(pkg.scripts).filter(name => !name.startsWith('pre') && !name.startsWith('post'))
    for (const name of scripts) {
      const shown = name === 'test' ? /npm test/ : new RegExp(`npm run ${name.replace(':', '\\:')}\\b`)
      expect(readme, `README 没有说明 npm run ${name}`).toMatch(shown)
    }
  })

  it('should show the nginx configuration exactly as hosting/nginx.conf has it', () => {
    const block = readme.match(/```nginx\n([\s\S]*?)\n```/)
    expect(block, 'README 中没有 nginx 配置块').not.toBeNull()
    const conf = readFileSync(fromRoot('hosting/nginx.conf'), 'utf8').trimEnd()
    expect(block![1]).toBe(conf)
  })

  it('should list the presenting keys exactly as the on-screen help does (content/keyHelp.ts)', () => {
    const rows = KEY_HELP.map(r => `| ${r.keys.map(k => `\`${k}\``).join(r.sequence ? '，再按 ' : ' 或 ')} | ${r.action} |`)
    expect(readme).toContain(['| 按键 | 作用 |', '| --- | --- |', ...rows].join('\n'))
  })

  it('should keep no unfilled placeholder', () => {
    expect(readme).not.toMatch(/[A-Z_]+_PLACEHOLDER/)
  })
})
