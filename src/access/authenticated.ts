import type { PayloadRequest } from 'payload'

/** Any logged-in user of the admin (usable as collection access and as `access.admin`). */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
