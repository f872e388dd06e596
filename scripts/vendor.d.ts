declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'
    noHinting?: boolean
    noLayoutClosure?: boolean
    keepFeatures?: string[]
    preserveNameIds?: number[]
  }
  export default function subsetFont(buffer: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>
}

declare module 'fontkit' {
  export interface Font {
    familyName: string
    subfamilyName: string
    characterSet: number[]
    hasGlyphForCodePoint: (codePoint: number) => boolean
  }
  export function create(buffer: Uint8Array): Font
}
