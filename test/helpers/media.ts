/**
 * Files and the fields that use them, read from the config (independently of the
 * upload-visibility plugin's own walk): for suites that enumerate "every field that holds
 * a file" and check the database and the media folder after each request.
 */
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { imageBuffer, pdfBuffer } from '../../seed/files'

export const MEDIA = 'media'

/** One field that holds a file of `media`, and where it sits in a document. */
export interface MediaField {
  collection: string
  /** Keys from the document's top level (array rows by index 0). */
  path: (number | string)[]
  /** Dotted, for messages. */
  name: string
  hasMany: boolean
  /** What the field accepts: a PDF where it takes only PDFs, else an image. */
  kind: 'pdf' | 'png'
}

function kindOf(field: FlattenedField): 'pdf' | 'png' {
  // Declared on the field (collections/fields/uploads.ts); else read from a plain mime filter.
  const kinds = (field as { custom?: { mediaKinds?: string[] } }).custom?.mediaKinds
  if (kinds) return kinds.includes('pdf') ? 'pdf' : 'png'
  const filter = (field as { filterOptions?: unknown }).filterOptions as
    { mimeType?: { equals?: string; like?: string } } | undefined
  return filter?.mimeType?.like?.startsWith('image/') ? 'png' : 'pdf'
}

function walk(fields: FlattenedField[], collection: string, prefix: (number | string)[], out: MediaField[]) {
  for (const field of fields) {
    switch (field.type) {
      case 'upload':
      case 'relationship': {
        const to = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        if (!to.includes(MEDIA)) break
        if (Array.isArray(field.relationTo))
          throw new Error(`${collection}.${field.name}: polymorphic file fields: extend test/helpers/media.ts`)
        const at = [...prefix, field.name]
        out.push({ collection, path: at, name: at.join('.'), hasMany: Boolean(field.hasMany), kind: kindOf(field) })
        break
      }
      case 'group':
      case 'tab':
        if ('name' in field && field.name) walk(field.flattenedFields, collection, [...prefix, field.name], out)
        else walk(field.flattenedFields, collection, prefix, out)
        break
      case 'array':
        walk(field.flattenedFields, collection, [...prefix, field.name, 0], out)
        break
      case 'blocks':
        for (const block of field.blocks ?? []) {
          const inner: MediaField[] = []
          walk(block.flattenedFields, collection, [...prefix, field.name, 0], inner)
          if (inner.length)
            throw new Error(`${collection}.${field.name}: files in blocks: extend test/helpers/media.ts`)
        }
        break
    }
  }
}

/** The fields of a collection that hold files, at any depth. */
export function mediaFieldsOf(collection: SanitizedCollectionConfig): MediaField[] {
  const out: MediaField[] = []
  walk(collection.flattenedFields, collection.slug, [], out)
  return out
}

/** Every collection (not Payload's own, not an upload collection) with a field that holds files. */
export function mediaReferrers(payload: Payload): SanitizedCollectionConfig[] {
  return payload.config.collections.filter(
    (c) => !c.slug.startsWith('payload-') && !c.upload && mediaFieldsOf(c).length > 0,
  )
}

/** Sets `value` at `path` in `doc` (a plain copy), making groups and the first array row as needed. */
export function setAt(doc: Record<string, unknown>, at: (number | string)[], value: unknown): void {
  let node: Record<number | string, unknown> = doc
  at.forEach((key, i) => {
    if (i === at.length - 1) {
      node[key] = value
      return
    }
    const next = at[i + 1]
    if (!node[key] || typeof node[key] !== 'object') node[key] = typeof next === 'number' ? [] : {}
    if (typeof next === 'number' && !(node[key] as unknown[])[next]) (node[key] as unknown[])[next] = {}
    node = node[key] as Record<number | string, unknown>
  })
}

/** The file ids at `path` in `doc` (as strings; populated or not). */
export function idsAt(doc: unknown, at: (number | string)[]): string[] {
  let node: unknown = doc
  for (const key of at)
    node = node && typeof node === 'object' ? (node as Record<number | string, unknown>)[key] : undefined
  return (Array.isArray(node) ? node : [node])
    .map((v) => (v && typeof v === 'object' ? (v as { id?: unknown }).id : v))
    .filter((v) => v !== null && v !== undefined)
    .map(String)
}

let serial = 0

/** A new file (no document uses it yet), made by the system. */
export async function newMediaFile(payload: Payload, kind: 'pdf' | 'png', label = 'ไฟล์ทดสอบ') {
  const n = ++serial
  const data = kind === 'pdf' ? pdfBuffer() : await imageBuffer(64, 48, '#2a6f3e')
  const doc = (await payload.create({
    collection: MEDIA,
    data: { alt: `${label} ${n}` },
    file: {
      data,
      name: `t-${n}.${kind}`,
      mimetype: kind === 'pdf' ? 'application/pdf' : 'image/png',
      size: data.length,
    },
    overrideAccess: true,
  })) as unknown as { id: number; filename: string }
  return { id: doc.id, filename: doc.filename }
}

/** The names of a file document's files on disk (the original and every size). */
function namesOf(doc: Record<string, unknown>): string[] {
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: null | string }>)
  return [doc.filename, ...sizes.map((s) => s?.filename)].filter((n): n is string => typeof n === 'string' && n !== '')
}

/**
 * A file as it stands: its stored document (null once deleted) and, for each of its files,
 * whether the media folder has it and a hash of its bytes. Two equal results: nothing changed.
 */
export async function mediaSnapshot(payload: Payload, id: number | string): Promise<string> {
  const doc = (await payload.db.findOne({ collection: MEDIA, where: { id: { equals: id } } })) as Record<
    string,
    unknown
  > | null
  const dir = process.env.MEDIA_DIR!
  const files: Record<string, string> = {}
  for (const name of doc ? namesOf(doc) : []) {
    const bytes = await fs.readFile(path.join(dir, name)).catch(() => null)
    files[name] = bytes ? createHash('sha256').update(bytes).digest('hex') : 'missing'
  }
  return JSON.stringify({ doc, files })
}

/** Whether every file of the stored document is in the media folder. */
export async function filesOnDisk(payload: Payload, id: number | string): Promise<boolean> {
  const snapshot = JSON.parse(await mediaSnapshot(payload, id)) as { doc: unknown; files: Record<string, string> }
  return Boolean(snapshot.doc) && !Object.values(snapshot.files).includes('missing')
}
