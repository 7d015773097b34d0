/**
 * Every read of the public site: anonymous Local API calls (published documents only) as
 * a visitor of the host the request came to, so that each organisation's site shows its own
 * documents only (src/tenancy/visitorsSeeTheirHost.ts); cached per host and tagged by the
 * collections they read.
 */
import type { Where } from 'payload'

import { headers } from 'next/headers'

import { itemQueryOptions, itemWhere } from '@prongsai/oit/utilities'
import type { Framework, FrameworkItem, OitCustomConfig } from '@prongsai/oit/types'
import { siteOrigin } from '@prongsai/shared/siteOrigin'
import { fiscalYearOf, monthsOfFiscalYear } from '@prongsai/shared/thai-calendar'
import { cachedRead } from './cache'
import {
  filterFields,
  hasField,
  listSelect,
  PROFILE_SLUG,
  isOption,
  referencedSlugs,
  siteCollection,
  siteCollections,
} from './collections'
import { hostOf } from '@/tenancy/hostOf'
import { onlyOrganisation } from '@/tenancy/onlyOrganisation'
import { organisationOfHost } from '@/tenancy/organisationOfHost'
import { TENANTS_SLUG } from '@/tenancy/slugs'
import { ANONYMOUS, sitePayload } from './payload'

export type Doc = Record<string, unknown> & { id: number | string; updatedAt?: string }

export const PAGE_SIZE = 20

export async function frameworks(): Promise<Framework[]> {
  const payload = await sitePayload()
  const oit = payload.config.custom?.oit as OitCustomConfig | undefined
  return [...(oit?.frameworks ?? [])].sort((a, b) => a.year - b.year)
}

export async function framework(year: number): Promise<Framework | undefined> {
  return (await frameworks()).find((f) => f.year === year)
}

/** The organisation profile (name, emblem, contact), or null before one is published. */
export async function organisation(): Promise<Doc | null> {
  const host = await siteHost()
  return cachedRead([host, 'organisation'], [PROFILE_SLUG, 'media'], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: PROFILE_SLUG as never,
      limit: 1,
      depth: 1,
      sort: 'createdAt',
      ...asVisitorOf(host),
    })
    return (docs[0] as Doc | undefined) ?? null
  })
}

export interface ListFilters {
  fiscalYear?: number
  /** `YYYY-MM`, for collections with a month. */
  month?: string
  /** Select field → value. */
  select?: Record<string, string>
  page?: number
}

/** One page of a category's published documents, newest first. */
export async function listDocuments(slug: string, filters: ListFilters = {}) {
  const host = await siteHost()
  return cachedRead([host, 'list', slug, filters], [slug, 'media'], async () => {
    const payload = await sitePayload()
    const collection = siteCollection(payload, slug)
    if (!collection) return null
    const and: Where[] = []
    if (filters.fiscalYear && hasField(collection, 'fiscalYear'))
      and.push({ fiscalYear: { equals: filters.fiscalYear } })
    if (filters.month && hasField(collection, 'month')) {
      // The month on Bangkok's calendar, as the admin's month picker stores it.
      const month = monthsOfFiscalYear(fiscalYearOf(`${filters.month}-15T12:00:00+07:00`)).find((m) =>
        m.firstDay.startsWith(filters.month!),
      )
      if (month)
        and.push(
          { month: { greater_than_equal: month.start.toISOString() } },
          { month: { less_than: month.end.toISOString() } },
        )
    }
    for (const field of filterFields(collection)) {
      const value = filters.select?.[field.name]
      if (isOption(field, value)) and.push({ [field.name]: { equals: value } })
    }
    const result = await payload.find({
      collection: slug as never,
      where: and.length ? { and } : undefined,
      page: Math.max(1, filters.page ?? 1),
      limit: PAGE_SIZE,
      depth: 0,
      sort: '-updatedAt',
      select: listSelect(collection) as never,
      ...asVisitorOf(host),
    })
    return {
      docs: result.docs as Doc[],
      page: result.page ?? 1,
      totalPages: result.totalPages,
      totalDocs: result.totalDocs,
    }
  })
}

/** The fiscal years a category has published documents in, newest first. */
export async function fiscalYearsOf(slug: string): Promise<number[]> {
  const host = await siteHost()
  return cachedRead([host, 'years', slug], [slug], async () => {
    const payload = await sitePayload()
    const collection = siteCollection(payload, slug)
    if (!collection || !hasField(collection, 'fiscalYear')) return []
    const { values } = await payload.findDistinct({
      collection: slug as never,
      field: 'fiscalYear' as never,
      limit: 100,
      sort: '-fiscalYear' as never,
      ...asVisitorOf(host),
    })
    return (values as { fiscalYear?: number | null }[])
      .map((v) => v.fiscalYear)
      .filter((y): y is number => typeof y === 'number')
  })
}

/** One published document with its files and related documents (depth 1), or null. */
export async function getDocument(slug: string, id: string) {
  const payload = await sitePayload()
  const collection = siteCollection(payload, slug)
  if (!collection || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null
  // Tagged with every collection it shows: a renamed executive or a deleted file updates the page.
  const host = await siteHost()
  return cachedRead([host, 'doc', slug, id], [slug, ...referencedSlugs(collection)], async () => {
    try {
      const doc = await payload.findByID({ collection: slug as never, id, depth: 1, disableErrors: true, ...asVisitorOf(host) })
      return (doc as Doc | null) ?? null
    } catch (error) {
      // Not found or not a valid id is a 404; anything else (a busy database) is an error,
      // and an error is not cached.
      const status = (error as { status?: number }).status
      if (status && status < 500) return null
      throw error
    }
  })
}

/** The published documents that count for an item of a year: the rules the status uses. */
export async function itemDocuments(year: number, item: FrameworkItem) {
  const slug = item.category.collection
  const host = await siteHost()
  return cachedRead([host, 'item', year, item.code], [slug], async () => {
    const payload = await sitePayload()
    const collection = siteCollection(payload, slug)
    if (!collection) return []
    const { docs } = await payload.find({
      collection: slug as never,
      where: itemWhere(item, year, itemQueryOptions(collection.config.fields)),
      limit: 100,
      depth: 0,
      sort: '-updatedAt',
      select: listSelect(collection) as never,
      ...asVisitorOf(host),
    })
    return docs as Doc[]
  })
}

/** The executives on the site, top first, then by display order. */
export async function executives() {
  const host = await siteHost()
  return cachedRead([host, 'executives'], ['executives', 'media'], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({
      collection: 'executives' as never,
      limit: 100,
      depth: 1,
      sort: 'order',
      ...asVisitorOf(host),
    })
    return docs as Doc[]
  })
}

export async function latestNews(limit = 4) {
  const host = await siteHost()
  return cachedRead([host, 'news', limit], ['news', 'media'], async () => {
    const payload = await sitePayload()
    const { docs } = await payload.find({ collection: 'news' as never, limit, depth: 1, sort: '-date', ...asVisitorOf(host) })
    return docs as Doc[]
  })
}

export interface SearchHit {
  slug: string
  kind: string
  title: string
  doc: Doc
}

/** Published documents whose title contains the words asked, across every category. */
export async function search(query: string, limit = 50): Promise<SearchHit[]> {
  // Control characters are no words (and the API refuses a NUL in a query: plugins/query-guard).
  const words = query
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
  if (!words.length) return []
  const payload = await sitePayload()
  const slugs = siteCollections(payload).map((c) => c.slug)
  const host = await siteHost()
  return cachedRead([host, 'search', words, limit], slugs, async () => {
    const hits: SearchHit[] = []
    for (const collection of siteCollections(payload)) {
      if (collection.titleField === 'id') continue
      const { docs } = await payload.find({
        collection: collection.slug as never,
        where: { and: words.map((word) => ({ [collection.titleField]: { like: word } })) },
        limit,
        depth: 0,
        sort: '-updatedAt',
        select: listSelect(collection) as never,
        ...asVisitorOf(host),
      })
      for (const doc of docs as Doc[])
        hits.push({
          slug: collection.slug,
          kind: collection.singular,
          title: String(doc[collection.titleField] ?? doc.id),
          doc,
        })
    }
    return hits
      .sort((a, b) => String(b.doc.updatedAt ?? '').localeCompare(String(a.doc.updatedAt ?? '')))
      .slice(0, limit)
  })
}

export interface SiteSettings {
  name: string
  shortName?: string
  nameEn?: string
  logo?: unknown
  thaiDigits: boolean
  profileId?: number | string
  contact?: Record<string, unknown>
}

/**
 * The name of the organisation whose site this host is, from the organisations' registry:
 * what the site is called before its profile is published.
 */
async function registeredName(): Promise<string | undefined> {
  const host = await siteHost()
  return cachedRead([host, 'registered-name'], [TENANTS_SLUG], async () => {
    const payload = await sitePayload()
    const id = (await organisationOfHost(payload, host)) ?? (await onlyOrganisation({ payload }))
    if (id === undefined) return undefined
    const found = await payload.findByID({ collection: TENANTS_SLUG, id, depth: 0, overrideAccess: true, disableErrors: true })
    return found?.name
  })
}

/** What every page needs of the organisation: its name, emblem and how it writes digits. */
export async function siteSettings(): Promise<SiteSettings> {
  const org = await organisation()
  return {
    name: (org?.nameTh as string | undefined) ?? (await registeredName()) ?? 'โปร่งใส Prongsai',
    shortName: org?.shortName as string | undefined,
    nameEn: org?.nameEn as string | undefined,
    logo: org?.logo,
    thaiDigits: Boolean((org?.website as { thaiDigits?: boolean } | undefined)?.thaiDigits),
    profileId: org?.id,
    contact: org?.contact as Record<string, unknown> | undefined,
  }
}

/**
 * Origin of the public site, as the ITAS sheet writes it: NEXT_PUBLIC_SERVER_URL when set,
 * else the origin the visitor's request came to (`Host`, `X-Forwarded-Proto`; never kept for
 * later: shared/siteOrigin.ts).
 */
export async function siteUrl(): Promise<string> {
  const payload = await sitePayload()
  const configured = (payload.config.custom?.oit as OitCustomConfig | undefined)?.siteUrl || payload.config.serverURL
  return siteOrigin(configured, await requestHeaders()) ?? `http://localhost:${process.env.PORT ?? 3000}`
}

/** The host the visitor came to (which organisation's site it is); '' outside a request. */
export async function siteHost(): Promise<string> {
  return hostOf((await requestHeaders())?.headers.get('host'))
}

/** Read options of an anonymous visitor of `host`: what the public API gives on that host. */
export function asVisitorOf(host: string) {
  return { ...ANONYMOUS, req: { headers: new Headers(host ? { host } : {}) } }
}

/** The current request's headers; none outside a request (a script, a test). */
async function requestHeaders(): Promise<{ headers: Headers } | undefined> {
  try {
    return { headers: (await headers()) as unknown as Headers }
  } catch {
    return undefined
  }
}

/** Open Graph of a page: the site-wide name and locale (a page's own would replace the layout's) plus its own. */
export async function openGraph<T extends Record<string, unknown>>(own: T) {
  const site = await siteSettings()
  return { siteName: site.name, locale: 'th_TH', ...own }
}
