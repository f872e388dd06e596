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
  { id: 'rd', label: '研发', value: 0.92, outline: '1.2', note: '集群缺少上游研发环节；文章主张龙头企业设研发中心，并与高校、科研机构产学研合作。' },
  { id: 'design', label: '设计', value: 0.78, outline: '1.2', note: '集群“缺乏上游研发设计环节”；向这一端功能升级，会触动国际大买家的利益而受阻挠。' },
  { id: 'procurement', label: '采购', value: 0.46, outline: '2.1.1', note: '文章只在“合作竞争”里提到：同行企业可以联合采购。' },
  { id: 'manufacturing', label: '制造/组装', value: 0.12, outline: '1.1.2', note: '集群以低成本代工嵌入，只承接附加值较低的非核心环节；大买家仅扶持工艺与产品升级。' },
  { id: 'logistics', label: '物流', value: 0.4, outline: null, note: '原文未展开：文章没有谈到物流环节。' },
  { id: 'marketing', label: '营销', value: 0.64, outline: '1.2', note: '集群仅集中在专业市场销售，缺少向下游市场营销的延伸；文章建议企业共同开发市场。' },
  { id: 'brand', label: '品牌', value: 0.9, outline: '1.2', note: '集群缺少品牌构建与经营环节；向价值链两端攀升正是大买家阻挠的功能升级。' },
  { id: 'aftersales', label: '售后', value: 0.8, outline: '1.2', note: '集群缺少下游售后服务环节的延伸。' },
]

/** The states the presenter steps through, in click order. */
export type SmilePhase = 'position' | 'captive' | 'upgraded'
export const SMILE_PHASES: readonly { id: SmilePhase, label: string }[] = [
  { id: 'position', label: '所处位置' },
  { id: 'captive', label: '俘获：两端受阻' },
  { id: 'upgraded', label: '升级后' },
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
  /** Short Chinese caption. */
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
  selected: Stage
  /** Chinese messages for unusable input; empty when the input was fine. */
  issues: string[]
}

const CAPTIVE_MOVES: UpgradeMove[] = [
  { kind: 'process-product', from: 'manufacturing', to: 'manufacturing', allowed: true, caption: '工艺/产品升级：大买家选择性帮助' },
  { kind: 'functional', from: 'manufacturing', to: 'design', allowed: false, caption: '大买家阻挠' },
  { kind: 'functional', from: 'manufacturing', to: 'brand', allowed: false, caption: '大买家阻挠' },
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
    issues.push(`阶段参数 ${params.phase} 超出 0–${last}，已改为 ${phaseIndex}。`)
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
  return { phase, phaseIndex, occupied, moves: moves.map(m => ({ ...m })), selected, issues }
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
