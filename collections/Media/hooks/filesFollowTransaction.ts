import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, Payload, PayloadRequest } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import { onTransactionEnd } from '@/db/transactionEvents'
import { makePendingFolder } from '../pendingFolders'

/** The original file and every generated size of an upload document. */
export function filesOf(doc: Record<string, unknown> | undefined): string[] {
  if (!doc) return []
  const sizes = Object.values((doc.sizes ?? {}) as Record<string, { filename?: null | string }>)
  return [doc.filename, ...sizes.map((size) => size?.filename)].filter(
    (name): name is string => typeof name === 'string' && name.length > 0,
  )
}

export const safeName = (name: string) => path.basename(name) === name && name !== '..' && name !== '.'

/**
 * Files written for a create or a replaced file are removed again if the transaction
 * rolls back: a failed save leaves no orphan files. Their names are noted beside the media
 * folder first, so that start-up recovery can remove them too when the process is killed
 * before the commit.
 */
export const removeNewFilesOnRollback: CollectionBeforeValidateHook = async ({ collection, data, req }) => {
  if (!req.file || !collection.upload) return data
  const staticDir = collection.upload.staticDir!
  const written = filesOf(data as Record<string, unknown>).filter(safeName)
  if (written.length === 0) return data
  const journal = await makePendingFolder(staticDir, 'new', collection.slug)
  await Promise.all(written.map((name) => fs.writeFile(path.join(journal, name), '')))
  const registered = await onTransactionEnd(req, {
    commit: [() => fs.rm(journal, { recursive: true, force: true })],
    rollback: [
      async () => {
        await Promise.all(written.map((name) => fs.rm(path.join(staticDir, name), { force: true })))
        await fs.rm(journal, { recursive: true, force: true })
      },
    ],
  })
  // Without a transaction the files are kept as soon as they are written.
  if (!registered) await fs.rm(journal, { recursive: true, force: true })
  return data
}

/** Puts back the files of `aside` that are missing from `staticDir`; false if one could not be. */
export async function putBack(
  aside: string,
  staticDir: string,
  payload: Payload,
  names?: Iterable<string>,
): Promise<boolean> {
  let complete = true
  for (const name of names ?? (await fs.readdir(aside).catch(() => [] as string[]))) {
    try {
      await fs.link(path.join(aside, name), path.join(staticDir, name))
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      complete = false
      payload.logger.error({ err: error, msg: `[prongsai] could not put back ${name}; it is kept in ${aside}` })
    }
  }
  return complete
}

/**
 * Payload deletes a document's files before it deletes (or re-points) the row. Should the
 * transaction then roll back, the row would point at files that are gone. So the files
 * are first hard-linked aside (instant, no copy), put back on rollback and let go on commit.
 */
export const keepOldFilesUntilCommit: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const replacing = operation === 'update' && Boolean(req.file)
  if ((operation !== 'delete' && !replacing) || !collection.upload) return args
  const staticDir = path.resolve(collection.upload.staticDir!)
  const docs = await docsConcerned(
    req,
    collection.slug,
    args as { id?: number | string; where?: Record<string, unknown> },
  )
  const names = [...new Set(docs.flatMap(filesOf))].filter(safeName)
  if (names.length === 0) return args
  const aside = await makePendingFolder(staticDir, 'pending', collection.slug)
  for (const name of names) {
    // A file already missing has nothing to keep.
    await fs.link(path.join(staticDir, name), path.join(aside, name)).catch(() => {})
  }
  const registered = await onTransactionEnd(req, {
    commit: [() => fs.rm(aside, { recursive: true, force: true })],
    rollback: [
      async () => {
        if (await putBack(aside, staticDir, req.payload)) await fs.rm(aside, { recursive: true, force: true })
      },
    ],
  })
  // Without a transaction there is nothing to roll back to.
  if (!registered) await fs.rm(aside, { recursive: true, force: true })
  return args
}

async function docsConcerned(
  req: PayloadRequest,
  slug: string,
  args: { id?: number | string; where?: Record<string, unknown> },
) {
  const { docs } = await req.payload.find({
    collection: slug as never,
    where: args.id !== undefined ? { id: { equals: args.id } } : (args.where as never),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as Record<string, unknown>[]
}
