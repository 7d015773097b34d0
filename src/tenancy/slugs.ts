/**
 * The registry of organisations (the multi-tenant plugin's "tenants") and the field every
 * organisation-scoped document carries. One word per concept: the UI says "องค์กร /
 * Organisation"; the code keeps the plugin's words `tenants` and `tenant` (not to be taken
 * for `organisations`, each organisation's public profile).
 */
export const TENANTS_SLUG = 'tenants'
export const ORGANISATION_FIELD = 'tenant'
