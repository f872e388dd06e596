/** Small pieces build.ts and masterBuild.ts share: units, pictures, plain shapes, paragraph patches. */
import type PptxGenJS from 'pptxgenjs'
import type { ShapeItem } from './model'
import { inches, points } from './model'

/** What postprocess.ts sets on one paragraph. */
export interface ParagraphPatch {
  /** Left margin of the text, px. */
  marginLeft: number
  /** Marker offset from the margin, px. */
  indent: number
  bullet?: { color: string, sizePct: number }
  /** The paragraph's first run is the slide number (a `slidenum` field). */
  slideNumber?: boolean
}

/** Marker appended to a shape's name so postprocess.ts can find its paragraphs. */
export function marker(id: number): string {
  return `⟦${id}⟧`
}

/** A canvas rectangle (px) as pptxgenjs positions it (inches). */
export const position = (r: { x: number, y: number, w: number, h: number }) => ({ x: inches(r.x), y: inches(r.y), w: inches(r.w), h: inches(r.h) })
/** A PNG as pptxgenjs takes picture data. */
export const data = (png: Uint8Array): string => `image/png;base64,${Buffer.from(png).toString('base64')}`
/** A plain rectangle: fill, and an outline only where the box has one. */
export function shapeOptions(item: ShapeItem): PptxGenJS.ShapeProps {
  return {
    ...position(item),
    fill: item.fill ? { color: item.fill } : undefined,
    line: item.line ? { color: item.line.color, width: points(item.line.width) } : { type: 'none' },
  }
}
