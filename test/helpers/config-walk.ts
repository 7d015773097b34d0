/**
 * Reading the Payload config itself, so that suites which enumerate "every collection ×
 * something" cover a collection added later without new test code.
 */
import type { Field, Payload, SanitizedCollectionConfig } from 'payload'

import { fieldAffectsData } from 'payload/shared'

import { dataFields } from '@prongsai/oit/utilities'

import { ACROSS_ORGANISATIONS } from '../../src/tenancy/guardOrganisationReads'
import { ORGANISATION_FIELD, TENANTS_SLUG } from '../../src/tenancy/slugs'
import { strip } from './documents'
import { pdfBlob, pngBlob } from './files'

/**
 * Collections an API client can write: Payload's own internal ones left out, and those
 * nobody may write through any API, not even an administrator (the audit log; its
 * refusals are tested in test/int/workflow-roles.test.ts).
 */
export async function appCollections(payload: Payload): Promise<SanitizedCollectionConfig[]> {
  // The seed's administrator, who also runs the platform (the first account does).
  const admin = { id: 0, collection: 'users', roles: ['admin'], platformRole: 'administrator', tenants: [] }
  const writable = async (c: SanitizedCollectionConfig) =>
    (await (c.access.create as (args: unknown) => unknown)({ req: { user: admin, payload, context: {} } })) !== false
  const candidates = payload.config.collections.filter((c) => !c.slug.startsWith('payload-'))
  const decisions = await Promise.all(candidates.map(writable))
  return candidates.filter((_, index) => decisions[index])
}

/** Whether Payload manages the field itself (upload file data, login state): clients' values are ignored. */
export function isSystemManaged(field: Field): boolean {
  const admin = (field as { admin?: { hidden?: boolean; readOnly?: boolean } }).admin
  return (
    Boolean(admin?.hidden && admin?.readOnly) ||
    (field.type === 'group' && Boolean(admin?.hidden) && 'name' in field && field.name === 'sizes')
  )
}

/** Fields that hold data at the document's top level (rows, collapsibles and unnamed tabs opened). */
export function topLevelDataFields(fields: Field[]): Field[] {
  return dataFields(fields).filter(
    (field) => fieldAffectsData(field) && !['id', 'createdAt', 'updatedAt', '_status'].includes(field.name),
  )
}

/** Whether the collection has an array or blocks field anywhere (rows with their own ids). */
export function hasRows(fields: Field[]): boolean {
  return fields.some((field) => {
    if (field.type === 'array' || field.type === 'blocks') return true
    if (field.type === 'tabs') return field.tabs.some((tab) => hasRows(tab.fields))
    return 'fields' in field && Array.isArray(field.fields) ? hasRows(field.fields) : false
  })
}

/**
 * Whether an organisation may hold many documents of the collection: not the profile, one
 * per organisation (a unique organisation field). Suites that make copies of a document in
 * the same organisation leave those out; their fields are of kinds other collections cover.
 */
export function manyPerOrganisation(collection: SanitizedCollectionConfig): boolean {
  return !collection.flattenedFields.some((field) => field.name === ORGANISATION_FIELD && 'unique' in field && field.unique)
}

/** Organisations made by these helpers so far (their slugs stay unique when a suffix repeats). */
let spares = 0

/** A suffix as it may stand in a slug or a code (lower-case letters, digits, dashes). */
export const slugSafe = (suffix: string) => suffix.toLowerCase().replace(/[^a-z0-9-]+/g, '-')

/**
 * Data of a collection with one document per organisation (the profile), moved to a new
 * organisation of its own so that one more may be created: what it pointed to in its first
 * organisation (a division) is left out. Other collections' data is returned as it is.
 */
export async function inOrganisationOfItsOwn(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  data: Record<string, unknown>,
  suffix: string,
): Promise<Record<string, unknown>> {
  const fields = topLevelDataFields(collection.fields)
  if (!fields.some((field) => 'name' in field && field.name === ORGANISATION_FIELD && 'unique' in field && field.unique))
    return data
  const organisation = await payload.create({
    collection: TENANTS_SLUG,
    data: { name: `องค์กร ${suffix}`, slug: `org-${slugSafe(suffix)}-${++spares}` } as never,
  })
  const out: Record<string, unknown> = { ...data, [ORGANISATION_FIELD]: organisation.id }
  for (const field of fields) {
    if (field.type === 'relationship' && field.name !== ORGANISATION_FIELD) delete out[field.name]
  }
  // Its files: copies of them in the new organisation (a file belongs to one organisation).
  const names = uploadFieldNames(collection.fields)
  const copies = new Map<string, number | string>()
  const copyFile = async (id: number | string) => {
    if (!copies.has(String(id))) {
      // Payload's duplicate keeps the original's organisation whatever `data` says: moved after.
      const copy = await payload.duplicate({ collection: 'media', id, overrideAccess: true })
      await payload.update({ collection: 'media', id: copy.id, data: { [ORGANISATION_FIELD]: organisation.id } as never, overrideAccess: true })
      copies.set(String(id), copy.id)
    }
    return copies.get(String(id))!
  }
  const swap = async (value: unknown): Promise<unknown> => {
    if (Array.isArray(value)) return Promise.all(value.map(swap))
    if (!value || typeof value !== 'object') return value
    const result: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const isId = (v: unknown) => typeof v === 'number' || (typeof v === 'string' && v !== '')
      if (names.has(key) && isId(inner)) result[key] = await copyFile(inner as number | string)
      else if (names.has(key) && Array.isArray(inner) && inner.every(isId)) result[key] = await Promise.all(inner.map((v) => copyFile(v as number)))
      else result[key] = await swap(inner)
    }
    return result
  }
  return (await swap(out)) as Record<string, unknown>
}

/** Names of every upload field, however deep (tabs, groups, rows, arrays, blocks). */
function uploadFieldNames(fields: Field[], out = new Set<string>()): Set<string> {
  for (const field of fields) {
    if (field.type === 'upload') out.add(field.name)
    if (field.type === 'tabs') for (const tab of field.tabs) uploadFieldNames(tab.fields, out)
    else if (field.type === 'blocks') for (const block of field.blocks) typeof block !== 'string' && uploadFieldNames(block.fields, out)
    else if ('fields' in field && Array.isArray(field.fields)) uploadFieldNames(field.fields, out)
  }
  return out
}

export interface SampleBody {
  /** JSON data (for uploads: what goes in `_payload`). */
  data: Record<string, unknown>
  /** Builds the request body: JSON, or multipart with a small real file for uploads. */
  body: () => Promise<FormData | Record<string, unknown>>
  /** A document it was copied from (complete, so it may be published). */
  source: Record<string, unknown>
}

/**
 * A valid body to create one more document of the collection: a copy of an existing one
 * (the demo seed has at least one of each), with unique fields made unique again.
 */
export async function sampleBody(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  suffix: string,
): Promise<SampleBody> {
  // The organisations' registry: a copy of one that holds nothing (the first holds everything,
  // and an organisation that holds data is never deleted).
  const spare = { slug: { like: 'spare-' } }
  if (collection.slug === TENANTS_SLUG && (await payload.count({ collection: TENANTS_SLUG, where: spare })).totalDocs === 0) {
    await payload.create({ collection: TENANTS_SLUG, data: { name: `ว่าง ${suffix}`, slug: `spare-${slugSafe(suffix)}-${++spares}` } as never })
  }
  const published = collection.versions?.drafts ? { _status: { equals: 'published' } } : undefined
  const { docs } = await payload.find({
    sort: collection.slug === TENANTS_SLUG ? '-createdAt' : undefined,
    collection: collection.slug as never,
    where: collection.slug === TENANTS_SLUG ? spare : published,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    // A versioned collection without a published document: take its draft.
    draft: !published,
    // Any organisation's (the first's, by the oldest id): a sample, not a read for someone.
    context: { [ACROSS_ORGANISATIONS]: true },
  })
  const source = docs[0] as Record<string, unknown> | undefined
  if (!source) throw new Error(`no ${collection.slug} document to copy: the demo seed should have one`)
  const data = strip(source) as Record<string, unknown>
  // What Payload derives itself: from the uploaded file, or the login state.
  const derived = [
    ...(collection.upload
      ? ['filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'url', 'thumbnailURL', 'sizes']
      : []),
    ...(collection.auth ? ['sessions', 'loginAttempts', 'lockUntil', 'salt', 'hash'] : []),
  ]
  for (const key of derived) delete data[key]
  for (const field of topLevelDataFields(collection.fields)) {
    if (!('unique' in field && field.unique) || !fieldAffectsData(field)) continue
    const value = data[field.name]
    if (typeof value === 'string') {
      data[field.name] = field.type === 'email' ? `${suffix}-${value}`.toLowerCase() : `${value}-${slugSafe(suffix)}`
    }
  }
  // Unique together with others (a division's code within its organisation): made unique too.
  for (const index of collection.indexes ?? []) {
    if (!index.unique) continue
    for (const name of index.fields) {
      if (name !== ORGANISATION_FIELD && typeof data[name] === 'string') data[name] = `${data[name] as string}-${slugSafe(suffix)}`
    }
  }
  const moved = await inOrganisationOfItsOwn(payload, collection, data, suffix)
  for (const key of Object.keys(data)) if (!(key in moved)) delete data[key]
  Object.assign(data, moved)
  if (collection.auth) {
    data.email = `${suffix}@example.go.th`.toLowerCase()
    data.password = 'a-long-test-password-1'
  }
  const body = async () => {
    if (!collection.upload) return data
    const form = new FormData()
    const isPdf = String(source.mimeType) === 'application/pdf'
    form.append('file', isPdf ? pdfBlob() : await pngBlob(64, 48), isPdf ? `${suffix}.pdf` : `${suffix}.png`)
    form.append('_payload', JSON.stringify(data))
    return form
  }
  return { data, body, source }
}

/** An array or blocks field somewhere in a collection, with the path of names leading to it. */
export interface RowsField {
  path: string
  field: Extract<Field, { type: 'array' | 'blocks' }>
}

/** Every array and blocks field, however deep (tabs, groups, rows, collapsibles, rows of rows, blocks). */
export function rowsFields(fields: Field[], prefix = ''): RowsField[] {
  const found: RowsField[] = []
  for (const field of fields) {
    const path = 'name' in field && field.name ? (prefix ? `${prefix}.${field.name}` : field.name) : prefix
    if (field.type === 'array' || field.type === 'blocks') found.push({ path, field })
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabPath = 'name' in tab && tab.name ? (prefix ? `${prefix}.${tab.name}` : tab.name) : prefix
        found.push(...rowsFields(tab.fields, tabPath))
      }
    } else if (field.type === 'blocks') {
      for (const block of field.blocks) {
        if (typeof block !== 'string') found.push(...rowsFields(block.fields, `${path}.${block.slug}`))
      }
    } else if ('fields' in field && Array.isArray(field.fields)) {
      found.push(...rowsFields(field.fields, path))
    }
  }
  return found
}
