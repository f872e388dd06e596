/** Stages of the value chain, left (upstream) to right (downstream). */
export type StageId = 'rd' | 'design' | 'procurement' | 'manufacturing' | 'logistics' | 'marketing' | 'brand' | 'aftersales'

export interface Stage {
  /** Stable id. */
  id: StageId
  /** Chinese name shown on the slide. */
  label: string
  /** Illustrative value added, unitless, 0 (lowest) – 1 (highest); shapes the curve only, never shown as a number. */
  value: number
  /** One line paraphrasing what the article says about this stage (or that it says nothing). */
  note: string
  /** Article outline node the note comes from, or null when the article does not discuss the stage. */
  outline: string | null
}

/** The smile curve's stages; values are a schematic U shape with its trough at manufacturing. */
export const STAGES: readonly Stage[] = [
  { id: 'rd', label: '研发', value: 0.92, outline: '1.2', note: '集群缺乏上游研发设计环节；原文主张龙头企业主动设立研发中心，构建产、学、研一体化。' },
  { id: 'design', label: '设计', value: 0.78, outline: '1.2', note: '集群“缺乏上游研发设计环节”；向这一端进行功能转型，与国际大买家的利益冲突，受到极力阻挠。' },
  { id: 'procurement', label: '采购', value: 0.46, outline: '2.1.1', note: '原文只在“合作竞争”中提到：上下游企业甚至同行企业之间可以联合采购。' },
  { id: 'manufacturing', label: '制造/组装', value: 0.12, outline: '1.1.2', note: '集群以低成本代工嵌入，承接附加值较低的非核心部分；国际大买家“有选择性的提供技术帮助”，集群在工艺与产品上得到升级。' },
  { id: 'logistics', label: '物流', value: 0.4, outline: null, note: '原文未展开：文章没有谈到物流环节。' },
  { id: 'marketing', label: '营销', value: 0.64, outline: '1.2', note: '集群仅集中于专业市场销售环节，缺少下游市场营销的延伸；原文主张企业共同开发市场。' },
  { id: 'brand', label: '品牌', value: 0.9, outline: '1.2', note: '集群缺少品牌构建与经营环节的延伸；向价值链两端攀升的功能转型受到国际大买家的极力阻挠。' },
  { id: 'aftersales', label: '售后', value: 0.8, outline: '1.2', note: '集群缺少下游售后服务环节的延伸。' },
]

/** The states the presenter steps through, in click order. */
export type SmilePhase = 'position' | 'captive' | 'upgraded'
export const SMILE_PHASES: readonly { id: SmilePhase, label: string }[] = [
  { id: 'position', label: '所处位置' },
  { id: 'captive', label: '俘获：两端受阻' },
  { id: 'upgraded', label: '实现功能转型' },
]

/** A move of the cluster along (or up) the chain. */
export interface UpgradeMove {
  /** In-place process/product upgrading, or a functional move towards an end of the chain. */
  kind: 'process-product' | 'functional'
  /** Stage the move starts from. */
  from: StageId
  /** Stage the move aims at (equal to `from` for an in-place upgrade). */
  to: StageId
  /** False when the buyer blocks the move. */
  allowed: boolean
  /** Short Chinese caption; a line break splits it into two lines. */
  caption: string
}

export interface SmileCurveParams {
  /** Step index into {@link SMILE_PHASES}, integer 0–2; other values are clamped and reported. */
  phase: number
  /** Id of the selected stage; unknown ids fall back to manufacturing and are reported. */
  selected?: string
}

export interface SmileCurveResult {
  phase: SmilePhase
  /** Index of `phase` in {@link SMILE_PHASES}, 0–2. */
  phaseIndex: number
  /** Stages the cluster occupies in this phase. */
  occupied: StageId[]
  moves: UpgradeMove[]
  /** Caption under the cluster's marker. */
  clusterLabel: string
  selected: Stage
  /** Chinese messages for unusable input; empty when the input was fine. */
  issues: string[]
}

const CAPTIVE_MOVES: UpgradeMove[] = [
  { kind: 'process-product', from: 'manufacturing', to: 'manufacturing', allowed: true, caption: '工艺与产品升级\n（有选择性的技术帮助）' },
  { kind: 'functional', from: 'manufacturing', to: 'design', allowed: false, caption: '国际大买家阻挠' },
  { kind: 'functional', from: 'manufacturing', to: 'brand', allowed: false, caption: '国际大买家阻挠' },
]
const UPGRADED_MOVES: UpgradeMove[] = [
  { kind: 'functional', from: 'manufacturing', to: 'design', allowed: true, caption: '向研发设计攀升' },
  { kind: 'functional', from: 'manufacturing', to: 'brand', allowed: true, caption: '向营销品牌攀升' },
]

/** Find a stage by id, or undefined. */
export function findStage(id: string): Stage | undefined {
  return STAGES.find(s => s.id === id)
}

/** State of the smile-curve illustration for a phase and a selected stage. */
export function smileCurveState(params: SmileCurveParams): SmileCurveResult {
  const issues: string[] = []
  const last = SMILE_PHASES.length - 1
  const phaseIndex = Number.isFinite(params.phase) ? Math.min(last, Math.max(0, Math.round(params.phase))) : 0
  if (!Number.isFinite(params.phase))
    issues.push(`阶段参数无效（${String(params.phase)}），已显示第一步。`)
  else if (phaseIndex !== params.phase)
    issues.push(`阶段参数${params.phase}超出0～${last}，已改为${phaseIndex}。`)
  const phase = SMILE_PHASES[phaseIndex]!.id

  let selected = findStage(params.selected ?? 'manufacturing')
  if (!selected) {
    issues.push(`未知环节“${String(params.selected)}”，已改选“制造/组装”。`)
    selected = findStage('manufacturing')!
  }

  const occupied: StageId[] = phase === 'upgraded'
    ? ['rd', 'design', 'manufacturing', 'marketing', 'brand', 'aftersales']
    : ['manufacturing']
  const moves = phase === 'position' ? [] : phase === 'captive' ? CAPTIVE_MOVES : UPGRADED_MOVES
  const clusterLabel = phase === 'upgraded' ? '集群（向两端延伸）' : '集群（代工）'
  return { phase, phaseIndex, occupied, moves: moves.map(m => ({ ...m })), clusterLabel, selected, issues }
}

export interface Point {
  x: number
  y: number
}

/** Place stage values in a box: stage i at the centre of its column, value 1 at the top. */
export function curvePoints(values: readonly number[], width: number, height: number, padTop = 0): Point[] {
  const n = values.length
  const w = Number.isFinite(width) && width > 0 ? width : 0
  const h = Number.isFinite(height) && height > padTop ? height - padTop : 0
  return values.map((v, i) => {
    const value = Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0
    return { x: ((i + 0.5) / n) * w, y: padTop + (1 - value) * h }
  })
}

/** A smooth SVG path through the points (Catmull–Rom converted to cubic Béziers); '' for no points. */
export function smoothPath(points: readonly Point[]): string {
  if (points.length === 0)
    return ''
  const f = (n: number) => Number(n.toFixed(2))
  let d = `M${f(points[0]!.x)},${f(points[0]!.y)}`
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]!
    const p1 = points[i]!
    const p2 = points[i + 1]!
    const p3 = points[Math.min(points.length - 1, i + 2)]!
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 }
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 }
    d += ` C${f(c1.x)},${f(c1.y)} ${f(c2.x)},${f(c2.y)} ${f(p2.x)},${f(p2.y)}`
  }
  return d
}

export interface ArcArrow {
  /** SVG path of the arc (a quadratic Bézier). */
  d: string
  /** SVG polygon points of the arrowhead at the end. */
  head: string
  /** Point halfway along the arc (for a caption or a barrier mark). */
  mid: Point
}

/**
 * An arrow from `from` to `to` arcing `lift` units above the higher end (a straight line when `lift` is 0);
 * `size` is the arrowhead length.
 */
export function arcArrow(from: Point, to: Point, lift: number, size = 10): ArcArrow {
  const f = (n: number) => Number(n.toFixed(2))
  const c = { x: (from.x + to.x) / 2, y: lift > 0 ? Math.min(from.y, to.y) - lift : (from.y + to.y) / 2 }
  const dx = to.x - c.x
  const dy = to.y - c.y
  const len = Math.hypot(dx, dy) || 1
  const u = { x: dx / len, y: dy / len }
  const base = { x: to.x - u.x * size, y: to.y - u.y * size }
  const half = size / 2
  const head = [to, { x: base.x - u.y * half, y: base.y + u.x * half }, { x: base.x + u.y * half, y: base.y - u.x * half }]
  return {
    d: `M${f(from.x)},${f(from.y)} Q${f(c.x)},${f(c.y)} ${f(to.x)},${f(to.y)}`,
    head: head.map(p => `${f(p.x)},${f(p.y)}`).join(' '),
    mid: { x: (from.x + 2 * c.x + to.x) / 4, y: (from.y + 2 * c.y + to.y) / 4 },
  }
}

/** An upgrade move with its arrow geometry. */
export type MoveShape = UpgradeMove & ArcArrow

/**
 * Arrows for the moves over the curve `points` (one per stage, in {@link STAGES} order): an in-place upgrade
 * rises straight up from its stage (14 to 78 units above it); a functional move arcs from beside the stage
 * (or from the tip of an in-place upgrade, when there is one) to just above the target's point.
 */
export function layoutMoves(moves: readonly UpgradeMove[], points: readonly Point[]): MoveShape[] {
  const at = (id: StageId) => points[STAGES.findIndex(s => s.id === id)]
  const lifted = new Set(moves.filter(m => m.from === m.to).map(m => m.from))
  return moves.flatMap((move) => {
    const from = at(move.from)
    const to = at(move.to)
    if (!from || !to)
      return []
    if (move.from === move.to)
      return [{ ...move, ...arcArrow({ x: from.x, y: from.y - 14 }, { x: from.x, y: from.y - 78 }, 0) }]
    const side = Math.sign(to.x - from.x)
    const startY = from.y - (lifted.has(move.from) ? 78 : 14)
    return [{ ...move, ...arcArrow({ x: from.x + 14 * side, y: startY }, { x: to.x, y: to.y - 16 }, 30) }]
  })
}
