import type { Access } from 'payload'

/**
 * Logged-in staff read everything; visitors read published documents only, so a draft
 * never reaches the public site or the API.
 */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
