import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Uploads can be PDFs of scanned official documents: allow them through server actions too.
  experimental: {
    serverActions: { bodySizeLimit: '25mb' },
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
