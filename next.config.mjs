import { withPayload } from '@payloadcms/next/withPayload'

import { fileURLToPath } from 'node:url'

import { allowedDevOrigins } from './src/lib/devOrigins.mjs'
import { SECURITY_HEADERS } from './src/security/headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second Next.js beside the first (the dev-server browser test runs next to the built app).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // `next dev` from any address the operator uses: 127.0.0.1, the server's LAN address, …
  allowedDevOrigins: allowedDevOrigins(),
  // The public site's cached reads live in memory, never on disk across restarts (see the file).
  cacheHandler: fileURLToPath(new URL('./src/site/cache-handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // Uploads can be PDFs of scanned official documents: allow them through server actions too.
  experimental: {
    serverActions: { bodySizeLimit: '25mb' },
  },
  // No image optimizer: the site shows the sizes sharp made at upload (MediaView.tsx), and
  // `/_next/image` would keep its own copy of a file after the file stops being public
  // (its cache does not ask the file route again). `/_next/image` is then a 404.
  images: { unoptimized: true },
  poweredByHeader: false,
  // One copy of Payload in the server: it boots at start (src/instrumentation.ts), a bundle
  // of its own, and the routes reuse that instance. Bundled into each, `payload` came twice,
  // and its error classes with it: a hook's ValidationError was not `instanceof` the routes'
  // copy, so the REST answer lost its `data.errors` (the publish gate's refusal among them).
  // Payload's own dev setup keeps it external the same way (withPayload).
  serverExternalPackages: ['payload'],
  // nosniff, frames, referrer, permissions on every answer (pages' CSP: src/proxy.ts).
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
