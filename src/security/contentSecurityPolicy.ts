/**
 * The Content-Security-Policy of every page, the admin's and the public site's, sent by
 * src/proxy.ts with a new nonce per request. Next.js reads the nonce from the request's
 * `Content-Security-Policy` header and puts it on its own scripts (framework, page chunks,
 * the inline RSC payload); both route groups render per request, so every page gets it.
 *
 * - Scripts: this origin and the nonce, no inline script without it and no `eval`
 *   (React and Next.js need `eval` only in development, for error stacks). Uploaded files
 *   cannot pass as scripts: they are served with their own type and `nosniff`.
 * - Styles: this origin and inline styles (the admin sets `style` attributes and injects
 *   `<style>` tags that carry no nonce; a nonce in `style-src` would turn those off).
 * - Images: this origin, `data:` and `blob:` (the admin's preview of a file before upload).
 * - No plugins, no `<base>`, forms only to this origin, framed only by this origin.
 */
export interface PolicyOptions {
  nonce: string
  /** `next dev`: React's `eval` for error stacks and the HMR web socket. */
  development?: boolean
}

export function contentSecurityPolicy({ nonce, development = false }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** 128 random bits, base64: unguessable, and a valid CSP nonce. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}
