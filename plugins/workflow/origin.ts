import type { PayloadRequest } from 'payload'

/** The origin a request was sent to (`Host` + `X-Forwarded-Proto`, else the URL's scheme), or undefined. */
export function requestOrigin(req: Pick<PayloadRequest, 'headers' | 'url'>): string | undefined {
  const host = req.headers?.get('host')?.trim()
  // A host name or address and a port, nothing else (no path, no user).
  if (!host || !/^[a-z0-9.\-[\]:]+$/i.test(host)) return undefined
  const forwarded = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  let scheme = forwarded === 'https' || forwarded === 'http' ? forwarded : undefined
  try {
    scheme ??= req.url ? new URL(req.url).protocol.replace(/:$/, '') : undefined
  } catch {
    // a path-only URL
  }
  try {
    const url = new URL(`${scheme === 'https' ? 'https' : 'http'}://${host}`)
    return url.origin
  } catch {
    return undefined
  }
}
