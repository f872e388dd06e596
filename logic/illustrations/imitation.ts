/** Conjugate golden ratio: multiples of it, taken mod 1, spread evenly over [0, 1) (a deterministic "random" sequence). */
const GOLDEN = 0.6180339887498949

export interface ImitationParams {
  /** Strength of IP protection, unitless, 0 (none) – 1 (full). */
  ipProtection: number
  /** Number of followers that imitate each new product, integer 0–20. */
  imitators: number
  /** Periods simulated, integer 1–200; default 40. */
  periods?: number
  /** Periods a new product sells, integer 1–50; default 8. */
  productLife?: number
  /** Imitation lag at full protection, periods, integer 0–50; default 8. The lag is round(ipProtection × maxLag). */
  maxLag?: number
  /** Cheapest R&D project, profit units (one unit = a product's profit per period while the leader sells it alone), 0–100; default 1. */
  minCost?: number
  /** Dearest R&D project, profit units, minCost–100; default 8. */
  maxCost?: number
}

/** Parameters after defaults and clamping. */
export type ResolvedImitationParams = Required<ImitationParams>

export interface ImitationResult {
  params: ResolvedImitationParams
  /** Periods before followers copy a new product, integer 0 – maxLag. */
  lag: number
  /** Profit the leader expects from one new product over its life, profit units, ≥ 0. */
  expectedReturn: number
  /** R&D cost of the project available in each period, profit units. */
  costs: number[]
  /** Whether the leader innovated in each period. */
  innovated: boolean[]
  /** Leader's profit in each period after R&D spending, profit units (negative in a costly launch period). */
  leaderProfit: number[]
  /** Profit of each imitator in each period, profit units, ≥ 0. */
  imitatorProfit: number[]
  /** Leader's profit summed up to and including each period, profit units. */
  leaderCumulative: number[]
  /** One imitator's profit summed up to and including each period, profit units, ≥ 0. */
  imitatorCumulative: number[]
  /** Share of periods in which the leader innovated, 0–1. */
  innovationRate: number
  /** Leader's profit summed over all periods, profit units. */
  leaderTotal: number
  /** One imitator's profit summed over all periods, profit units, ≥ 0. */
  imitatorTotal: number
  /** Chinese messages for unusable input; empty when the input was fine. */
  issues: string[]
}

export const IMITATION_DEFAULTS: Omit<ResolvedImitationParams, 'ipProtection' | 'imitators'> = {
  periods: 40,
  productLife: 8,
  maxLag: 8,
  minCost: 1,
  maxCost: 8,
}

/** Slider settings for each click step: the leader alone, followers pile in, IP protection strengthened. */
export const IMITATION_PRESETS: readonly { ipProtection: number, imitators: number, caption: string }[] = [
  { ipProtection: 0, imitators: 0, caption: '无人模仿' },
  { ipProtection: 0, imitators: 8, caption: '一哄而上' },
  { ipProtection: 0.9, imitators: 8, caption: '加强保护' },
]

/** The two slider values the viewer sees, and the preset they still match. */
export interface ImitationSettings {
  /** IP-protection slider, 0–1 (unchecked: the simulation clamps and reports). */
  ipProtection: number
  /** Imitator slider, 0–20 (unchecked, as above). */
  imitators: number
  /** Index in IMITATION_PRESETS the values came from, or null once a slider has moved away from it. */
  preset: number | null
}

/** The settings of preset `index`; a value in `fixed` (a component prop) replaces the preset's. */
export function presetSettings(index: number, fixed: { ipProtection?: number, imitators?: number } = {}): ImitationSettings {
  const p = IMITATION_PRESETS[index]!
  return { ipProtection: fixed.ipProtection ?? p.ipProtection, imitators: fixed.imitators ?? p.imitators, preset: index }
}

/** The settings after a slider moved: the preset stays marked only while both values still equal its own. */
export function moveSlider(settings: ImitationSettings, change: { ipProtection?: number, imitators?: number }): ImitationSettings {
  const next = { ...settings, ...change }
  const p = settings.preset === null ? undefined : IMITATION_PRESETS[settings.preset]
  const still = p !== undefined && p.ipProtection === next.ipProtection && p.imitators === next.imitators
  return { ...next, preset: still ? settings.preset : null }
}

const FIELD_NAMES: Record<keyof ImitationParams, string> = {
  ipProtection: '知识产权保护强度',
  imitators: '模仿者数量',
  periods: '模拟期数',
  productLife: '产品寿命',
  maxLag: '最长模仿滞后',
  minCost: '最低研发成本',
  maxCost: '最高研发成本',
}

/** Apply defaults, clamp to range, round integer fields; report every changed field in Chinese. */
export function resolveImitationParams(params: ImitationParams): { params: ResolvedImitationParams, issues: string[] } {
  const issues: string[] = []
  const take = (key: keyof ImitationParams, fallback: number, min: number, max: number, integer: boolean): number => {
    const raw = params[key]
    if (raw === undefined)
      return fallback
    if (typeof raw !== 'number' || !Number.isFinite(raw)) {
      issues.push(`${FIELD_NAMES[key]}无效（${String(raw)}），已改为${fallback}。`)
      return fallback
    }
    const value = Math.min(max, Math.max(min, integer ? Math.round(raw) : raw))
    if (value !== raw)
      issues.push(`${FIELD_NAMES[key]}${raw}超出${min}～${max}${integer ? '（整数）' : ''}，已改为${value}。`)
    return value
  }
  const d = IMITATION_DEFAULTS
  const ipProtection = take('ipProtection', 0, 0, 1, false)
  const imitators = take('imitators', 0, 0, 20, true)
  const periods = take('periods', d.periods, 1, 200, true)
  const productLife = take('productLife', d.productLife, 1, 50, true)
  const maxLag = take('maxLag', d.maxLag, 0, 50, true)
  const minCost = take('minCost', d.minCost, 0, 100, false)
  const maxCost = take('maxCost', Math.max(d.maxCost, minCost), minCost, 100, false)
  return { params: { ipProtection, imitators, periods, productLife, maxLag, minCost, maxCost }, issues }
}

/** Periods of exclusive sales before followers copy: round(ipProtection × maxLag). */
export function imitationLag(ipProtection: number, maxLag: number): number {
  return Math.round(ipProtection * maxLag)
}

/** Per-period profit of one seller of a product at a given age (periods since launch). */
function shareAt(age: number, lag: number, life: number, imitators: number): { leader: number, imitator: number } {
  if (age < 0 || age >= life)
    return { leader: 0, imitator: 0 }
  if (age < lag)
    return { leader: 1, imitator: 0 }
  const split = 1 / (1 + imitators)
  return { leader: split, imitator: imitators > 0 ? split : 0 }
}

/**
 * Simulate the leader's innovation decisions (the model behind slide 16, "示意：模仿越容易，创新越少").
 *
 * One leader and k imitators, 40 periods by default. Each period one R&D project is on offer, its cost taken
 * from an evenly spread deterministic sequence between minCost and maxCost (1–8 profit units; no random numbers,
 * so every run is the same). A new product sells for 8 periods (`productLife`), earning the leader 1 unit a period
 * while it sells alone. Followers copy it after a lag ℓ = round(ipProtection × 8) periods (0: copied at once;
 * 1: never copied within its life); from then on each of the 1 + k sellers earns 1 ÷ (1 + k) a period.
 * The leader launches the product when its expected return
 *
 *   R = ℓ + (8 − ℓ) ÷ (1 + k)
 *
 * exceeds the period's cost; the innovation rate is launches ÷ 40. Weaker protection or more imitators lower R,
 * so the rate can only fall or stay. Left out: price wars that shrink total profit, imitators' own R&D,
 * reputation and learning, market growth, and the cost of enforcing protection.
 */
export function simulateImitation(input: ImitationParams): ImitationResult {
  const { params, issues } = resolveImitationParams(input)
  const { ipProtection, imitators, periods, productLife, maxLag, minCost, maxCost } = params
  const lag = imitationLag(ipProtection, maxLag)
  const exclusive = Math.min(lag, productLife)
  const expectedReturn = exclusive + (productLife - exclusive) / (1 + imitators)

  const costs: number[] = []
  const innovated: boolean[] = []
  const leaderProfit: number[] = []
  const imitatorProfit: number[] = []
  const launches: number[] = []
  for (let t = 0; t < periods; t++) {
    const cost = minCost + (maxCost - minCost) * (((t + 1) * GOLDEN) % 1)
    const launch = expectedReturn > cost
    costs.push(cost)
    innovated.push(launch)
    if (launch)
      launches.push(t)
    let leader = launch ? -cost : 0
    let imitator = 0
    for (const start of launches) {
      const share = shareAt(t - start, lag, productLife, imitators)
      leader += share.leader
      imitator += share.imitator
    }
    leaderProfit.push(leader)
    imitatorProfit.push(imitator)
  }
  const running = (xs: number[]) => {
    let total = 0
    return xs.map(x => (total += x))
  }
  const leaderCumulative = running(leaderProfit)
  const imitatorCumulative = running(imitatorProfit)
  return {
    params,
    lag,
    expectedReturn,
    costs,
    innovated,
    leaderProfit,
    imitatorProfit,
    leaderCumulative,
    imitatorCumulative,
    innovationRate: launches.length / periods,
    leaderTotal: leaderCumulative.at(-1) ?? 0,
    imitatorTotal: imitatorCumulative.at(-1) ?? 0,
    issues,
  }
}

/** Innovation rate at `samples` evenly spaced protection levels from 0 to 1 (other parameters fixed). */
export function innovationCurve(input: Omit<ImitationParams, 'ipProtection'>, samples = 21): { ipProtection: number, rate: number }[] {
  const n = Number.isFinite(samples) ? Math.min(201, Math.max(2, Math.round(samples))) : 21
  return Array.from({ length: n }, (_, i) => {
    const ipProtection = i / (n - 1)
    return { ipProtection, rate: simulateImitation({ ...input, ipProtection }).innovationRate }
  })
}
