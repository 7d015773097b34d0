/**
 * Reading the Payload config itself, so that suites which enumerate "every collection ×
 * something" cover a collection added later without new test code.
 */
import type { Field, Payload, SanitizedCollectionConfig } from 'payload'

import { fieldAffectsData } from 'payload/shared'

import { dataFields } from '@prongsai/oit/utilities'

import { strip } from './documents'
import { pdfBlob, pngBlob } from './files'

/**
 * Collections an API client can write: Payload's own internal ones left out, and those
 * nobody may write through any API, not even an administrator (the audit log; its
 * refusals are tested in test/int/workflow-roles.test.ts).
 */
export function appCollections(payload: Payload): SanitizedCollectionConfig[] {
  const admin = { id: 0, collection: 'users', roles: ['admin'] }
  const writable = (c: SanitizedCollectionConfig) =>
    (c.access.create as (args: unknown) => unknown)({ req: { user: admin, payload, context: {} } }) !== false
  return payload.config.collections.filter((c) => !c.slug.startsWith('payload-') && writable(c))
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
  const published = collection.versions?.drafts ? { _status: { equals: 'published' } } : undefined
  const { docs } = await payload.find({
    collection: collection.slug as never,
    where: published,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    // A versioned collection without a published document: take its draft.
    draft: !published,
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
      data[field.name] = field.type === 'email' ? `${suffix}-${value}`.toLowerCase() : `${value}-${suffix}`
    }
  }
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
