import { APIError, type Config, type Field, type FieldHook, type FilterOptions, type Where } from 'payload'

import { idOf } from '@/access/roles'
import { idsOf } from '../../collections/fields/uploads'
import { organisationIdsOf } from './organisationIdsOf'
import { ORGANISATION_FIELD } from './slugs'

/**
 * A file field may only point at a file of the document's own organisation: its
 * `filterOptions` (which Payload 3.90.2 checks on the server, on every save) gain
 * `tenant = the document's`. The multi-tenant plugin does this for relationship fields only;
 * without it a guessed file id of another organisation could be attached, and published
 * (which makes the file public).
 */
function withOwnOrganisation(filterOptions: FilterOptions | undefined): FilterOptions {
  return async (args) => {
    const own = typeof filterOptions === 'function' ? await filterOptions(args) : (filterOptions ?? true)
    if (own === false) return false
    const organisation = idOf((args.data as Record<string, unknown> | undefined)?.[ORGANISATION_FIELD])
    const organisations = organisation !== undefined ? [organisation] : organisationIdsOf(args.req.user)
    if (organisations.length === 0) return own
    const scope: Where = { [ORGANISATION_FIELD]: { in: organisations } }
    return own === true ? scope : { and: [own as Where, scope] }
  }
}

/**
 * The same on every save, drafts included (Payload validates a draft's fields only at
 * publish): a file of another organisation is refused before anything is written.
 */
const ownFilesOnly: FieldHook = async ({ data, field, originalDoc, req, value }) => {
  const organisation = idOf((data as Record<string, unknown> | undefined)?.[ORGANISATION_FIELD] ?? originalDoc?.[ORGANISATION_FIELD])
  const ids = idsOf(value)
  if (organisation === undefined || ids.length === 0 || !('relationTo' in field)) return value
  const { totalDocs } = await req.payload.count({
    collection: field.relationTo as never,
    where: { and: [{ id: { in: ids } }, { [ORGANISATION_FIELD]: { not_equals: organisation } }] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      `ไฟล์ที่แนบต้องเป็นขององค์กรเดียวกับเอกสาร (${field.name}) / A file attached must belong to the document's organisation (${field.name})`,
      400,
      undefined,
      true,
    )
  }
  return value
}

function walk(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'upload')
      return {
        ...field,
        filterOptions: withOwnOrganisation(field.filterOptions),
        hooks: { ...field.hooks, beforeChange: [...(field.hooks?.beforeChange ?? []), ownFilesOnly] },
      } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: walk(tab.fields) })) }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => (typeof block === 'string' ? block : { ...block, fields: walk(block.fields) })),
      }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: walk(field.fields) } as Field
    return field
  })
}

/** The config with every file field of the `scoped` collections kept to the document's organisation. */
export function uploadsOfOwnOrganisation(scoped: string[]) {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      scoped.includes(collection.slug) ? { ...collection, fields: walk(collection.fields) } : collection,
    ),
  })
}
