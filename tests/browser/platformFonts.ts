import type { CDPSession } from 'playwright-chromium'

/** A system or web font Chromium actually drew some glyphs of an element with. */
export interface PlatformFont {
  familyName: string
  postScriptName?: string
  /** True for a web font (@font-face), false for a font of the machine. */
  isCustomFont: boolean
  glyphCount: number
}

/** Fonts Chromium used for one element's own text. */
export interface ElementFonts {
  text: string
  /** Computed font-family list. */
  family: string
  fonts: PlatformFont[]
}

/**
 * Ask Chromium (CSS.getPlatformFontsForNode) which fonts drew the text of each element that
 * `expression` evaluates to (an array of elements; shadow-root elements included).
 */
export async function platformFonts(cdp: CDPSession, expression: string): Promise<ElementFonts[]> {
  const objectGroup = 'deck-platform-fonts'
  await cdp.send('DOM.getDocument', { depth: 0 })
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, objectGroup })
  if (exceptionDetails || !result.objectId)
    throw new Error(`platformFonts: ${exceptionDetails?.exception?.description ?? 'no result'}`)
  try {
    const { result: props } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true })
    const out: ElementFonts[] = []
    for (const prop of props) {
      if (!/^\d+$/.test(prop.name) || !prop.value?.objectId)
        continue
      const objectId = prop.value.objectId
      const { nodeId } = await cdp.send('DOM.requestNode', { objectId })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      const { result: info } = await cdp.send('Runtime.callFunctionOn', {
        objectId,
        functionDeclaration: 'function () { return [(this.textContent || "").replace(/\\s+/g, " ").trim().slice(0, 30), getComputedStyle(this).fontFamily] }',
        returnByValue: true,
      })
      const [text, family] = info.value as [string, string]
      out.push({ text, family, fonts })
    }
    return out
  }
  finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup })
  }
}
