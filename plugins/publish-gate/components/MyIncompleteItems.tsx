/**
 * Dashboard panel (server component): the incomplete documents the user may read (the
 * app's access control decides: e.g. an editor's own divisions), newest first.
 */
import type { Payload, TypedUser } from 'payload'

import React from 'react'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n?: { language?: string }
  collections: string[]
  readinessField: string
}

const LIMIT = 8

export async function MyIncompleteItems({ collections, i18n, payload, readinessField, user }: Props) {
  if (!user) return null
  const th = i18n?.language !== 'en'

  const rows: { collection: string; label: string; id: number | string; title: string; updatedAt: string }[] = []
  for (const slug of collections) {
    const config = payload.collections[slug as never] as unknown as {
      config: { admin?: { useAsTitle?: string }; labels?: { plural?: unknown } }
    }
    const titleField = config.config.admin?.useAsTitle ?? 'id'
    const plural = config.config.labels?.plural as Record<string, string> | string | undefined
    const label = typeof plural === 'string' ? plural : (plural?.[th ? 'th' : 'en'] ?? slug)
    const found = await payload.find({
      collection: slug as never,
      // Read as the user: access control narrows it to what they may see (their divisions).
      where: { [readinessField]: { equals: 'incomplete' } },
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
      <h2 style={{ marginBottom: 8 }}>{th ? 'รายการของฉันที่ยังไม่ครบ' : 'My incomplete items'}</h2>
      {rows.length === 0 ? (
        <p>{th ? 'ไม่มีรายการค้าง ทุกเอกสารพร้อมเผยแพร่' : 'Nothing pending: every document is ready to publish.'}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {rows.slice(0, LIMIT).map((row) => (
            <li key={`${row.collection}:${row.id}`} style={{ marginBottom: 4 }}>
              <a href={`/admin/collections/${row.collection}/${row.id}`}>{row.title}</a>{' '}
              <span style={{ opacity: 0.6 }}>· {row.label}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
