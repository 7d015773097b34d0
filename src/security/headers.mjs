/**
 * Headers on every answer of the app (next.config.mjs `headers()`): the admin, the public
 * site, the API and uploaded files, static assets too. The Content-Security-Policy of pages
 * is set per request, with a nonce, by src/proxy.ts (src/security/contentSecurityPolicy.ts);
 * uploaded files get their own, stricter one (src/security/fileResponseHeaders.ts).
 * Plain JavaScript: next.config.mjs imports it before TypeScript.
 */

/** @type {{ key: string, value: string }[]} */
export const SECURITY_HEADERS = [
  // A file is what its Content-Type says: an upload is never run as a script or a page.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // No other site may show ours in a frame (clickjacking); browsers that read CSP use `frame-ancestors`.
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  // Other sites learn only our origin from a link, never the admin's document addresses.
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Nothing here uses the camera, microphone, location or payments.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
]
