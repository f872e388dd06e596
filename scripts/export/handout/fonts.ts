/**
 * The handout's own text (header, footer, labels, speaker notes) in the deck's typeface, Noto Sans SC.
 *
 * Cut by harfbuzz (subset-font) from the same source TTFs the deck's web fonts are cut from, to exactly the
 * characters the handout draws, as TrueType, and embedded whole by pdf-lib. Not the deck's generated WOFF2:
 * pdf-lib embeds a font file as it is (a WOFF2 inside a PDF is unreadable, poppler: "Embedded font file may
 * be invalid"), its own subsetting through @pdf-lib/fontkit drew blank glyphs from that WOFF2 (measured), and
 * the deck subset holds only the deck's characters (the handout's labels or a classification line such as
 * 内部资料 may need others: 料 is not in it today).
 */
import type { PDFDocument, PDFFont } from 'pdf-lib'
import { readFileSync } from 'node:fs'
import fontkit from '@pdf-lib/fontkit'
import subsetFont from 'subset-font'
import { DECK_FONT_FACES } from '../../../logic/fontFaces'
import { sourceFontPath } from '../../fonts/subset'

export interface HandoutFonts {
  regular: PDFFont
  bold: PDFFont
}

function sourceFace(weight: number): Uint8Array {
  const face = DECK_FONT_FACES.find(f => f.family === 'Deck Sans' && f.weight === weight)
  if (!face)
    throw new Error(`字体表中没有 Deck Sans ${weight}`)
  return readFileSync(sourceFontPath(face))
}

/** Embed Deck Sans 400 and 700, each holding the characters it is given (digits and … always). */
export async function embedHandoutFonts(doc: PDFDocument, text: { regular: string, bold: string }): Promise<HandoutFonts> {
  doc.registerFontkit(fontkit)
  const embed = async (weight: number, chars: string): Promise<PDFFont> => {
    const unique = [...new Set(`${chars}0123456789/ …`)].join('')
    const ttf = await subsetFont(sourceFace(weight), unique, { targetFormat: 'truetype', noHinting: true })
    return doc.embedFont(ttf, { subset: false })
  }
  return { regular: await embed(400, text.regular), bold: await embed(700, text.bold) }
}
