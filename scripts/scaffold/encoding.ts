/** Reading the article file: which encoding it is in (UTF-8, UTF-16 with a BOM, GBK) and why it cannot be read. */
import { existsSync, readFileSync, statSync } from 'node:fs'
import iconv from 'iconv-lite'
import { ScaffoldError } from './args'

export type ArticleEncoding = 'UTF-8' | 'GBK' | 'UTF-16LE' | 'UTF-16BE'

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    return null
  }
}

/**
 * Decode an article's bytes: UTF-8 (strict), UTF-16 with a byte-order mark, else GBK/GB18030.
 * Throws ScaffoldError for binary data, damaged UTF-8 and bytes that are neither.
 */
export function decodeArticle(bytes: Uint8Array): { text: string, encoding: ArticleEncoding } {
  if (bytes.length >= 2 && bytes[0] === 0xFF && bytes[1] === 0xFE)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' }
  if (bytes.length >= 2 && bytes[0] === 0xFE && bytes[1] === 0xFF)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' }
  if (bytes.includes(0))
    throw new ScaffoldError('这不是文本文件（含有 NUL 字节）；请提供 .txt 纯文本文章')
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null)
    return { text: utf8, encoding: 'UTF-8' }
  let damaged = 0
  let valid = 0
  for (const ch of new TextDecoder('utf-8').decode(bytes)) {
    if (ch === '\uFFFD')
      damaged++
    else if (ch.codePointAt(0)! > 0x7F)
      valid++
  }
  if (valid > damaged * 10)
    throw new ScaffoldError(`文件是 UTF-8 编码，但有 ${damaged} 处损坏的字节；请修复或重新导出后再试`)
  const gbk = iconv.decode(Buffer.from(bytes), 'gb18030')
  if (gbk.includes('\uFFFD'))
    throw new ScaffoldError('无法识别文件编码（既不是 UTF-8 也不是 GBK）；请另存为 UTF-8 纯文本后再试')
  return { text: gbk, encoding: 'GBK' }
}

/** The article file's bytes, or a ScaffoldError saying why they cannot be read. */
export function readArticle(path: string): Uint8Array {
  if (!existsSync(path))
    throw new ScaffoldError(`找不到文章文件：${path}`)
  if (statSync(path).isDirectory())
    throw new ScaffoldError(`${path} 是一个目录，请给出文章的 .txt 文件`)
  try {
    return readFileSync(path)
  }
  catch (e) {
    throw new ScaffoldError(`无法读取 ${path}：${(e as NodeJS.ErrnoException).code ?? String(e)}`)
  }
}
