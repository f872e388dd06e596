/**
 * `npm run scaffold -- <article.txt> [--out <dir>] [--force]`: a new briefing deck in this project's design
 * from a plain-text Chinese article (scripts/scaffold/scaffold.ts). Problems end in one line and a non-zero exit.
 */
import { relative } from 'node:path'
import { parseScaffoldArgs, ScaffoldError } from './args'
import { scaffold } from './scaffold'

function main(argv: string[]): number {
  try {
    const r = scaffold(parseScaffoldArgs(argv))
    const here = process.env.INIT_CWD ?? process.cwd()
    const shown = relative(here, r.outDir).startsWith('..') ? r.outDir : relative(here, r.outDir) || r.outDir
    const enc = r.encoding === 'UTF-8' ? '' : `；原文为 ${r.encoding} 编码，已转换为 UTF-8`
    console.log(`已生成 ${shown}：${r.slideCount} 页幻灯片，提纲 ${r.article.nodes.length} 个节点，${r.files.length} 个文件${enc}`)
    for (const w of r.warnings)
      console.warn(`提示：${w}`)
    console.log(`下一步：cd ${shown} && npm install && npm run dev`)
    return 0
  }
  catch (e) {
    if (e instanceof ScaffoldError) {
      if (e.exitCode === 0) {
        console.log(e.message)
        return 0
      }
      console.error(`scaffold：${e.message}`)
      return e.exitCode
    }
    console.error(`scaffold：意外错误：${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}

process.exitCode = main(process.argv.slice(2))
