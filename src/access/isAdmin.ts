import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Only administrators. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Field-level twin of {@link isAdmin}, e.g. so that nobody can grant themselves a role. */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
