import type { Measure, NetworkLink, NetworkNode } from './clusterNetwork'

/**
 * A schematic cluster (one actor per kind the article names, four SMEs, two suppliers) and the
 * international buyer outside it. Positions are for a 520 × 390 drawing. Not survey data.
 */
export const CLUSTER_NODES: readonly NetworkNode[] = [
  { id: 'buyer', label: '国际大买家', kind: 'buyer', local: false, x: 260, y: 26 },
  { id: 'leader', label: '龙头企业', kind: 'leader', local: true, x: 260, y: 205 },
  { id: 'smeA', label: '中小企业A', kind: 'sme', local: true, x: 150, y: 140 },
  { id: 'smeB', label: '中小企业B', kind: 'sme', local: true, x: 370, y: 140 },
  { id: 'smeC', label: '中小企业C', kind: 'sme', local: true, x: 380, y: 265 },
  { id: 'smeD', label: '中小企业D', kind: 'sme', local: true, x: 140, y: 265 },
  { id: 'supplier1', label: '配套企业甲', kind: 'supplier', local: true, x: 52, y: 200 },
  { id: 'supplier2', label: '配套企业乙', kind: 'supplier', local: true, x: 468, y: 200 },
  { id: 'platform', label: '服务平台', kind: 'platform', local: true, x: 52, y: 92 },
  { id: 'association', label: '行业协会', kind: 'association', local: true, x: 468, y: 92 },
  { id: 'university', label: '高校', kind: 'university', local: true, x: 80, y: 340 },
  { id: 'institute', label: '科研院所', kind: 'institute', local: true, x: 200, y: 340 },
  { id: 'intermediary', label: '科技机构', kind: 'intermediary', local: true, x: 320, y: 340 },
  { id: 'finance', label: '金融机构', kind: 'finance', local: true, x: 440, y: 340 },
]

const link = (source: string, target: string): NetworkLink => ({ source, target })

/**
 * Today, as the article describes it (1.1, 1.2): every firm tied to the buyer, one local supply tie
 * ("少量供应分工体系"), no cooperation among local firms or with institutions.
 */
export const TODAY_LINKS: readonly NetworkLink[] = [
  link('leader', 'buyer'),
  link('smeA', 'buyer'),
  link('smeB', 'buyer'),
  link('smeC', 'buyer'),
  link('smeD', 'buyer'),
  link('supplier1', 'smeA'),
]

/** The article's measures (section 二), in the order the presenter switches them on. */
export const CLUSTER_MEASURES: readonly Measure[] = [
  {
    id: 'coopetition',
    label: '合作竞争',
    outline: '2.1.1',
    links: [link('smeA', 'smeB'), link('smeB', 'smeC'), link('smeC', 'smeD'), link('smeD', 'smeA')],
  },
  {
    id: 'localSupply',
    label: '配套本地化',
    outline: '2.1.2',
    links: [link('supplier1', 'smeD'), link('supplier1', 'leader'), link('supplier2', 'smeB'), link('supplier2', 'smeC')],
  },
  {
    id: 'coreFirm',
    label: '核心企业主导',
    outline: '2.1.3',
    links: [link('leader', 'smeA'), link('leader', 'smeB'), link('leader', 'smeC'), link('leader', 'smeD'), link('leader', 'supplier2')],
  },
  {
    id: 'platform',
    label: '服务平台·协会',
    outline: '2.1.4',
    links: [
      link('platform', 'leader'),
      link('platform', 'smeA'),
      link('platform', 'smeD'),
      link('platform', 'university'),
      link('platform', 'institute'),
      link('association', 'leader'),
      link('association', 'smeA'),
      link('association', 'smeB'),
      link('association', 'smeC'),
      link('association', 'platform'),
    ],
  },
  {
    id: 'knowledge',
    label: '产学研·科技·金融',
    outline: '2.2.2, 2.2.3',
    links: [
      link('university', 'leader'),
      link('institute', 'leader'),
      link('university', 'smeD'),
      link('institute', 'smeC'),
      link('intermediary', 'university'),
      link('intermediary', 'institute'),
      link('intermediary', 'leader'),
      link('intermediary', 'smeC'),
      link('finance', 'leader'),
      link('finance', 'smeB'),
      link('finance', 'smeC'),
    ],
  },
]
