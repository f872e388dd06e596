/**
 * The frame the prerendered cover sits in: a fixed layer over the page, with the slide canvas centred and
 * scaled to the window exactly as Slidev's SlideContainer does it (translate(-50%, -50%) scale(s) with
 * s = min(width / canvasWidth, height / canvasHeight)), so the mounted slide lands on the same pixels.
 * The scale is computed in CSS: tan(atan2(a, b)) is the unitless ratio a / b; where CSS trigonometry is missing
 * the boot script sets --deck-cover-scale-js instead.
 */
import { COVER_IDS, COVER_OFF_ATTR } from './boot.ts'

export interface Stage {
  /** Canvas width and height in CSS px. */
  width: number
  height: number
  /** Background of the canvas (Slidev's bg-main: white, or #121212 in the dark scheme). */
  background: string
  /** `lang` of the slide page, as Slidev sets it from the headmatter. */
  lang?: string
}

/** Slidev's canvas from the headmatter: canvasWidth (980) × ceil(canvasWidth / aspectRatio (16/9)). */
export function stageOf(headmatter: Record<string, unknown>): Stage {
  const width = Number(headmatter.canvasWidth ?? 980)
  const raw = String(headmatter.aspectRatio ?? '16/9')
  const [a, b] = raw.split(/[/:]/).map(Number)
  const aspect = b ? a / b : a
  if (!(width > 0) || !(aspect > 0))
    throw new Error(`cover prerender: canvasWidth ${String(headmatter.canvasWidth)} / aspectRatio ${raw} is not a size`)
  return {
    width,
    height: Math.ceil(width / aspect),
    background: headmatter.colorSchema === 'dark' ? '#121212' : '#fff',
    lang: typeof headmatter.lang === 'string' ? headmatter.lang : undefined,
  }
}

/** The cover's markup: the layer, the canvas, Slidev's page element and the rendered layout inside. */
export function stageHtml(stage: Stage, layoutHtml: string): string {
  const lang = stage.lang ? ` lang="${stage.lang.replace(/"/g, '&quot;')}"` : ''
  return `<div id="${COVER_IDS.cover}"><div class="deck-cover-canvas"><div class="slidev-page slidev-page-1"${lang}>${layoutHtml}</div></div></div>`
}

/** CSS of the frame (not cut by the critical-CSS pass: it is all needed, and names the boot script's attribute). */
export function stageCss(stage: Stage): string {
  const id = `#${COVER_IDS.cover}`
  const scale = `var(--deck-cover-scale-js,min(tan(atan2(100vw,${stage.width}px)),tan(atan2(100vh,${stage.height}px))))`
  return [
    `${id}{position:fixed;top:0;left:0;right:0;bottom:0;z-index:100;overflow:hidden;background:var(--slidev-slide-container-background,black)}`,
    `html[${COVER_OFF_ATTR}=off] ${id}{display:none}`,
    `${id}>.deck-cover-canvas{position:absolute;left:50%;top:50%;width:${stage.width}px;height:${stage.height}px;overflow:hidden;background:${stage.background};transform:translate(-50%,-50%) scale(${scale})}`,
    `${id} .slidev-page{position:absolute;top:0;left:0;right:0;bottom:0}`,
  ].join('')
}
