/**
 * The name and general-purpose flags of every entry of a zip, read from its bytes: once from the local file
 * headers and once from the central directory (what Windows Explorer lists). Reading is all this does; the
 * zips themselves are written with jszip.
 */

/** One entry as a header records it. */
export interface ZipHeader {
  /** Where it was read: a local file header or the central directory. */
  where: 'local' | 'central'
  /** The name as stored, decoded as UTF-8. */
  name: string
  /** General-purpose bit flag; bit 11 (0x0800) says the name is UTF-8. */
  flags: number
}

/** Bit 11 of the general-purpose flag: file name and comment are UTF-8. */
export const UTF8_NAME_FLAG = 0x0800

const LOCAL = 0x04034B50
const CENTRAL = 0x02014B50

/** Every local and central header in `zip`, in file order. */
export function zipHeaders(zip: Uint8Array): ZipHeader[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const utf8 = new TextDecoder('utf-8', { fatal: false })
  const out: ZipHeader[] = []
  for (let at = 0; at + 46 <= zip.length; at++) {
    const signature = view.getUint32(at, true)
    if (signature === LOCAL) {
      const nameLength = view.getUint16(at + 26, true)
      out.push({ where: 'local', flags: view.getUint16(at + 6, true), name: utf8.decode(zip.subarray(at + 30, at + 30 + nameLength)) })
      // Skip the header and its data so bytes inside compressed data are never read as a signature.
      at += 30 + nameLength + view.getUint16(at + 28, true) + view.getUint32(at + 18, true) - 1
    }
    else if (signature === CENTRAL) {
      const nameLength = view.getUint16(at + 28, true)
      out.push({ where: 'central', flags: view.getUint16(at + 8, true), name: utf8.decode(zip.subarray(at + 46, at + 46 + nameLength)) })
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true) - 1
    }
  }
  return out
}
