/** Write a file so that it either appears whole or not at all: a temporary name beside it, then a rename. */
import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Temporary name next to `path` (same folder, so the rename cannot cross file systems). */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
}

/** Write `data` to `path` through {@link temporaryPath}; on any error nothing is left behind. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = temporaryPath(path)
  try {
    writeFileSync(temp, data)
    renameSync(temp, path)
  }
  catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
