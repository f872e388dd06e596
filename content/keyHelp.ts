/**
 * The keys of a talk, in Chinese: the help overlay (? or H) shows this list and the README's table is made from
 * it (tests/unit/readme.test.ts). The deck's own keys are in logic/deckKeys.ts, Slidev's in its setupShortcuts.
 */
export interface KeyHelpRow {
  /** Alternatives, each one key or a combination written with `+` (`Shift+F5`). */
  keys: readonly string[]
  /** True when the keys are pressed one after the other (a page number, then Enter), not as alternatives. */
  sequence?: boolean
  /** What the keys do, one short Chinese sentence. */
  action: string
}

export const KEY_HELP: readonly KeyHelpRow[] = [
  { keys: ['PageDown', '→', '空格'], action: '下一步：下一个动画，本页放完则翻到下一页' },
  { keys: ['PageUp', '←', 'Shift+空格'], action: '上一步' },
  { keys: ['↓', 'Shift+→'], action: '下一页（不放本页其余动画）' },
  { keys: ['↑', 'Shift+←'], action: '上一页' },
  { keys: ['页码', 'Enter'], sequence: true, action: '跳到该页，例如依次按1、2、回车到第12页' },
  { keys: ['B', '.'], action: '黑屏；按任意键或单击恢复' },
  { keys: ['W', ','], action: '白屏；按任意键或单击恢复' },
  { keys: ['F5'], action: '从第1页开始全屏放映，并开始计时' },
  { keys: ['Shift+F5'], action: '从当前页开始全屏放映，并开始计时' },
  { keys: ['Esc'], action: '退出全屏；关闭总览' },
  { keys: ['F'], action: '进入或退出全屏' },
  { keys: ['O'], action: '幻灯片总览：方向键选择，回车打开' },
  { keys: ['G'], action: '按页码或标题查找并跳转' },
  { keys: ['P'], action: '在另一个窗口打开演讲者视图（备注、计时、下一页），两个窗口同步翻页' },
  { keys: ['?', 'H'], action: '显示本帮助；按任意键关闭' },
]
