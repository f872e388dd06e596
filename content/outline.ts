import type { OutlineNode } from '../logic/outline'

/**
 * The outline of 《地方产业集群升级的困境与出路探析》 (大观区统计局, 2017年8月11日), in document order.
 * Ids follow the article's numbering (as scripts/scaffold/outline/ reads it). Titles are in the article's own words: its
 * headings where they fit (at most 24 characters), otherwise phrases taken from the node's text and joined with
 * "，" (tests/unit/outline.test.ts checks every phrase against the article).
 * Slides name these ids in their `outline:` frontmatter; tests/unit/traceability.test.ts checks the deck against them.
 */
export const outline: OutlineNode[] = [
  { id: '0', level: 1, title: '引言：外生型模式，缺乏根植性', parent: null },
  { id: '1', level: 1, title: '我国产业集群升级现状：陷入两难困境', parent: null },
  { id: '1.1', level: 2, title: '基于俘获型全球价值链治理模式的升级困境', parent: '1' },
  { id: '1.1.1', level: 3, title: '试图进行功能转型，受到国际大买家的极力阻挠', parent: '1.1' },
  { id: '1.1.2', level: 3, title: '不惜相互竞争，整体的谈判能力较低', parent: '1.1' },
  { id: '1.2', level: 2, title: '基于本地网络缺失的升级困境', parent: '1' },
  { id: '2', level: 1, title: '产业集群的升级途径', parent: null },
  { id: '2.1', level: 2, title: '构建完善协调的产业链', parent: '2' },
  { id: '2.1.1', level: 3, title: '从单纯的竞争导向转变为合作竞争', parent: '2.1' },
  { id: '2.1.2', level: 3, title: '多渠道实现产业配套本地化', parent: '2.1' },
  { id: '2.1.3', level: 3, title: '发展以核心企业为主导的产业链纵向分工网络', parent: '2.1' },
  { id: '2.1.4', level: 3, title: '政府：对集群的“软”“硬”件环境建设加大力度', parent: '2.1' },
  { id: '2.2', level: 2, title: '推进知识创新', parent: '2' },
  { id: '2.2.1', level: 3, title: '发挥集群龙头企业在知识创新中的主体作用', parent: '2.2' },
  { id: '2.2.2', level: 3, title: '发挥高校与科研机构在知识创新中的源泉作用', parent: '2.2' },
  { id: '2.2.3', level: 3, title: '发挥知识型服务机构在知识创造中的桥梁作用', parent: '2.2' },
  { id: '2.2.4', level: 3, title: '发挥政府在知识创造中的辅助作用', parent: '2.2' },
]
