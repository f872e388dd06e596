/**
 * Everything that makes slide 1 appear sooner, as one entry for vite.config.ts: the cover prerendered into
 * index.html (./cover) and the unused runtime kept out of the first load (./leanRuntime.ts). Build only.
 */
import type { Plugin } from 'vite'
import { coverPrerender } from './cover/index.ts'
import { leanRuntime } from './leanRuntime.ts'

export function deckFirstPaint(): Plugin[] {
  return [coverPrerender(), leanRuntime()]
}
