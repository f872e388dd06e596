/** Layout rules of components/OutlineMap.vue (outline node → slide numbers). */

/** Columns the outline map can flow into. */
export const MIN_COLUMNS = 1
export const MAX_COLUMNS = 3

/** Columns chosen from the number of rows: 1 up to 9 nodes, 2 up to 36, else 3 (one line per node). */
export function autoColumns(rowCount: number): number {
  return rowCount <= 9 ? 1 : rowCount <= 36 ? 2 : 3
}

export interface ColumnsResult {
  /** Columns to use, an integer in [MIN_COLUMNS, MAX_COLUMNS]. */
  value: number
  /** Chinese message when the `columns` prop was unusable and was replaced; undefined otherwise. */
  issue?: string
}

/**
 * The column count for the outline map: the `columns` prop when it is an integer 1–3, otherwise a usable
 * value with the reason. Not given → automatic; not a finite number → automatic; out of range or not an
 * integer → rounded and clamped to 1–3.
 */
export function resolveColumns(columns: unknown, rowCount: number): ColumnsResult {
  const auto = autoColumns(rowCount)
  if (columns === undefined || columns === null)
    return { value: auto }
  if (typeof columns !== 'number')
    return { value: auto, issue: `列数参数应为数字，写作 :columns="2"（收到${JSON.stringify(columns)}），已按节点数自动取${auto}列。` }
  if (!Number.isFinite(columns))
    return { value: auto, issue: `列数参数无效（${String(columns)}），已按节点数自动取${auto}列。` }
  const value = Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, Math.round(columns)))
  if (value === columns)
    return { value }
  const why = Number.isInteger(columns) ? `超出${MIN_COLUMNS}～${MAX_COLUMNS}` : `不是整数`
  return { value, issue: `列数参数${columns}${why}，已改为${value}。` }
}
