/** The size limit of what `npm run pack` writes, and the one-line message when something is over it. */
import type { PackPart } from './inline'
import { formatBytes } from '../export/exportArgs'

/** Largest file `npm run pack` writes (the one-file HTML, the meeting zip): 8 MB, so it still goes by mail. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024

/**
 * Undefined when `total` is within `limit`; otherwise one line with the size and the three largest parts,
 * e.g. `产业集群升级简报.html 为 9.1 MB，超过上限 8.0 MB。最大的三部分：脚本 4.0 MB、…`.
 */
export function oversizeMessage(label: string, total: number, parts: readonly PackPart[], limit = MAX_PACK_BYTES): string | undefined {
  if (total <= limit)
    return undefined
  const largest = [...parts].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map(p => `${p.name} ${formatBytes(p.bytes)}`)
  return `${label} 为 ${formatBytes(total)}，超过上限 ${formatBytes(limit)}。最大的三部分：${largest.join('、')}。`
}
