/**
 * Slidev's own interface in Chinese: exact pieces of @slidev/client 52.20.1's source and what they become
 * (applied by scripts/vite/slidevChinese.ts). Only what this deck shows is here: drawing, recording, camera,
 * the editor, the browser exporter, the download button and the right-click menu are switched off in the
 * headmatter instead. A piece that no longer matches after an upgrade fails dev, build and export.
 * A few entries also fix what a screen reader or the keyboard meets: a menu's inner icon button rendered as a span
 * (no button inside a button), titles for the timer's start and reset, and a focusable, named notes pane.
 */
/* eslint-disable no-template-curly-in-string -- entries are Slidev's source code, template literals included */
import type { UiDictionary } from '../slidevChinese'

export const ZH_CN: UiDictionary = {
  slidevVersion: '52.20.1',
  files: {
    'internals/NavControls.vue': [
      [`:title="isFullscreen ? 'Close fullscreen' : 'Enter fullscreen'"`, `:title="isFullscreen ? '退出全屏' : '全屏'"`],
      ['title="Go to previous slide"', 'title="上一步"'],
      ['title="Go to next slide"', 'title="下一步"'],
      ['title="Show slide overview"', 'title="幻灯片总览"'],
      [`'Switch to light mode theme' : 'Switch to dark mode theme'`, `'切换为浅色' : '切换为深色'`],
      [`(showPresenterCursor ? 'Disable laser pointer' : 'Enable laser pointer')`, `(showPresenterCursor ? '关闭激光笔' : '打开激光笔')`],
      [`(showPresenterCursor ? 'Hide presenter cursor' : 'Show presenter cursor')`, `(showPresenterCursor ? '放映画面不显示鼠标指针' : '放映画面显示鼠标指针')`],
      ['title="Play Mode"', 'title="放映视图"'],
      ['title="Presenter Mode"', 'title="演讲者视图"'],
      ['title="Show info"', 'title="简报信息"'],
      ['title="Toggle Presenter Layout"', 'title="切换演讲者视图布局"'],
      ['<IconButton title="More Options" :active="value">', '<IconButton as="span" title="更多选项" :active="value">'],
    ],
    'internals/SyncControls.vue': [
      ['<IconButton title="Change sync settings">', '<IconButton as="span" title="翻页同步设置">'],
      ['<span op75>Slides navigation syncing for </span>', '<span op75>翻页同步：</span>'],
      [`isPresenter ? 'presenter' : 'viewer'`, `isPresenter ? '演讲者视图' : '放映视图'`],
      ['title="Sync Mode"', 'title="同步方式"'],
      [`display: 'Bidirectional Sync'`, `display: '双向同步'`],
      [`display: 'Receive Only'`, `display: '只接收'`],
      [`display: 'Send Only'`, `display: '只发送'`],
      [`display: 'Disable'`, `display: '不同步'`],
    ],
    'internals/Settings.vue': [
      ['title="Invert"', 'title="反色"'],
      ['title="Brightness"', 'title="亮度"'],
      ['title="Contrast"', 'title="对比度"'],
      ['title="Saturation"', 'title="饱和度"'],
      ['title="Sepia"', 'title="怀旧色调"'],
      ['title="Hue Rotate"', 'title="色相旋转"'],
      ['title="Cursor Style"', 'title="指针样式"'],
      [`{ label: 'Cursor', value: 'cursor' }`, `{ label: '鼠标指针', value: 'cursor' }`],
      [`{ label: 'Laser', value: 'laser' }`, `{ label: '激光笔', value: 'laser' }`],
      ['title="Slide Scale"', 'title="幻灯片大小"'],
      [`{ label: 'Fit', value: 0 }`, `{ label: '适应窗口', value: 0 }`],
      ['title="Wake Lock"', 'title="防止屏幕休眠"'],
      ['title="Hide Idle Cursor"', 'title="静止时隐藏指针"'],
    ],
    'pages/presenter.vue': [
      ['useHead({ title: `Presenter - ${slidesTitle}` })', 'useHead({ title: `${slidesTitle}（演讲者视图）` })'],
      ['title="Resize notes panel"', 'title="拖动调整备注栏宽度"'],
      ['title="Resize notes panel height"', 'title="拖动调整备注栏高度"'],
      ['<span op50 px2>Current</span>', '<span op50 px2>当前</span>'],
      [`{ label: 'Slides', value: 'slides' }`, `{ label: '幻灯片', value: 'slides' }`],
      [`{ label: 'Screen Mirror', value: 'mirror' }`, `{ label: '屏幕镜像', value: 'mirror' }`],
      ['End of the presentation', '已是最后一页'],
      ['op50 text-sm">\n          Next\n', 'op50 text-sm">\n          下一步\n'],
      ['title="Increase font size"', 'title="放大备注文字"'],
      ['title="Decrease font size"', 'title="缩小备注文字"'],
      ['title="Edit Notes"', 'title="编辑备注"'],
    ],
    'internals/ScreenCaptureMirror.vue': [
      ['Use screen capturing to mirror your main screen back to presenter view.', '借助屏幕共享，把投影屏幕的画面显示在演讲者视图中。'],
      ['Click the button below and <b>select your other monitor or window</b>.', '请点击下方按钮，<b>选择另一台显示器或放映窗口</b>。'],
      ['Start Screen Mirroring', '开始屏幕镜像'],
    ],
    'internals/TimerInlined.vue': [
      ['<div class="relative op-80 hover:op-100" @click="toggle">', `<div class="relative op-80 hover:op-100" :title="status === 'running' ? '暂停计时' : '开始计时'" @click="toggle">`],
      ['<div class="op-80 hover:op-100" @click="reset">', '<div class="op-80 hover:op-100" title="计时归零" @click="reset">'],
    ],
    'internals/ClicksSlider.vue': [
      ['`Clicks in this slide: ${length}`', '`本页共${length}个动画状态`'],
    ],
    'internals/NoteDisplay.vue': [
      [`'No notes.'`, `'本页没有备注。'`],
      // The notes scroll: a named region the keyboard can reach (axe: scrollable-region-focusable).
      ['v-html="noteHtml"', 'tabindex="0" role="region" aria-label="演讲备注" v-html="noteHtml"'],
    ],
    'internals/NoteEditable.vue': [
      [`default: 'No notes for this slide',`, `default: '本页没有备注。',`],
    ],
    'internals/SlideLoading.vue': [
      ['<div>Loading slide...</div>', '<div>正在载入……</div>'],
    ],
    'internals/QuickOverview.vue': [
      ['title="Close"', 'title="关闭总览"'],
      // The link opens Slidev's English notes overview page in a new tab; the talk does not need it.
      ['v-if="__SLIDEV_FEATURE_PRESENTER__"\n      as="a"\n      title="Slides Overview"', 'v-if="false"\n      as="a"\n      title="总览页"'],
      ['title="Capture slides as images"', 'title="截取各页快照，供总览使用"'],
    ],
    'internals/SlideContainer.vue': [
      ['title="Snapshot"', 'title="快照"'],
    ],
    'internals/Goto.vue': [
      ['placeholder="Goto..."', 'placeholder="输入页码或标题，按回车跳转"'],
    ],
    'internals/InfoDialog.vue': [
      ['>Powered by</div>', '>制作工具</div>'],
      ['alt="Slidev logo"', 'alt="Slidev 标志"'],
    ],
    'internals/PwaIndicator.vue': [
      ['Caching for offline…', '正在缓存，供离线使用……'],
      ['Ready offline', '已可离线使用'],
    ],
    'pages/404.vue': [
      ['Page <code class="op-60">{{ currentRoute.path }}</code> not found', '找不到页面 <code class="op-60">{{ currentRoute.path }}</code>'],
      ['Go Home', '回到第一页'],
      ['Go to Slide {{ guessedSlide }}', '前往第{{ guessedSlide }}页'],
    ],
  },
}
