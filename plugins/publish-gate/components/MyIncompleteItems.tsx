/**
 * Dashboard panel (server component): the incomplete documents the user may read (the
 * app's access control decides: e.g. an editor's own divisions), within the plugin's
 * `dashboardScope` (e.g. the organisation chosen in a multi-tenant selector), newest first.
 */
import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser, Where } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { fromPayloadT } from '../translations'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: I18nClient
  collections: string[]
  readinessField: string
  /** The plugin's `dashboardScope`: what the panel keeps to beyond access control. */
  scope?: (args: { payload: Payload; user: TypedUser }) => Promise<Where | undefined> | Where | undefined
}

const LIMIT = 8

export async function MyIncompleteItems({ collections, i18n, payload, readinessField, scope, user }: Props) {
  if (!user) return null
  const shown = await scope?.({ payload, user })
  const t = fromPayloadT(i18n.t as never)
  const { routes, serverURL } = payload.config

  const rows: { collection: string; label: string; id: number | string; title: string; updatedAt: string }[] = []
  for (const slug of collections) {
    const config = payload.collections[slug as never] as unknown as {
      config: { admin?: { useAsTitle?: string }; labels?: { plural?: unknown } }
    }
    const titleField = config.config.admin?.useAsTitle ?? 'id'
    const plural = config.config.labels?.plural as Record<string, string> | string | undefined
    const label = plural ? getTranslation(plural, i18n) : slug
    const incomplete: Where = { [readinessField]: { equals: 'incomplete' } }
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
