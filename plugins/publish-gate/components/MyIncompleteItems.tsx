/**
 * Dashboard panel (server component): the incomplete documents the user may read (the
 * app's access control decides: e.g. an editor's own divisions), within what each
 * collection's admin list shows (its base filter: e.g. the organisation chosen in a
 * multi-tenant selector), newest first.
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { headers } from 'next/headers'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { fromPayloadT } from '../translations'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
  collections: string[]
  readinessField: string
}

const LIMIT = 8

type BaseFilter = (args: { req: PayloadRequest; limit: number; page: number; sort: string; locale?: string }) => unknown
interface ListAdmin {
  baseFilter?: BaseFilter
  baseListFilter?: BaseFilter
}

/** The collection's admin-list base filter for this user and request (what its list shows), if it has one. */
async function listFilter(
  admin: ListAdmin | undefined,
  req: { payload: Payload; user: TypedUser; headers: Headers },
): Promise<Where | undefined> {
  const filter = admin?.baseFilter ?? admin?.baseListFilter
  if (!filter) return undefined
  const where = await filter({ req: req as unknown as PayloadRequest, limit: LIMIT, page: 1, sort: '-updatedAt' })
  return where && typeof where === 'object' ? (where as Where) : undefined
}

export async function MyIncompleteItems({ collections, i18n, payload, readinessField, user }: Props) {
  if (!user) return null
  const t = fromPayloadT(i18n.t as never)
  const { routes, serverURL } = payload.config

  const requestHeaders = await headers()
  const rows: { collection: string; label: string; id: number | string; title: string; updatedAt: string }[] = []
  for (const slug of collections) {
    const config = payload.collections[slug as never] as unknown as {
      config: { admin?: ListAdmin & { useAsTitle?: string }; labels?: { plural?: unknown } }
    }
    const titleField = config.config.admin?.useAsTitle ?? 'id'
    const plural = config.config.labels?.plural as Record<string, string> | string | undefined
    const label = plural ? getTranslation(plural, i18n) : slug
    const incomplete: Where = { [readinessField]: { equals: 'incomplete' } }
    const shown = await listFilter(config.config.admin, { payload, user, headers: requestHeaders })
    const found = await payload.find({
      collection: slug as never,
      // Read as the user: access control narrows it to what they may see (their divisions).
      where: shown ? { and: [incomplete, shown] } : incomplete,
      sort: '-updatedAt',
      limit: LIMIT,
      depth: 0,
      draft: true,
      user,
      overrideAccess: false,
    })
    for (const doc of found.docs as Record<string, unknown>[]) {
      rows.push({
        collection: slug,
        label,
        id: doc.id as number | string,
        title: String(doc[titleField] ?? doc.id),
        updatedAt: String(doc.updatedAt ?? ''),
      })
    }
  }
  rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))

  return (
    <section className="my-incomplete-items" style={{ marginBottom: 32 }}>
      <h2 style={{ marginBottom: 8 }}>{t('myIncompleteItems')}</h2>
      {rows.length === 0 ? (
        <p>{t('nothingPending')}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {rows.slice(0, LIMIT).map((row) => (
            <li key={`${row.collection}:${row.id}`} style={{ marginBottom: 4 }}>
              <a
                href={formatAdminURL({
                  adminRoute: routes.admin,
                  path: `/collections/${row.collection}/${row.id}`,
                  serverURL,
                  relative: true,
                })}
              >
                {row.title}
              </a>{' '}
              <span style={{ opacity: 0.6 }}>· {row.label}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
