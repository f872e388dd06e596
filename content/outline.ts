import type { OutlineNode } from '../logic/outline'

/**
 * The outline of 《地方产业集群升级的困境与出路探析》 (大观区统计局, 2017-08-11), in document order.
 * Ids follow the article's numbering (as scripts/scaffold/outline/ reads it); titles are our own short summaries.
 * Slides name these ids in their `outline:` frontmatter; tests/unit/traceability.test.ts checks the deck against them.
 */
export const outline: OutlineNode[] = [
  { id: '0', level: 1, title: '引言：代工起步的集群缺乏根植性', parent: null },
  { id: '1', level: 1, title: '现状：内外两难', parent: null },
  { id: '1.1', level: 2, title: '外部：被大买家俘获的价值链', parent: '1' },
  { id: '1.1.1', level: 3, title: '选择性扶持，功能升级受阻而深度锁定', parent: '1.1' },
  { id: '1.1.2', level: 3, title: '低端环节互相抢单，议价力弱而锁定低端', parent: '1.1' },
  { id: '1.2', level: 2, title: '内部：本地协作网络缺位', parent: '1' },
  { id: '2', level: 1, title: '出路：两条升级路径', parent: null },
  { id: '2.1', level: 2, title: '建设协调的产业链', parent: '2' },
  { id: '2.1.1', level: 3, title: '从单纯竞争转向合作竞争', parent: '2.1' },
  { id: '2.1.2', level: 3, title: '配套就近，增强根植性', parent: '2.1' },
  { id: '2.1.3', level: 3, title: '核心企业带动纵向分工', parent: '2.1' },
  { id: '2.1.4', level: 3, title: '政府营造软硬环境', parent: '2.1' },
  { id: '2.2', level: 2, title: '推进知识创新', parent: '2' },
  { id: '2.2.1', level: 3, title: '龙头企业：创新主体', parent: '2.2' },
  { id: '2.2.2', level: 3, title: '高校与科研机构：知识源泉', parent: '2.2' },
  { id: '2.2.3', level: 3, title: '知识型服务机构：桥梁', parent: '2.2' },
  { id: '2.2.4', level: 3, title: '政府：辅助与保护', parent: '2.2' },
]
