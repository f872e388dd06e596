/**
 * PDF bookmarks (the document outline) written with pdf-lib. Slidev's `--with-toc` used
 * @lillallol/outline-pdf for this, which is not a dependency of ours; the dictionary chain is short.
 */
import type { PDFDocument, PDFRef } from 'pdf-lib'
import type { BookmarkNode } from './deckMeta'
import { PDFHexString, PDFName, PDFNull, PDFNumber } from 'pdf-lib'

/** Count of the open descendants of a node (every level is open). */
function openCount(nodes: readonly BookmarkNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + openCount(node.children), 0)
}

/** Replace the document's outline with `tree`; a bookmark pointing past the last page is an error. */
export function setBookmarks(doc: PDFDocument, tree: readonly BookmarkNode[]): void {
  const pages = doc.getPages()
  const rootRef = doc.context.nextRef()

  const writeLevel = (nodes: readonly BookmarkNode[], parent: PDFRef): { first: PDFRef, last: PDFRef } | undefined => {
    const refs = nodes.map(() => doc.context.nextRef())
    for (const [i, node] of nodes.entries()) {
      const page = pages[node.page - 1]
      if (!page)
        throw new Error(`书签“${node.title}”指向第 ${node.page} 页，文档只有 ${pages.length} 页`)
      const dict = doc.context.obj({
        Title: PDFHexString.fromText(node.title),
        Parent: parent,
        Dest: [page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull],
      })
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1]!)
      if (i < nodes.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1]!)
      const children = writeLevel(node.children, refs[i]!)
      if (children) {
        dict.set(PDFName.of('First'), children.first)
        dict.set(PDFName.of('Last'), children.last)
        dict.set(PDFName.of('Count'), PDFNumber.of(openCount(node.children)))
      }
      doc.context.assign(refs[i]!, dict)
    }
    return refs.length > 0 ? { first: refs[0]!, last: refs.at(-1)! } : undefined
  }

  const top = writeLevel(tree, rootRef)
  if (!top) {
    doc.catalog.delete(PDFName.of('Outlines'))
    return
  }
  doc.context.assign(rootRef, doc.context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: openCount(tree) }))
  doc.catalog.set(PDFName.of('Outlines'), rootRef)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
