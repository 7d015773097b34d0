import type { MetadataRoute } from 'next'

import { siteCollections } from '@/site/collections'
import { cachedRead } from '@/site/cache'
import { asVisitorOf, frameworks, siteHost, siteUrl } from '@/site/data'
import { sitePayload } from '@/site/payload'

/** Documents listed per category at most (the sitemap protocol allows 50,000 URLs a file). */
const PER_COLLECTION = 2_000

// Read per request (from cached reads), never at build time.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = (await siteUrl()).replace(/\/+$/, '')
  const payload = await sitePayload()
  const collections = siteCollections(payload)
  const host = await siteHost()
  const docs = await cachedRead(
    [host, 'sitemap'],
    collections.map((c) => c.slug),
    async () => {
      const out: { url: string; lastModified?: string }[] = []
      for (const c of collections) {
        const { docs: found } = await payload.find({
          collection: c.slug as never,
          limit: PER_COLLECTION,
          depth: 0,
          sort: '-updatedAt',
          select: { updatedAt: true } as never,
          ...asVisitorOf(host),
        })
        for (const d of found as { id: number | string; updatedAt?: string }[])
          out.push({ url: `${origin}/${c.slug}/${d.id}`, lastModified: d.updatedAt })
      }
      return out
    },
  )
  const years = await frameworks()
  return [
    { url: `${origin}/` },
    ...years.flatMap((f) => [
      { url: `${origin}/oit/${f.year}` },
      ...f.items.map((i) => ({ url: `${origin}/oit/${f.year}/${i.code}` })),
    ]),
    ...collections.map((c) => ({ url: `${origin}/${c.slug}` })),
    { url: `${origin}/executives` },
    { url: `${origin}/contact` },
    ...docs,
  ]
}
