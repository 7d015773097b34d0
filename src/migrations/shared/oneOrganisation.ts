/**
 * The data step of the `multi_organisation` migration, the same for SQLite and PostgreSQL:
 * a database made before organisations existed belongs to one organisation. It gets the
 * organisation `main` (named, typed and placed after its profile), every document, version,
 * division, file and audit entry is given to it, every account joins it, and the first
 * administrator becomes the platform administrator; what the OIT reminders remember having
 * sent becomes that organisation's (so nothing is mailed twice). Running it again changes nothing.
 */

/** Tables whose rows belong to an organisation (column `tenant_id`). */
export const ORGANISATION_TABLES = [
  'divisions', 'executives', 'laws', 'news', 'plans', 'reports', 'manuals', 'statistics', 'e_services',
  'procurement_announcements', 'procurement_monthly', 'policies', 'activities', 'risk_assessments',
  'integrity_measures', 'media', 'audit_log',
]

/** Version tables (column `version_tenant_id`): every versioned collection above and the profile. */
export const VERSION_TABLES = [
  '_organisations_v', '_executives_v', '_laws_v', '_news_v', '_plans_v', '_reports_v', '_manuals_v',
  '_statistics_v', '_e_services_v', '_procurement_announcements_v', '_procurement_monthly_v', '_policies_v',
  '_activities_v', '_risk_assessments_v', '_integrity_measures_v',
]

export interface Dialect {
  /** Quotes an identifier. */
  q: (name: string) => string
  /** An expression giving a new array-row id (text), distinct per row it is evaluated for. */
  newRowId: string
  /** Whether a text column is a year's reminder key (`oit-reminder:<4 digits>:…`). */
  isYearKey: (column: string) => string
  /** The profile's type as the registry's kind (PostgreSQL's enums of the two differ). */
  asKind?: (expression: string) => string
  /** Text concatenation of SQL expressions. */
  concat?: (...parts: string[]) => string
}

export function oneOrganisationStatements(
  { q, newRowId, isYearKey, asKind = (expression) => expression, concat = (...parts) => parts.join(' || ') }: Dialect,
  /** The host of the site's configured address (NEXT_PUBLIC_SERVER_URL), if any: the organisation's first domain. */
  host?: string,
): string[] {
  const first = `(SELECT min(${q('id')}) FROM ${q('tenants')})`
  const profile = (column: string) =>
    `(SELECT ${q(column)} FROM ${q('organisations')} ORDER BY ${q('created_at')}, ${q('id')} LIMIT 1)`
  return [
    `INSERT INTO ${q('tenants')} (${q('name')}, ${q('slug')}, ${q('kind')}, ${q('province')})
      SELECT COALESCE(${profile('name_th')}, 'องค์กรของฉัน'), 'main', ${asKind(profile('type'))}, ${profile('province')}
      WHERE NOT EXISTS (SELECT 1 FROM ${q('tenants')})`,
    // One profile per organisation (a unique index): the oldest is the organisation's.
    `UPDATE ${q('organisations')} SET ${q('tenant_id')} = ${first}
      WHERE ${q('tenant_id')} IS NULL AND ${q('id')} = (SELECT min(${q('id')}) FROM ${q('organisations')})`,
    ...ORGANISATION_TABLES.map(
      (table) => `UPDATE ${q(table)} SET ${q('tenant_id')} = ${first} WHERE ${q('tenant_id')} IS NULL`,
    ),
    ...VERSION_TABLES.map(
      (table) => `UPDATE ${q(table)} SET ${q('version_tenant_id')} = ${first} WHERE ${q('version_tenant_id')} IS NULL`,
    ),
    `INSERT INTO ${q('users_tenants')} (${q('_order')}, ${q('_parent_id')}, ${q('id')}, ${q('tenant_id')})
      SELECT 1, ${q('users')}.${q('id')}, ${newRowId}, ${first} FROM ${q('users')}
      WHERE NOT EXISTS (SELECT 1 FROM ${q('users_tenants')} WHERE ${q('_parent_id')} = ${q('users')}.${q('id')})`,
    `UPDATE ${q('users')} SET ${q('platform_role')} = 'administrator'
      WHERE NOT EXISTS (SELECT 1 FROM ${q('users')} WHERE ${q('platform_role')} = 'administrator')
        AND ${q('id')} = (SELECT min(${q('parent_id')}) FROM ${q('users_roles')} WHERE ${q('value')} = 'admin')`,
    // oit-reminder:<year>:<item>:<period> → oit-reminder:<organisation>:<year>:<item>:<period>
    `UPDATE ${q('payload_kv')} SET ${q('key')} = ${concat(`'oit-reminder:'`, `CAST(${first} AS TEXT)`, `':'`, `substr(${q('key')}, 14)`)}
      WHERE ${isYearKey(q('key'))}`,
    // Its site keeps answering on its address once a second organisation has its own.
    ...(host && /^[a-z0-9.-]+$/.test(host)
      ? [
          `INSERT INTO ${q('tenants_domains')} (${q('_order')}, ${q('_parent_id')}, ${q('id')}, ${q('host')})
            SELECT 1, ${first}, ${newRowId}, '${host}'
            WHERE NOT EXISTS (SELECT 1 FROM ${q('tenants_domains')} WHERE ${q('_parent_id')} = ${first})`,
        ]
      : []),
  ]
}
