/** One node of an article outline: the shape of content/outline.ts, read by the traceability check and the outline map. */
export interface OutlineNode {
  /** Stable dotted id: '0' preamble, '1', '1.1', '2.1.3' … */
  id: string
  /** Depth in the outline tree, 1 = top-level part (the preamble '0' is level 1 too) */
  level: number
  /** Short title, at most ~30 characters */
  title: string
  /** Id of the parent node, null for top-level nodes */
  parent: string | null
}
