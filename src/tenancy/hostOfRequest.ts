/** The host a request came to: its Host header, else its address's (a request built in-process). */
export function hostOfRequest(req: { headers: Headers; url?: string }): string | undefined {
  const header = req.headers.get('host')
  if (header) return header
  try {
    return req.url ? new URL(req.url).host : undefined
  } catch {
    return undefined
  }
}
