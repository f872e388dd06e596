import type { Measure, NetworkLink, NetworkNode } from './clusterNetwork'

/**
 * A schematic cluster and the international buyer outside it: one actor per kind the article names (four peer
 * firms, one supplier today), positions for a 520 × 390 drawing. The kinds come from the article; the numbers,
 * the positions and today's ties are the briefing's assumptions (the slide says so). Not survey data.
 * A second supplier, the technology-innovation platform and the industry association join the cluster only with
 * the measure that brings them in (`introducedBy`).
 */
export const CLUSTER_NODES: readonly NetworkNode[] = [
  { id: 'buyer', label: '国际大买家', kind: 'buyer', local: false, x: 260, y: 26 },
  { id: 'leader', label: '龙头企业', kind: 'leader', local: true, x: 260, y: 205 },
  { id: 'firmA', label: '同行企业A', kind: 'firm', local: true, x: 150, y: 140 },
  { id: 'firmB', label: '同行企业B', kind: 'firm', local: true, x: 370, y: 140 },
  { id: 'firmC', label: '同行企业C', kind: 'firm', local: true, x: 380, y: 265 },
  { id: 'firmD', label: '同行企业D', kind: 'firm', local: true, x: 140, y: 265 },
  { id: 'supplier1', label: '配套企业甲', kind: 'supplier', local: true, x: 52, y: 200 },
  { id: 'supplier2', label: '引进配套企业乙', kind: 'supplier', local: true, x: 468, y: 200, introducedBy: 'localSupply' },
  { id: 'platform', label: '技术创新平台', kind: 'platform', local: true, x: 60, y: 92, introducedBy: 'platform' },
  { id: 'association', label: '行业协会', kind: 'association', local: true, x: 468, y: 92, introducedBy: 'platform' },
  { id: 'university', label: '高校', kind: 'university', local: true, x: 80, y: 340 },
  { id: 'institute', label: '科研机构', kind: 'institute', local: true, x: 200, y: 340 },
  { id: 'intermediary', label: '科技机构', kind: 'intermediary', local: true, x: 320, y: 340 },
  { id: 'finance', label: '金融机构', kind: 'finance', local: true, x: 440, y: 340 },
]

const link = (source: string, target: string): NetworkLink => ({ source, target })

/**
 * Today, as the article describes it (一(一), 一(二)): every firm tied to the buyer, one local supply tie
 * ("少量供应分工体系"), no cooperation among local firms or with institutions.
 */
export const TODAY_LINKS: readonly NetworkLink[] = [
  link('leader', 'buyer'),
  link('firmA', 'buyer'),
  link('firmB', 'buyer'),
  link('firmC', 'buyer'),
  link('firmD', 'buyer'),
  link('supplier1', 'firmA'),
]

/** The article's measures (section 二), in the order the presenter switches them on. */
export const CLUSTER_MEASURES: readonly Measure[] = [
  {
    // 首先: peer firms and firms up and down the chain cooperate ("产业链上下游企业甚至同行企业之间").
    id: 'coopetition',
    label: '合作竞争',
    outline: '2.1.1',
    links: [
      link('firmA', 'firmB'),
      link('firmB', 'firmC'),
      link('firmC', 'firmD'),
      link('firmD', 'firmA'),
      link('supplier1', 'firmD'),
      link('supplier1', 'leader'),
    ],
  },
  {
    // 其次: 招商引资 brings in a new supplier, which joins the local production system.
    id: 'localSupply',
    label: '产业配套本地化',
    outline: '2.1.2',
    links: [link('supplier2', 'leader'), link('supplier2', 'firmB'), link('supplier2', 'firmC')],
  },
  {
    // 另外: the core firm leads a vertical division of labour.
    id: 'coreFirm',
    label: '核心企业主导',
    outline: '2.1.3',
    links: [link('leader', 'firmA'), link('leader', 'firmB'), link('leader', 'firmC'), link('leader', 'firmD')],
  },
  {
    // 最后: the government develops the platform (政策引导、资金支持、市场化运作) and the association, which then link
    // firms, research institutions and universities.
    id: 'platform',
    label: '技术创新平台、行业协会',
    outline: '2.1.4',
    links: [
      link('platform', 'leader'),
      link('platform', 'firmA'),
      link('platform', 'firmD'),
      link('platform', 'university'),
      link('platform', 'institute'),
      link('association', 'leader'),
      link('association', 'firmA'),
      link('association', 'firmB'),
      link('association', 'firmC'),
      link('association', 'platform'),
    ],
  },
  {
    // 二(二): 产、学、研 and the knowledge-based service institutions (科技机构 as the bridge, 金融机构 for funds).
    id: 'knowledge',
    label: '产、学、研与知识型服务机构',
    outline: '2.2.2, 2.2.3',
    links: [
      link('university', 'leader'),
      link('institute', 'leader'),
      link('university', 'firmD'),
      link('institute', 'firmC'),
      link('intermediary', 'university'),
      link('intermediary', 'institute'),
      link('intermediary', 'leader'),
      link('intermediary', 'firmC'),
      link('finance', 'leader'),
      link('finance', 'firmB'),
      link('finance', 'firmC'),
    ],
  },
]
