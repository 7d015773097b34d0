/**
 * A forgotten organisation filter fails loudly (development and tests, never production):
 * wherever there are several organisations, a database query of an organisation-scoped
 * collection must name one, or be made for a platform administrator, or be declared as
 * work across organisations (`acrossOrganisations`, or `context: { acrossOrganisations: true }`
 * on a Local API call). Access-controlled reads name one by themselves (the multi-tenant
 * plugin ANDs the reader's organisations); the reads made past access control (status,
 * lookups, hooks, jobs) must do it themselves, and this is what finds the one that does not.
 *
 * A query by id or another unique key (`id`, a version's `parent`, a unique field, an upload's
 * `filename`), or by a reference to named documents of an organisation's collection (which
 * documents use this file, this division), equal to or in a list, names its documents and
 * passes: it cannot list another organisation's. A deployment with one organisation is not checked (nothing to mix up).
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj, FlattenedField, Payload, PayloadRequest, Where } from 'payload'

import { AsyncLocalStorage } from 'node:async_hooks'

import { isPlatformAdminUser } from '@/access/isPlatformAdmin'
import { ORGANISATION_FIELD, TENANTS_SLUG } from './slugs'

const across = new AsyncLocalStorage<true>()

/** Runs `work` as work across organisations (a platform task, a test's own bookkeeping): unguarded. */
export function acrossOrganisations<T>(work: () => T): T {
  return across.run(true, work)
}

/** The flag a Local API call's `context` sets for the same (`context: { acrossOrganisations: true }`). */
export const ACROSS_ORGANISATIONS = 'acrossOrganisations'

/** The adapter's methods that select by `where` and are checked (writes by id are not). */
const GUARDED = ['find', 'findOne', 'count', 'findDistinct', 'queryDrafts', 'findVersions', 'countVersions', 'updateMany', 'deleteMany'] as const

/** Keys that name the organisation, or name the documents themselves, in every collection. */
const NAMING = [ORGANISATION_FIELD, `version.${ORGANISATION_FIELD}`, 'id', 'parent']

/**
 * Whether a `where` keeps to named organisations (or named documents) on every branch it can
 * match; `keys`: the collection's own naming keys (its unique fields) beside the common ones.
 */
export function namesOrganisation(where: Where | undefined, keys: ReadonlySet<string> = new Set(NAMING)): boolean {
  if (!where || typeof where !== 'object') return false
  // `and` beside `or` at one level: the SQL adapters keep only one of them.
  if ('and' in where && 'or' in where) return false
  return Object.entries(where).some(([key, value]) => {
    if (key === 'and') return Array.isArray(value) && value.some((w) => namesOrganisation(w as Where, keys))
    if (key === 'or') return Array.isArray(value) && value.length > 0 && value.every((w) => namesOrganisation(w as Where, keys))
    if (!keys.has(key) || !value || typeof value !== 'object') return false
    const operand = value as { equals?: unknown; in?: unknown; exists?: unknown }
    // No organisation at all: none of any organisation's (a visitor of a host nobody has reads that).
    if (key === ORGANISATION_FIELD && operand.exists === false) return true
    // A value, or a non-empty list of values: `null` would match every organisation's documents without one.
    if ('equals' in operand) return isValue(operand.equals)
    if ('in' in operand) return Array.isArray(operand.in) && operand.in.length > 0 && operand.in.every(isValue)
    return false
  })
}

const isValue = (value: unknown) => typeof value === 'number' || (typeof value === 'string' && value !== '')

export function guardOrganisationReads<T extends BaseDatabaseAdapter>(result: DatabaseAdapterObj<T>): DatabaseAdapterObj<T> {
  return {
    ...result,
    init: (args) => {
      const adapter = result.init(args)
      const payload: Payload = args.payload
      // Each organisation-scoped collection, with the keys that name one of its documents.
      let scoped: Map<string, ReadonlySet<string>> | undefined
      const keysOf = (slug: string) => {
        if (!scoped) {
          const collections = payload.config.collections.filter((c) =>
            c.flattenedFields.some((f) => f.name === ORGANISATION_FIELD && 'relationTo' in f && f.relationTo === TENANTS_SLUG),
          )
          const slugs = new Set(collections.map((c) => c.slug))
          scoped = new Map(
            collections.map((c) => [
              c.slug,
              new Set([
                ...NAMING,
                // Each also as a version's (`version.<path>`: findVersions, queryDrafts).
                ...[
                  ...c.flattenedFields.filter((f) => 'unique' in f && f.unique && f.name !== ORGANISATION_FIELD).map((f) => f.name),
                  ...(c.upload ? ['filename'] : []),
                  // A reference to a named document of an organisation's collection: only that organisation's point to it.
                  ...referencePaths(c.flattenedFields, slugs),
                ].flatMap((path) => [path, `version.${path}`]),
              ]),
            ]),
          )
        }
        return scoped.get(slug)
      }
      for (const method of GUARDED) {
        const original = (adapter[method] as (args: never) => Promise<unknown>).bind(adapter)
        ;(adapter as unknown as Record<string, unknown>)[method] = async (call: {
          collection?: string
          where?: Where
          req?: Partial<PayloadRequest>
        }) => {
          const keys = call?.collection ? keysOf(call.collection) : undefined
          if (
            keys &&
            !namesOrganisation(call.where, keys) &&
            !across.getStore() &&
            !call.req?.context?.[ACROSS_ORGANISATIONS] &&
            !isPlatformAdminUser(call.req?.user) &&
            (await several(adapter))
          ) {
            throw new Error(
              `[organisations guard] ${method}(${call.collection}) ไม่ได้ระบุองค์กร / names no organisation: ` +
                `where ${JSON.stringify(call.where ?? {})}. Add { ${ORGANISATION_FIELD}: { equals: … } }, or run it in acrossOrganisations().`,
            )
          }
          return original(call as never)
        }
      }
      return adapter
    },
  }
}

/**
 * Paths of the relationship and upload fields (through groups, arrays and blocks) whose every
 * target is an organisation's collection: the plugin keeps such references inside one
 * organisation, so a query by the referenced ids cannot reach another's.
 */
function referencePaths(fields: readonly FlattenedField[], scoped: ReadonlySet<string>, prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    const path = `${prefix}${field.name}`
    if (field.type === 'relationship' || field.type === 'upload') {
      const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return field.name !== ORGANISATION_FIELD && targets.every((slug) => scoped.has(slug)) ? [path] : []
    }
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') return referencePaths(field.flattenedFields, scoped, `${path}.`)
    if (field.type === 'blocks') return field.blocks.flatMap((block) => referencePaths(block.flattenedFields, scoped, `${path}.`))
    return []
  })
}

/** Whether the deployment has more than one organisation (read straight from the registry). */
async function several(adapter: BaseDatabaseAdapter): Promise<boolean> {
  const { totalDocs } = await adapter.count({ collection: TENANTS_SLUG, where: {} })
  return totalDocs > 1
}
