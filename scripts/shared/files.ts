import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'

/** Folder names never walked into: installed packages and anything hidden (caches, VCS, editor files). */
function skipped(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.')
}

/**
 * Every file under `root/rel` (or `rel` itself when it is a file), as `/`-separated paths relative to `root`,
 * sorted. Skips `node_modules` and hidden entries; a missing `rel` gives an empty list.
 */
export function listFiles(root: string, rel = ''): string[] {
  const out: string[] = []
  const visit = (path: string): void => {
    const abs = join(root, path)
    if (!existsSync(abs))
      return
    if (!statSync(abs).isDirectory()) {
      out.push(path)
      return
    }
    for (const name of readdirSync(abs)) {
      if (!skipped(name))
        visit(path ? posix.join(path, name) : name)
    }
  }
  visit(rel.split('\\').join('/'))
  return out.sort()
}

/** Write a file through a temporary sibling and a rename, so a reader never sees half of it. */
export function writeAtomic(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, path)
}
