import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** Only administrators. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level twin of {@link isAdmin}, e.g. so that nobody can grant themselves a role. */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Twin of {@link isAdmin} for Payload's job queue (`jobs.access`: run, queue, cancel), which asks a yes or no. */
export const isAdminRequest = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin')
