/**
 * 使用说明.txt of the meeting pack: how to present from the one-file deck on a meeting-room PC.
 * Written with a byte-order mark and CRLF line ends, so every Windows Notepad shows the Chinese correctly.
 */
import { PRESENTER_KEY } from '../../logic/presenterWindow'
import { packEntryNames } from './meetingZip'

export interface GuideParams {
  /** File name stem of the exports (`exportFilename`). */
  basename: string
  /** Deck title, e.g. 地方产业集群升级的困境与出路探析 · 简报. */
  title: string
  /** Number of slides. */
  slides: number
}

/** The usage note as text (LF line ends; {@link guideFile} makes the file). */
export function usageGuide(params: GuideParams): string {
  const names = packEntryNames(params.basename)
  const key = PRESENTER_KEY.toUpperCase()
  return `《${params.title}》会议包使用说明

一、包内文件
${names.html}：演示文稿，共${params.slides}页，单个文件，不需要网络，不需要安装任何软件。
${names.pdf}：PDF版，每页一张幻灯片。
${names.notes}：演讲稿（A4），每页幻灯片的讲解要点。
${names.pptx}：PowerPoint版，每页是一张图片，演讲稿在各页的备注中。

二、打开演示文稿
先把压缩包全部解压到U盘或电脑上的文件夹（不要在压缩包里直接打开），再双击“${names.html}”。
用Chrome、Edge、360极速浏览器或QQ浏览器（极速模式）打开均可，打开后显示第1页。按F键全屏，再按一次退出全屏。

三、演讲者视图
在演示窗口按${key}键，会另外打开一个演讲者窗口，显示演讲稿、计时和下一页预览；也可以把鼠标移到窗口左下角，在出现的工具栏中点击演讲者按钮。
电脑接投影仪时，先在Windows中按Win+P选择“扩展”：把原来的演示窗口拖到投影仪画面上并按F键全屏，演讲者窗口留在自己的笔记本屏幕上。
在任何一个窗口里翻页，另一个窗口同步翻页。

四、翻页笔和按键
下一步：翻页笔的“下一页”键（PageDown）、→键或空格键。图示页的每一步动画也这样逐步播放。
上一步：翻页笔的“上一页”键（PageUp）或←键。
↓、↑键：直接到下一页、上一页（跳过本页剩余的动画步骤）。
G键：跳到指定页；O键：全部页面一览；F键：全屏。

五、浏览器版本过旧时
如果打开后是空白页，或只显示一段“浏览器无法放映”的提示，说明浏览器太旧：请换用Chrome或Edge浏览器111及以上版本（2023年3月以后发布），或360极速浏览器、QQ浏览器的极速模式。
来不及更换时，用PDF阅读器全屏放映“${names.pdf}”，翻页笔同样可用；演讲稿可打印“${names.notes}”。
`
}

/** The file's bytes: UTF-8 with a byte-order mark, CRLF line ends. */
export function guideFile(params: GuideParams): Uint8Array {
  return Buffer.from(`\uFEFF${usageGuide(params).replace(/\n/g, '\r\n')}`, 'utf8')
}
