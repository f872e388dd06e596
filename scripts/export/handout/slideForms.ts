/**
 * Each page of the slides PDF as a form XObject in the handout, so it can be drawn at any size with its
 * text still text.
 *
 * pdf-lib's `embedPdf` does the same but also copies each page dictionary with its original content
 * streams and link annotations, which nothing then references and `save()` still writes (measured: about a
 * fifth of the handout). Here only the content and the resources are copied, with one copier, so fonts and
 * images the slides share are copied once.
 */
import type { PDFDocument, PDFPage, PDFRef } from 'pdf-lib'
import type { Rect } from './layout'
import {
  concatTransformationMatrix,
  decodePDFRawStream,
  drawObject,
  PDFContentStream,
  PDFObjectCopier,
  PDFRawStream,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib'

export interface SlideForm {
  ref: PDFRef
  /** Size of the slide page, in points. */
  width: number
  height: number
}

function contentBytes(page: PDFPage): Uint8Array {
  const { Contents } = page.node.normalizedEntries()
  const parts: Uint8Array[] = []
  for (let i = 0; i < (Contents?.size() ?? 0); i++) {
    const stream = Contents!.lookup(i)
    if (stream instanceof PDFRawStream)
      parts.push(decodePDFRawStream(stream).decode())
    else if (stream instanceof PDFContentStream)
      parts.push(stream.getUnencodedContents())
    else
      throw new Error(`第 ${i + 1} 个内容流的类型无法读取`)
    parts.push(new Uint8Array([0x0A]))
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Every page of `source` as a form XObject registered in `doc`. */
export function embedSlideForms(doc: PDFDocument, source: PDFDocument): SlideForm[] {
  const copy = PDFObjectCopier.for(source.context, doc.context).copy
  return source.getPages().map((page) => {
    const box = page.getMediaBox()
    const { Resources } = page.node.normalizedEntries()
    const form = doc.context.flateStream(contentBytes(page), {
      Type: 'XObject',
      Subtype: 'Form',
      FormType: 1,
      BBox: [box.x, box.y, box.x + box.width, box.y + box.height],
      Matrix: [1, 0, 0, 1, -box.x, -box.y],
      Resources: Resources ? copy(Resources) : doc.context.obj({}),
    })
    return { ref: doc.context.register(form), width: box.width, height: box.height }
  })
}

/** Draw a slide form scaled into `rect`. */
export function drawSlideForm(page: PDFPage, form: SlideForm, rect: Rect): void {
  const name = page.node.newXObject('Slide', form.ref)
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(rect.width / form.width, 0, 0, rect.height / form.height, rect.x, rect.y),
    drawObject(name),
    popGraphicsState(),
  )
}
