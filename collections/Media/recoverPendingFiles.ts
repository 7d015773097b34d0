/**
 * At start-up: settles the files that a stopped process (killed, crashed, power cut) left
 * waiting for a transaction (see pendingFolders.ts), from what the database committed:
 *
 * - a file set aside by a delete or a replacement goes back to the media folder only if a
 *   document of the collection still names it (the transaction never committed); if none
 *   does (the delete committed, or the file was replaced), it is let go;
 * - a file noted as being written is removed from the media folder unless a document
 *   names it (the create or replacement never committed).
 *
 * Folders of processes still running are left to them.
 */
import type { Payload, SanitizedCollectionConfig, Where } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import { putBack, safeName } from './hooks/filesFollowTransaction'
import { pendingFoldersIn, type PendingFolder } from './pendingFolders'

/** How many names one query asks about. */
const CHUNK = 100

/** The fields of an upload document that hold a file name: the file and each image size. */
function fileNameFields(collection: SanitizedCollectionConfig): string[] {
  const sizes = collection.upload ? (collection.upload.imageSizes ?? []) : []
  return ['filename', ...sizes.map((size) => `sizes.${size.name}.filename`)]
}

/** Which of `names` a document of `collection` names (published, draft or in the trash). */
export async function namedByDocuments(
  payload: Payload,
  collection: SanitizedCollectionConfig,
  names: string[],
): Promise<Set<string>> {
  const fields = fileNameFields(collection)
  const named = new Set<string>()
  const wanted = new Set(names)
  const views = collection.versions?.drafts ? [false, true] : [false]
  for (let start = 0; start < names.length; start += CHUNK) {
    const chunk = names.slice(start, start + CHUNK)
    const where: Where = { or: fields.map((field) => ({ [field]: { in: chunk } })) }
    for (const draft of views) {
      const { docs } = await payload.find({
        collection: collection.slug as never,
        where,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        draft,
        trash: Boolean(collection.trash),
      })
      for (const doc of docs as Record<string, unknown>[]) {
        for (const field of fields) {
          const value = field.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], doc)
          if (typeof value === 'string' && wanted.has(value)) named.add(value)
        }
      }
    }
  }
  return named
}

async function namesIn(folder: string): Promise<string[]> {
  return (await fs.readdir(folder).catch(() => [] as string[])).filter(safeName)
}

/** Settles one abandoned folder for the collections it may belong to; false if it must be kept. */
async function settle(payload: Payload, owners: SanitizedCollectionConfig[], folder: PendingFolder): Promise<boolean> {
  const names = await namesIn(folder.path)
  for (const collection of owners) {
    const staticDir = path.resolve(collection.upload.staticDir!)
    const named = await namedByDocuments(payload, collection, names)
    if (folder.kind === 'pending') {
      await fs.mkdir(staticDir, { recursive: true })
      if (!(await putBack(folder.path, staticDir, payload, names.filter((name) => named.has(name))))) return false
    } else {
      const orphans = names.filter((name) => !named.has(name))
      await Promise.all(orphans.map((name) => fs.rm(path.join(staticDir, name), { force: true })))
    }
  }
  return true
}

/** Settles every abandoned pending folder beside the folders of the upload collections stored on disk. */
export async function recoverPendingFiles(payload: Payload): Promise<void> {
  const uploads = payload.config.collections.filter(
    (collection) => collection.upload && !collection.upload.disableLocalStorage && collection.upload.staticDir,
  )
  const parentOf = (collection: SanitizedCollectionConfig) => path.dirname(path.resolve(collection.upload.staticDir!))
  for (const parent of new Set(uploads.map(parentOf))) {
    const beside = uploads.filter((collection) => parentOf(collection) === parent)
    for (const folder of await pendingFoldersIn(parent)) {
      if (!folder.abandoned) continue
      // A folder from before collections were named in folder names may belong to any of them.
      const owners = folder.slug === undefined ? beside : beside.filter((c) => c.slug === folder.slug)
      if (owners.length === 0) {
        payload.logger.warn(`[prongsai] ${folder.path}: no upload collection "${folder.slug}" here any more; kept`)
        continue
      }
      try {
        if (await settle(payload, owners, folder)) await fs.rm(folder.path, { recursive: true, force: true })
      } catch (error) {
        payload.logger.error({ err: error, msg: `[prongsai] could not settle ${folder.path}; it is kept` })
      }
    }
  }
}
