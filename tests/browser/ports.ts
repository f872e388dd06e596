/** Loopback ports for servers the tests start as child processes (Slidev dev, nginx). */
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:net'

/**
 * A TCP port that was free a moment ago on 127.0.0.1. Another process may take it before the caller's
 * server binds it: start servers through {@link withFreePort}, which retries on that clash.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Thrown by a `start` callback when its server could not bind the port it was given. */
export class PortTakenError extends Error {
  constructor(readonly port: number, detail: string) {
    super(`port ${port} was taken before the server could bind it: ${detail}`)
    this.name = 'PortTakenError'
  }
}

/** Whether a server's output reports that its port was in use (nginx, Node/Vite). */
export function reportsPortTaken(output: string): boolean {
  return /Address already in use|EADDRINUSE|Port \d+ is (?:already )?in use/i.test(output)
}

/**
 * Call `start` with a fresh free port until it does not throw {@link PortTakenError}
 * (at most `attempts` times); any other error is passed on at once.
 */
export async function withFreePort<T>(start: (port: number) => Promise<T>, attempts = 5): Promise<T> {
  const clashes: string[] = []
  for (let i = 0; i < attempts; i++) {
    try {
      return await start(await freePort())
    }
    catch (error) {
      if (!(error instanceof PortTakenError))
        throw error
      clashes.push(error.message)
    }
  }
  throw new Error(`no free port after ${attempts} attempts:\n${clashes.join('\n')}`)
}

/** The URL in Slidev's "public slide show > URL" line, which it prints only once Vite is listening. */
export function printedSlideShowUrl(log: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  return log.replace(/\u001B\[[\d;]*m/g, '').match(/public slide show\s*>\s*(http:\/\/\S+)/)?.[1]
}
