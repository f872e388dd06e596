// Worker thread of scripts/fonts/subsetPool.ts: subsets one font per message with subset-font (harfbuzz +
// Google's WOFF2 encoder, both WebAssembly). Plain JavaScript so it runs the same under tsx, Vitest and node.
import { readFile } from 'node:fs/promises'
import { parentPort } from 'node:worker_threads'
import subsetFont from 'subset-font'

parentPort.on('message', async ({ id, source, text, options }) => {
  try {
    const out = await subsetFont(await readFile(source), text, options)
    const bytes = new Uint8Array(out.buffer, out.byteOffset, out.byteLength).slice()
    parentPort.postMessage({ id, bytes }, [bytes.buffer])
  }
  catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
