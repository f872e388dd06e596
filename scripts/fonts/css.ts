/** The deck's `@font-face` rules, written from the one face list (logic/fontFaces.ts); nothing keeps a copy. */
import type { DeckFontFace } from '../../logic/fontFaces'
import { DECK_FONT_FACES, GENERATED_FONT_DIR } from '../../logic/fontFaces'

/**
 * Where the rules point: the root-relative public path of the generated faces. Vite rewrites such a URL in
 * CSS to the deck's base, so the same rules work at `/`, under `--base ./` and under any sub-path.
 */
export const FONT_URL_PREFIX = `/${GENERATED_FONT_DIR}/`

/** The `@font-face` rules for `faces`, with URLs under `urlPrefix` (which ends in `/`). */
export function fontFaceCss(faces: readonly DeckFontFace[] = DECK_FONT_FACES, urlPrefix: string = FONT_URL_PREFIX): string {
  const header = '/* The deck\'s own fonts (generated from logic/fontFaces.ts; the files come from scripts/fonts). */'
  const rules = faces.map(face => [
    '@font-face {',
    `  font-family: '${face.family}';`,
    '  font-style: normal;',
    `  font-weight: ${face.weight};`,
    '  font-display: block;',
    `  src: url('${urlPrefix}${face.output}') format('woff2');`,
    '}',
  ].join('\n'))
  return `${[header, ...rules].join('\n\n')}\n`
}
