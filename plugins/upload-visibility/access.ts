import type { Access } from 'payload'

import { DEFAULT_FIELD_NAME } from './defaults'

/**
 * Read access for an upload collection: any signed-in user reads every file; visitors
 * only the public ones (listing, by id, population, and the file itself, which Payload's
 * static route checks with this same access and the file name).
 */
export function publicFilesOrAuthenticated(fieldName: string = DEFAULT_FIELD_NAME): Access {
  return ({ req: { user } }) => (user ? true : { [fieldName]: { equals: true } })
}
