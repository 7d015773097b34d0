/**
 * Loads the demo OIT content (seed/data/oit-demo) into Payload, idempotently: media are
 * matched by file name, documents by collection + title field, the organisation profile
 * is filled only while it is still empty. References ($media, $division, $document)
 * become ids here, so the data files stay plain data.
 */
import type { Payload } from 'payload'

import type { DemoDocument, DemoMedia } from './data/oit-demo/types'
import { imageBuffer, pdfBuffer } from './files'
import { ofThisOrganisation } from './scope'

type Counts = Record<string, number>

export interface OitDemoData {
  media: DemoMedia[]
  organisationProfile: Record<string, unknown>
  documents: DemoDocument[]
}

/** The field each collection's documents are matched by. */
function titleField(payload: Payload, collection: string): string {
  const config = payload.collections[collection as never] as unknown as { config: { admin?: { useAsTitle?: string } } } | undefined
  if (!config) throw new Error(`seed: ไม่มีคอลเลกชัน / no collection "${collection}"`)
  return config.config.admin?.useAsTitle ?? 'title'
}

async function ensureMedia(payload: Payload, items: DemoMedia[], counts: Counts): Promise<Map<string, number | string>> {
  const ids = new Map<string, number | string>()
  for (const item of items) {
    const found = await payload.find({
      collection: 'media',
      where: ofThisOrganisation({ filename: { equals: item.filename } }),
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (found.docs[0]) {
      ids.set(item.key, found.docs[0].id)
      continue
    }
    const data =
      item.kind === 'pdf' ? pdfBuffer() : await imageBuffer(item.width ?? 800, item.height ?? 600, item.colour ?? '#1d4e89')
    const doc = await payload.create({
      collection: 'media',
      data: { alt: item.alt },
      file: {
        data,
        name: item.filename,
        mimetype: item.kind === 'pdf' ? 'application/pdf' : 'image/png',
        size: data.length,
      },
      overrideAccess: true,
    })
    ids.set(item.key, doc.id)
    counts.media = (counts.media ?? 0) + 1
  }
  return ids
}

interface Resolver {
  media: Map<string, number | string>
  divisions: Map<string, number | string>
  payload: Payload
}

async function resolve(value: unknown, r: Resolver): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolve(v, r)))
  if (!value || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  if ('$media' in record) {
    const id = r.media.get(record.$media as string)
    if (id === undefined) throw new Error(`seed: ไม่มีไฟล์ / unknown media "${String(record.$media)}"`)
    return id
  }
  if ('$division' in record) {
    const id = r.divisions.get(record.$division as string)
    if (id === undefined) throw new Error(`seed: ไม่มีส่วนราชการ / unknown division "${String(record.$division)}"`)
    return id
  }
  if ('$document' in record) {
    const { collection, title } = record.$document as { collection: string; title: string }
    const found = await r.payload.find({
      collection: collection as never,
      where: ofThisOrganisation({ [titleField(r.payload, collection)]: { equals: title } }),
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    const doc = found.docs[0] as { id: number | string } | undefined
    if (!doc) throw new Error(`seed: ไม่พบเอกสาร / no document "${title}" in ${collection}`)
    return doc.id
  }
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(record)) out[key] = await resolve(v, r)
  return out
}

function mentionsDocument(value: unknown): boolean {
  return JSON.stringify(value).includes('"$document"')
}

export async function seedOitDemo(payload: Payload, demo: OitDemoData, organisationName: string): Promise<Counts> {
  const counts: Counts = {}
  const media = await ensureMedia(payload, demo.media, counts)
  const { docs: divisionDocs } = await payload.find({
    collection: 'divisions',
    where: ofThisOrganisation(),
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  const resolver: Resolver = {
    media,
    divisions: new Map(divisionDocs.map((d) => [d.code, d.id])),
    payload,
  }

  const organisation = await payload.find({
    collection: 'organisations',
    where: ofThisOrganisation({ nameTh: { equals: organisationName } }),
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  const org = organisation.docs[0] as
    | ({ _status?: string; contact?: { address?: string } } & { id: number | string })
    | undefined
  // Only a profile that was never filled nor published: edits made in the admin are kept.
  if (org && org._status !== 'published' && !org.contact?.address) {
    await payload.update({
      collection: 'organisations',
      id: org.id,
      data: { ...((await resolve(demo.organisationProfile, resolver)) as object), _status: 'published' },
      overrideAccess: true,
    })
    counts['organisation-profile'] = 1
  }

  // Documents that point at other documents (e.g. a declaration signed by an executive) go last.
  const ordered = [...demo.documents.filter((d) => !mentionsDocument(d.data)), ...demo.documents.filter((d) => mentionsDocument(d.data))]
  for (const document of ordered) {
    const field = titleField(payload, document.collection)
    const title = document.data[field]
    if (typeof title !== 'string' || !title) {
      throw new Error(`seed: เอกสารใน ${document.collection} ไม่มี ${field} / a ${document.collection} document has no ${field}`)
    }
    const existing = await payload.count({
      collection: document.collection as never,
      where: ofThisOrganisation({ [field]: { equals: title } }),
      overrideAccess: true,
    })
    if (existing.totalDocs > 0) continue
    const data = (await resolve(document.data, resolver)) as Record<string, unknown>
    await payload.create({
      collection: document.collection as never,
      data: { ...data, _status: document.status } as never,
      draft: document.status === 'draft',
      overrideAccess: true,
    })
    counts[document.collection] = (counts[document.collection] ?? 0) + 1
  }
  return counts
}
