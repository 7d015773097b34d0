import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The account created on an empty site (Payload's "create first user" screen) must be
 * able to run the site, whatever roles were sent with it, and the deployment: it is also the
 * platform administrator (who creates further organisations).
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) {
    return { ...data, roles: ['admin'], platformRole: 'administrator' }
  }
  return data
}
