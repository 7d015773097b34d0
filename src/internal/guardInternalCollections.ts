/**
 * Who may write Payload's own collections and globals through the API. Payload adds them
 * while it sanitizes the config, after every plugin has run, so their access is set on the
 * sanitized config here. Each one must be listed: a collection or global a Payload upgrade
 * adds stops the start-up until someone has decided who may write it.
 */
import type { Access, SanitizedConfig } from 'payload'

import { createLock } from '@/access/createLock'
import { deleteLock } from '@/access/deleteLock'
import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { readLock } from '@/access/readLock'
import { updateLock } from '@/access/updateLock'
import { deletePreferenceByKey } from './deletePreferenceByKey'

type Rules = Partial<Record<'create' | 'delete' | 'read' | 'update', Access>>

/** `keep`: Payload's own rules stand (said here so that they were looked at). */
const COLLECTIONS: Record<string, 'keep' | Rules> = {
  // Signed-in users by default: anyone could lock a document in anyone's name (a 423 for them),
  // and read every organisation's locks (which documents are being edited, by whom).
  'payload-locked-documents': { create: createLock, read: readLock, update: updateLock, delete: deleteLock },
  // Each user's own; Payload sets the owner to the caller on every save.
  'payload-preferences': 'keep',
  // Nobody: jobs are queued by the system and by the admin's schedule-publish server
  // function (plugins/workflow/serverFunctions/schedulePublish.ts judges who may).
  'payload-jobs': 'keep',
  // Nobody: the app's own store (reminders sent).
  'payload-kv': 'keep',
  // Signed-in users by default; only `payload migrate` (the system) writes it.
  'payload-migrations': { create: nobody, read: nobody, update: nobody, delete: nobody },
}

const GLOBALS: Record<string, 'keep' | Rules> = {
  // Signed-in users by default: the scheduler's last runs, written by the system only.
  'payload-jobs-stats': { read: isAdmin, update: nobody },
}

const isInternal = (slug: string) => slug.startsWith('payload-')

function unlisted(kind: string, slug: string): Error {
  return new Error(
    `[guardInternalCollections] Payload added the ${kind} "${slug}": decide who may write it in src/internal/guardInternalCollections.ts`,
  )
}

export function guardInternalCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!isInternal(collection.slug)) continue
    const rules = COLLECTIONS[collection.slug]
    if (!rules) throw unlisted('collection', collection.slug)
    if (rules !== 'keep') Object.assign(collection.access, rules)
  }
  for (const global of config.globals) {
    if (!isInternal(global.slug)) continue
    const rules = GLOBALS[global.slug]
    if (!rules) throw unlisted('global', global.slug)
    if (rules !== 'keep') Object.assign(global.access, rules)
  }
  const preferences = config.collections.find((c) => c.slug === 'payload-preferences')
  for (const endpoint of Array.isArray(preferences?.endpoints) ? preferences.endpoints : []) {
    if (endpoint.method === 'delete' && endpoint.path === '/:key') endpoint.handler = deletePreferenceByKey
  }
  return config
}
