import type { Plugin } from 'payload'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'

import { isPlatformAdminUser } from '@/access/isPlatformAdmin'
import { defaultOrganisation } from './defaultOrganisation'
import { organisationAccess, usersAccess } from './overseersReadOnly'
import { ORGANISATION_FIELD, TENANTS_SLUG } from './slugs'
import { uploadsOfOwnOrganisation } from './uploadsOfOwnOrganisation'

export interface OrganisationsOptions {
  /** Collections whose every document belongs to one organisation. */
  scoped: string[]
  /** Collections with exactly one document per organisation (the profile). */
  onePerOrganisation: string[]
}

/** The plugin's words in the admin: an organisation, not a "tenant" (its Thai says ผู้เช่า, a renter). */
const WORDS = {
  th: {
    'assign-tenant-button-label': 'ย้ายไปองค์กรอื่น',
    'assign-tenant-modal-title': 'ย้าย "{{title}}" ไปองค์กรอื่น',
    'field-assignedTenant-label': 'องค์กร',
    'nav-tenantSelector-label': 'องค์กร',
  },
  en: {
    'assign-tenant-button-label': 'Move to another organisation',
    'assign-tenant-modal-title': 'Move "{{title}}" to another organisation',
    'field-assignedTenant-label': 'Organisation',
    'nav-tenantSelector-label': 'Organisation',
  },
}

/**
 * Many organisations on one deployment, with Payload's official multi-tenant plugin: every
 * document of `scoped` carries its organisation, staff read and write only their own
 * organisation's, platform administrators see all, overseers read theirs and write nothing.
 * Deleting an organisation deletes nothing else. A single-organisation deployment needs no
 * choice anywhere (src/tenancy/defaultOrganisation.ts). Place it after every plugin that adds
 * a scoped collection.
 */
export function organisationsPlugin({ scoped, onePerOrganisation }: OrganisationsOptions): Plugin {
  const perCollection = { accessResultOverride: organisationAccess }
  const tenants = multiTenantPlugin({
    tenantsSlug: TENANTS_SLUG,
    collections: Object.fromEntries([
      ...scoped.map((slug) => [slug, perCollection]),
      ...onePerOrganisation.map((slug) => [slug, { ...perCollection, isGlobal: true }]),
    ]),
    tenantField: { name: ORGANISATION_FIELD, defaultValue: defaultOrganisation },
    userHasAccessToAllTenants: isPlatformAdminUser,
    // The users' list of organisations is collections/Users' own (with its Thai labels).
    tenantsArrayField: { includeDefaultField: false },
    usersAccessResultOverride: usersAccess,
    // Offboarding an organisation is a deliberate export and purge, never a side effect of a delete.
    cleanupAfterTenantDelete: false,
    i18n: { translations: WORDS },
  })
  // The plugin keeps relationship fields to the document's organisation; files too.
  const files = uploadsOfOwnOrganisation([...scoped, ...onePerOrganisation])
  const indexes = organisationFirstIndexes([...scoped, ...onePerOrganisation])
  return async (config) => indexes(files(await tenants(config)))
}

/**
 * Every query of an organisation's collection names the organisation: its compound indexes
 * start with it, so that one organisation's reads walk its own entries, not every
 * organisation's (the status's counts by year and status, the gate's readiness count). In the
 * collection config, so every adapter (MongoDB too) builds them.
 */
function organisationFirstIndexes(slugs: string[]): Plugin {
  const scoped = new Set(slugs)
  return (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      scoped.has(collection.slug) && collection.indexes?.length
        ? {
            ...collection,
            indexes: collection.indexes.map((index) =>
              index.unique || index.fields[0] === ORGANISATION_FIELD ? index : { ...index, fields: [ORGANISATION_FIELD, ...index.fields] },
            ),
          }
        : collection,
    ),
  })
}
