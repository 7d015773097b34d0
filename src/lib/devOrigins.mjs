/**
 * Hosts that may load the development server's scripts and HMR socket. Next.js blocks
 * every origin but localhost in `next dev`, which leaves the admin blank when an office
 * opens it as http://127.0.0.1:3000 or from another PC at the server's address. Allowed:
 * the whole loopback range, every address of this machine, its host name, and the host of
 * NEXT_PUBLIC_SERVER_URL. Plain JavaScript: next.config.mjs imports it before TypeScript.
 *
 * @param {{ serverUrl?: string, interfaces?: ReturnType<typeof import('node:os').networkInterfaces>, hostname?: string }} [source]
 * @returns {string[]}
 */
import os from 'node:os'

export function allowedDevOrigins(source = {}) {
  const interfaces = source.interfaces ?? os.networkInterfaces()
  const hosts = new Set(['127.*.*.*', '[::1]'])
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      hosts.add(address.family === 'IPv6' ? `[${address.address.split('%')[0]}]` : address.address)
    }
  }
  const hostname = source.hostname ?? os.hostname()
  if (hostname) {
    hosts.add(hostname.toLowerCase())
    hosts.add(`${hostname.toLowerCase()}.local`)
  }
  const serverUrl = source.serverUrl ?? process.env.NEXT_PUBLIC_SERVER_URL
  if (serverUrl) {
    try {
      hosts.add(new URL(serverUrl).hostname.toLowerCase())
    } catch {
      // src/env.ts reports a malformed NEXT_PUBLIC_SERVER_URL at start-up.
    }
  }
  return [...hosts]
}
