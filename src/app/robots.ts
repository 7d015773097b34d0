import type { MetadataRoute } from 'next'

import { siteUrl } from '@/site/data'

// Read per request (from cached reads), never at build time.
export const dynamic = 'force-dynamic'

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = (await siteUrl()).replace(/\/+$/, '')
  // The admin and the API are not for search engines; every public page is.
  // The published files (PDFs of plans, reports, …) are served under /api/media/file/.
  return {
    rules: { userAgent: '*', allow: ['/', '/api/media/file/'], disallow: ['/admin', '/api/'] },
    sitemap: `${origin}/sitemap.xml`,
  }
}
