import type { Access, FieldAccess } from 'payload'

/**
 * Platform administrators run the deployment: they create organisations, set their domains,
 * and see every organisation's data (the multi-tenant plugin's `userHasAccessToAllTenants`).
 * An organisation's own administrator (role `admin`) runs only that organisation.
 */
export function isPlatformAdminUser(user: unknown): boolean {
  return (user as { platformRole?: unknown } | null | undefined)?.platformRole === 'administrator'
}

/** Collection access twin of {@link isPlatformAdminUser}. */
export const isPlatformAdmin: Access = ({ req: { user } }) => isPlatformAdminUser(user)

/** Field access twin of {@link isPlatformAdminUser}: platform roles and organisation lists. */
export const isPlatformAdminField: FieldAccess = ({ req: { user } }) => isPlatformAdminUser(user)

/** Twin for Payload's job queue (`jobs.access`), which asks a yes or no: the queue is the platform's. */
export const isPlatformAdminRequest = ({ req: { user } }: { req: { user?: unknown } }): boolean =>
  isPlatformAdminUser(user)
