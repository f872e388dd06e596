import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Absolute path of this project's root (the folder with package.json and slides.md), no trailing separator. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** An absolute path inside the project, e.g. `fromRoot('public', 'fonts')`. */
export function fromRoot(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts)
}
