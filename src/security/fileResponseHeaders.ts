/**
 * Headers on every uploaded file Payload serves (`/api/<upload collection>/file/<name>`),
 * added to each upload collection by `fileResponseHeadersPlugin` (so one added later has
 * them too):
 *
 * - `X-Content-Type-Options: nosniff`: the file is only what its type says.
 * - A Content-Security-Policy with `sandbox`: opened on its own, a file is a page of a
 *   unique origin with no script, no plugin and no form; it can load nothing
 *   (`default-src 'none'`) and only this site may frame it. Images and PDFs still show
 *   (checked in Chromium, test/e2e/security-headers.test.ts). This replaces Payload's own
 *   policy for XML/SVG files, which is weaker.
 * - `Cache-Control: private, no-cache`: a file is public only while a published document
 *   uses it (plugins/upload-visibility), and the file route decides that on every request.
 *   No shared cache (a proxy, a CDN) may keep a copy, and a browser asks again each time,
 *   so a file that stops being public is not served from any cache.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

export const FILE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"

export const FILE_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': FILE_CONTENT_SECURITY_POLICY,
  'Cache-Control': 'private, no-cache',
}

type ModifyResponseHeaders = (args: { headers: Headers }) => Headers | void

/** Payload's `upload.modifyResponseHeaders`: ours after the collection's own, so they always hold. */
export function withFileResponseHeaders(own?: ModifyResponseHeaders): ModifyResponseHeaders {
  return ({ headers }) => {
    const result = own?.({ headers }) ?? headers
    for (const [name, value] of Object.entries(FILE_RESPONSE_HEADERS)) result.set(name, value)
    return result
  }
}

function withHeaders(collection: CollectionConfig): CollectionConfig {
  if (!collection.upload) return collection
  const upload = collection.upload === true ? {} : collection.upload
  return {
    ...collection,
    upload: { ...upload, modifyResponseHeaders: withFileResponseHeaders(upload.modifyResponseHeaders) },
  }
}

export const fileResponseHeadersPlugin =
  (): Plugin =>
  (config: Config): Config => ({ ...config, collections: (config.collections ?? []).map(withHeaders) })
