/** A loopback port that swallows requests: outside traffic hanging, as behind a dropping firewall. */
import type { AddressInfo, Socket } from 'node:net'
import { createServer as createTcpServer } from 'node:net'

export interface BlackHole {
  port: number
  close: () => Promise<void>
}

/** A loopback TCP port that accepts connections, reads whatever is sent and never answers. */
export async function startBlackHole(): Promise<BlackHole> {
  const sockets = new Set<Socket>()
  const server = createTcpServer((socket) => {
    sockets.add(socket)
    socket.on('data', () => {})
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets)
        socket.destroy()
      server.close(() => resolve())
    }),
  }
}
