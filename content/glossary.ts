/**
 * The deck's terms: one term per concept, the article's own first. The appendix slide shows every entry
 * that has a definition (components/GlossaryTable.vue); tests/unit/language.test.ts fails when a banned
 * variant or a banned phrase appears in anything the audience or the handout reads.
 */

/** One concept and how the deck names it. */
export interface GlossaryEntry {
  /** The preferred term, in the article's form. */
  term: string
  /** The briefing's one-line explanation for the appendix slide (not the article's definition); none for a usage rule only. */
  definition?: string
  /** Other names for the same concept that the deck must not use. */
  banned: readonly string[]
  /** Longer phrases, besides the term itself, in which a banned variant is the article's own wording and may stay. */
  allowedIn?: readonly string[]
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: '全球价值链',
    definition: '产品从研发、设计、生产到营销、服务的全球分工链条；我国集群以代工方式嵌入其中',
    banned: [],
  },
  {
    term: '俘获型治理',
    definition: '“国际大买家—代工者”准等级制关系：国际大买家居主导地位，代工企业高度依赖',
    banned: ['俘获式', '捕获型'],
  },
  {
    term: '根植性',
    definition: '集群扎根于本地经济社会联系的程度；外生型模式缺乏根植性',
    banned: ['根治性'],
  },
  {
    term: '工艺升级、产品升级',
    definition: '在现有环节内改进工艺和产品；国际大买家出于自身利益“有选择性的提供技术帮助”',
    banned: [],
  },
  {
    term: '功能转型',
    definition: '向价值链两端的研发设计、营销品牌攀升；与国际大买家利益冲突，受到极力阻挠',
    banned: ['功能升级'],
  },
  {
    term: '谈判能力',
    definition: '集群作为整体与国际大买家谈判的能力；企业为争夺订单相互竞争，整体谈判能力较低',
    banned: ['议价', '谈判力'],
  },
  {
    term: '集体创新动力缺失',
    definition: '知识产权制度缺失时，领先企业的创新被竞相模仿，集群整体失去创新动力',
    banned: [],
  },
  {
    term: '产、学、研一体化',
    definition: '企业与高校、科研机构一体化合作，优势互补，共同培养创新人才',
    banned: ['产学研'],
  },
  {
    term: '知识型服务机构',
    definition: '科技机构在产、学、研之间起桥梁作用，金融机构为创新提供资金支持',
    banned: ['服务机构', '中介机构'],
  },
  { term: '国际大买家', banned: ['大买家'] },
  { term: '同行企业', banned: ['中小企业'] },
  { term: '高校与科研机构', banned: ['高校院所', '高校科研', '科研院所', '高校和科研机构', '高校及科研机构'] },
  { term: '技术创新平台', banned: ['服务平台', '政府平台'] },
  { term: '升级途径', banned: ['升级路径', '两条路径', '升级之路'] },
]

/** Consulting or colloquial phrasing a statistics bureau's briefing does not use, with the plain wording to use instead. */
export const REGISTER_BANNED: readonly { phrase: string, use: string }[] = [
  { phrase: '一页结论', use: '内容提要' },
  { phrase: '战略地图', use: '升级途径总览' },
  { phrase: '抢单', use: '为争夺订单相互竞争' },
  { phrase: '争单', use: '为争夺订单相互竞争' },
  { phrase: '补上', use: '加强、完善' },
  { phrase: '怎么走', use: '升级途径' },
  { phrase: '联系留在集群内', use: '本地联系占比' },
  { phrase: '八项举措', use: '四项举措、四种作用' },
]
