/**
 * What a reader's PDF viewer or screen reader sees in a PDF, read with pdf-lib: document language and
 * title bar, XMP, tags and alternative text, links and where they land, and where pages place their
 * form XObjects (the slides on a handout page). Each check returns data, so a test can say what is wrong.
 */
import type { PDFNumber, PDFPage } from 'pdf-lib'
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFContentStream,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
} from 'pdf-lib'

export interface CatalogFacts {
  /** Catalog /Lang, e.g. zh-CN. */
  lang?: string
  /** ViewerPreferences /DisplayDocTitle. */
  displayDocTitle: boolean
  /** The XMP packet of the catalog's /Metadata stream. */
  xmp?: string
  /** MarkInfo /Marked true and a structure tree. */
  tagged: boolean
}

function text(v: unknown): string | undefined {
  return v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : undefined
}

function streamBytes(stream: PDFStream): Uint8Array {
  if (stream instanceof PDFRawStream)
    return decodePDFRawStream(stream).decode()
  if (stream instanceof PDFContentStream)
    return stream.getUnencodedContents()
  throw new Error(`unreadable stream ${stream.constructor.name}`)
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false })
}

export function catalogFacts(doc: PDFDocument): CatalogFacts {
  const catalog = doc.catalog
  const prefs = catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict)
  const metadata = catalog.lookupMaybe(PDFName.of('Metadata'), PDFStream)
  const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)
  return {
    lang: text(catalog.lookup(PDFName.of('Lang'))),
    displayDocTitle: prefs?.lookup(PDFName.of('DisplayDocTitle')) === PDFBool.True,
    xmp: metadata ? new TextDecoder().decode(streamBytes(metadata)) : undefined,
    tagged: markInfo?.lookup(PDFName.of('Marked')) === PDFBool.True && catalog.has(PDFName.of('StructTreeRoot')),
  }
}

export interface PdfLink {
  /** [x1, y1, x2, y2] in page space. */
  rect: number[]
  /** 1-based page an internal link lands on; undefined for a URI or an unresolvable destination. */
  target?: number
  uri?: string
}

/** Look a name up in a PDF name tree (/Names … /Kids). */
function nameTreeLookup(node: PDFDict | undefined, key: string): unknown {
  if (!node)
    return undefined
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray)
  for (let i = 0; i + 1 < (names?.size() ?? 0); i += 2) {
    if (text(names!.lookup(i)) === key)
      return names!.lookup(i + 1)
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray)
  for (let i = 0; i < (kids?.size() ?? 0); i++) {
    const found = nameTreeLookup(kids!.lookup(i, PDFDict), key)
    if (found)
      return found
  }
  return undefined
}

/** The page a destination (explicit array, /Dests name, or /Names string) lands on. */
function destinationPage(doc: PDFDocument, dest: unknown, pageNumbers: Map<string, number>): number | undefined {
  let resolved = dest
  if (resolved instanceof PDFName)
    resolved = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)?.lookup(resolved)
  else if (text(resolved) !== undefined)
    resolved = nameTreeLookup(doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict), text(resolved)!)
  if (resolved instanceof PDFDict)
    resolved = resolved.lookup(PDFName.of('D'))
  const first = resolved instanceof PDFArray ? resolved.get(0) : undefined
  return first instanceof PDFRef ? pageNumbers.get(first.toString()) : undefined
}

/** Link annotations of page `index` (0-based). */
export function pageLinks(doc: PDFDocument, index: number): PdfLink[] {
  const pageNumbers = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]))
  const annots = doc.getPage(index).node.Annots()
  const links: PdfLink[] = []
  for (let i = 0; i < (annots?.size() ?? 0); i++) {
    const annot = annots!.lookup(i, PDFDict)
    if (annot.lookup(PDFName.of('Subtype')) !== PDFName.of('Link'))
      continue
    const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map(n => (n as PDFNumber).asNumber())
    const action = annot.lookupMaybe(PDFName.of('A'), PDFDict)
    const uri = text(action?.lookup(PDFName.of('URI')))
    const dest = annot.lookup(PDFName.of('Dest')) ?? (action?.lookup(PDFName.of('S')) === PDFName.of('GoTo') ? action.lookup(PDFName.of('D')) : undefined)
    links.push({ rect, uri, target: dest === undefined ? undefined : destinationPage(doc, dest, pageNumbers) })
  }
  return links
}

export interface TaggedFigure {
  /** /Alt, or undefined when the figure has none. */
  alt?: string
  /** 1-based page from /Pg (its own or inherited). */
  page?: number
}

/** Every /Figure structure element with its alternative text and page. */
export function taggedFigures(doc: PDFDocument): TaggedFigure[] {
  const pageNumbers = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]))
  const figures: TaggedFigure[] = []
  const walk = (node: unknown, page: number | undefined): void => {
    if (node instanceof PDFArray) {
      for (let i = 0; i < node.size(); i++)
        walk(node.lookup(i), page)
      return
    }
    if (!(node instanceof PDFDict))
      return
    const pg = node.get(PDFName.of('Pg'))
    const here = pg instanceof PDFRef ? pageNumbers.get(pg.toString()) ?? page : page
    if (node.lookup(PDFName.of('S')) === PDFName.of('Figure'))
      figures.push({ alt: text(node.lookup(PDFName.of('Alt'))), page: here })
    walk(node.lookup(PDFName.of('K')), here)
  }
  walk(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.lookup(PDFName.of('K')), undefined)
  return figures
}

export interface Placement {
  /** XObject resource name, e.g. Slide-12. */
  name: string
  /** Bounding box on the page: [x1, y1, x2, y2]. */
  box: number[]
}

type Matrix = [number, number, number, number, number, number]
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ]
}

/** Operands and operators of a content stream; strings, hex strings and arrays become placeholders. */
function tokens(content: string): string[] {
  return content
    .replace(/\((?:\\[\s\S]|[^\\)])*\)/g, ' %string ')
    .replace(/<[0-9a-f\s]*>/gi, ' %string ')
    .replace(/\[[^\]]*\]/g, ' %array ')
    .split(/\s+/)
    .filter(Boolean)
}

/** Where the page draws each form XObject, following q/Q and cm (form /Matrix and /BBox included). */
export function formPlacements(page: PDFPage): Placement[] {
  const contents = page.node.normalizedEntries().Contents
  const xobjects = page.node.normalizedEntries().Resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  let source = ''
  for (let i = 0; i < (contents?.size() ?? 0); i++)
    source += `${new TextDecoder('latin1').decode(streamBytes(contents!.lookup(i, PDFStream)))}\n`
  const placements: Placement[] = []
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  const operands: string[] = []
  for (const token of tokens(source)) {
    if (token === 'q') {
      stack.push(ctm)
    }
    else if (token === 'Q') {
      ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0]
    }
    else if (token === 'cm') {
      ctm = multiply(operands.slice(-6).map(Number) as Matrix, ctm)
    }
    else if (token === 'Do') {
      const name = operands.at(-1)!.slice(1)
      const form = xobjects?.lookupMaybe(PDFName.of(name), PDFStream)
      if (form?.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Form')) {
        const num = (key: string): number[] | undefined => form.dict.lookupMaybe(PDFName.of(key), PDFArray)?.asArray().map(n => (n as PDFNumber).asNumber())
        const bbox = num('BBox')!
        const m = multiply((num('Matrix') ?? [1, 0, 0, 1, 0, 0]) as Matrix, ctm)
        const corners = [[bbox[0]!, bbox[1]!], [bbox[2]!, bbox[1]!], [bbox[0]!, bbox[3]!], [bbox[2]!, bbox[3]!]]
          .map(([x, y]) => [m[0] * x! + m[2] * y! + m[4], m[1] * x! + m[3] * y! + m[5]] as const)
        const xs = corners.map(c => c[0])
        const ys = corners.map(c => c[1])
        placements.push({ name, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] })
      }
    }
    if (/^[a-z'"]+\*?$/i.test(token))
      operands.length = 0
    else
      operands.push(token)
  }
  return placements
}

/** Placements that come closer than `margin` points to an edge of their page (or leave it). */
export function placementsOutside(page: PDFPage, margin: number): Placement[] {
  const { width, height } = page.getSize()
  return formPlacements(page).filter(({ box }) =>
    box[0]! < margin - 0.01 || box[1]! < margin - 0.01 || box[2]! > width - margin + 0.01 || box[3]! > height - margin + 0.01)
}
