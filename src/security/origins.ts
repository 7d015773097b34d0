/**
 * The origins that may use the API with the sign-in cookie (Payload's `csrf`) and read its
 * answers from a script on another origin (Payload's `cors`): the site itself, nothing else.
 *
 * Payload ignores the `payload-token` cookie of a request whose `Origin` is not listed (the
 * request is then anonymous), and of one with no `Origin` unless the browser says it is
 * same-site (`Sec-Fetch-Site`); a token sent in the Authorization header is not affected.
 * The admin's own saves send the cookie with the page's origin, so every address the
 * admin is opened from must be listed:
 * - production: the origin of NEXT_PUBLIC_SERVER_URL only.
 * - development and tests: that too, and http://localhost:PORT, http://127.0.0.1:PORT and
 *   every other address and the host name of this machine on PORT: the addresses
 *   `next dev` already serves the admin to (src/lib/devOrigins.mjs, README "npm run dev").
 *
 * Production without NEXT_PUBLIC_SERVER_URL gives an empty list: Payload then checks no
 * origin (its default), since the site's own address is unknown and listing a guess would
 * lock the real one out of the admin. The cookie is still SameSite=Lax, so another site
 * gets no cookie sent with its requests; set NEXT_PUBLIC_SERVER_URL to get the check.
 */
import type { networkInterfaces } from 'node:os'

import { allowedDevOrigins } from '@/lib/devOrigins.mjs'

export interface OriginsSource {
  /** NEXT_PUBLIC_SERVER_URL: any URL of the site (its path is ignored). */
  serverUrl: string | undefined
  isProduction: boolean
  /** PORT of `next dev` / `next start`. */
  port: number
  /** This machine's addresses and name (tests give their own); default: the real ones. */
  interfaces?: ReturnType<typeof networkInterfaces>
  hostname?: string
}

/** `http://host:port` as a browser writes it in `Origin` (no :80, IPv6 in brackets, lower case). */
function httpOrigin(host: string, port: number): string | undefined {
  try {
    return new URL(`http://${host}:${port}`).origin
  } catch {
    return undefined
  }
}

export function siteOrigins({ serverUrl, isProduction, port, interfaces, hostname }: OriginsSource): string[] {
  const origins = new Set<string>()
  if (serverUrl) {
    try {
      origins.add(new URL(serverUrl).origin)
    } catch {
      // src/env.ts refuses a malformed NEXT_PUBLIC_SERVER_URL at start-up.
    }
  }
  if (!isProduction) {
    const hosts = ['localhost', '127.0.0.1', ...allowedDevOrigins({ interfaces, hostname, serverUrl: '' })]
    for (const host of hosts) {
      // "127.*.*.*" is a pattern for Next.js, not an origin.
      if (host.includes('*')) continue
      const origin = httpOrigin(host, port)
      if (origin) origins.add(origin)
    }
  }
  return [...origins]
}
