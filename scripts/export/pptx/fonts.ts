/**
 * The fonts the editable PPTX asks for: the ONE place to change them.
 *
 * The deck draws with its own subset faces (Deck Sans = Noto Sans SC, Deck Serif = Noto Serif SC bold), which a
 * colleague's PC does not have. The PPTX therefore names fonts that come with every Chinese Windows and with WPS:
 * - body text (Deck Sans) → 微软雅黑 / Microsoft YaHei: the Windows UI face, a sans with the same 1-em Han
 *   advance as Noto Sans SC, regular and bold, legible on a projector;
 * - headings (Deck Serif) → 宋体 / SimSun for Han with Times New Roman for Latin, the customary pair of Chinese
 *   official documents, keeping the deck's serif headings (bold is synthetic in both, as in Office itself).
 * Han is 1 em wide in all of them, so line breaks follow the deck's; Latin runs differ by a few per cent.
 * Each run names both slots: `<a:latin>` for Latin letters and digits, `<a:ea>` (East-Asian) for Han.
 */
import type { FontRole } from './model'

export interface FaceMapping {
  /** Typeface for Latin letters, digits and ASCII punctuation (`<a:latin>`, `<a:cs>`). */
  latin: string
  /** Typeface for Han and CJK punctuation (`<a:ea>`), as Chinese Office writes it. */
  eastAsian: string
  /** Other names of the same fonts (for the test fontconfig that stands the deck's faces in for them). */
  aliases: string[]
  /** OOXML pitch-and-family byte: 34 = proportional sans (swiss), 18 = proportional serif (roman). */
  pitchFamily: number
}

export const PPTX_FONTS: Readonly<Record<FontRole, FaceMapping>> = {
  sans: { latin: 'Microsoft YaHei', eastAsian: '微软雅黑', aliases: [], pitchFamily: 34 },
  serif: { latin: 'Times New Roman', eastAsian: '宋体', aliases: ['SimSun'], pitchFamily: 18 },
}

/**
 * Placeholder typeface that build.ts hands pptxgenjs for a role: pptxgenjs writes one `fontFace` into all three
 * slots (latin, ea, cs), so postprocess.ts replaces this name with the role's Latin and East-Asian typefaces.
 */
export function roleToken(role: FontRole): string {
  return `DeckPptxFont-${role}`
}

/** The role a placeholder typeface stands for, or undefined for any other name. */
export function tokenRole(typeface: string): FontRole | undefined {
  const role = typeface.match(/^DeckPptxFont-(\w+)$/)?.[1]
  return role === 'sans' || role === 'serif' ? role : undefined
}
