/**
 * The public origin of the site (`https://www.example.go.th`), for every link that leaves
 * the app: the ITAS sheet, the status, the sitemap, robots, `og:image`, e-mails.
 *
 * - NEXT_PUBLIC_SERVER_URL (the configured URL) wins whenever it is set;
 * - otherwise the origin the request came to: its `Host` header, with the scheme of
 *   `X-Forwarded-Proto` (a TLS proxy in front) or of the request URL;
 * - without a request (a scheduled job): the origin of the last signed-in staff request
 *   seen by this process, else nothing (the caller says so in its log).
 *
 * The last seen origin lives on `globalThis`: Next.js may load this module more than once
 * in one process (route handlers, server components, the admin).
 */

/** What is read of a request: a Fetch `Request`, a Payload request, or Next's `headers()`. */
export interface OriginSource {
  url?: string
  headers?: { get(name: string): null | string | undefined }
}

const LAST_KEY = Symbol.for('prongsai.siteOrigin.last')

type Store = typeof globalThis & { [LAST_KEY]?: string }

/** `https://example.go.th/some/path` → `https://example.go.th`; not a URL → undefined. */
export function originOf(url: string | undefined | null): string | undefined {
  if (!url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined
  } catch {
    return undefined
  }
}

/** The origin a request was sent to (`Host` + `X-Forwarded-Proto`), or undefined. */
export function requestOrigin(req: OriginSource | undefined | null): string | undefined {
  const host = req?.headers?.get('host')?.trim()
  // A host name or address and a port, nothing else (no path, no user).
  if (!host || !/^[a-z0-9.\-[\]:]+$/i.test(host)) return undefined
  const forwarded = req?.headers?.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  let scheme = forwarded === 'https' || forwarded === 'http' ? forwarded : undefined
  if (!scheme && req?.url) {
    try {
      const protocol = new URL(req.url).protocol
      if (protocol === 'https:' || protocol === 'http:') scheme = protocol.slice(0, -1)
    } catch {
      // a path-only URL: the scheme stays unknown
    }
  }
  // A Host header with anything but a host name and port is not an origin.
  return originOf(`${scheme ?? 'http'}://${host}`)
}

/** Remembers the origin of a request (for work done later without one). */
export function rememberOrigin(origin: string | undefined): void {
  if (origin) (globalThis as Store)[LAST_KEY] = origin
}

/** The origin of the last request seen in this process, if any. */
export function lastSeenOrigin(): string | undefined {
  return (globalThis as Store)[LAST_KEY]
}

/** Forgets the last seen origin (tests). */
export function forgetLastSeenOrigin(): void {
  delete (globalThis as Store)[LAST_KEY]
}

/**
 * The site's origin: the configured URL, else the request's origin, else the last seen one;
 * undefined when none is known. `remember`: keep the request's origin for later work
 * without a request (reminders). Only for signed-in staff: anyone may send any `Host`, and
 * a visitor's must not end up in the links mailed to staff.
 */
export function siteOrigin(
  configured: string | undefined | null,
  req?: OriginSource | null,
  { remember = false }: { remember?: boolean } = {},
): string | undefined {
  const fixed = originOf(configured)
  if (fixed) return fixed
  const own = requestOrigin(req)
  if (own) {
    if (remember) rememberOrigin(own)
    return own
  }
  return lastSeenOrigin()
}
