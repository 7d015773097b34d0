import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Framework } from '../framework/schema'
import { organisationWhere, withinOrganisation, type OrganisationId } from '../organisations/scope'
import { itemKey } from './itemsField'

export interface DivisionsOption {
  /** The collection of divisions. */
  collection: CollectionSlug
  /** Its field with the code framework files use (`finance`). */
  codeField: string
  /** The field added to it with the items reassigned to the division. */
  itemsField: string
}

/**
 * The division (its code) that answers for each item of a year in an organisation: the
 * one the admin reassigned the item to (among that organisation's divisions), else the
 * framework's default. One query.
 */
export async function assignedDivisions(
  payload: Payload,
  framework: Framework,
  divisions: DivisionsOption | undefined,
  req?: PayloadRequest,
  organisation?: OrganisationId,
): Promise<Map<string, string>> {
  const assigned = new Map(framework.items.map((item) => [item.code, item.division]))
  if (!divisions) return assigned
  const prefix = itemKey(framework.year, '')
  // Only keys the field can hold: a year whose items are not among its options (a provisional
  // year guided by an earlier framework) has none assigned. A database with typed options
  // (PostgreSQL's enums) refuses a query for a value it cannot store.
  const options = selectOptions(payload, divisions)
  const keys = framework.items.map((item) => itemKey(framework.year, item.code)).filter((key) => !options || options.has(key))
  if (keys.length === 0) return assigned
  const { docs } = await payload.db.find({
    collection: divisions.collection,
    where: withinOrganisation({ [divisions.itemsField]: { in: keys } }, organisationWhere(payload, organisation)),
    pagination: false,
    req,
  })
  for (const doc of docs as Record<string, unknown>[]) {
    const items = doc[divisions.itemsField]
    for (const key of Array.isArray(items) ? (items as string[]) : []) {
      if (key.startsWith(prefix)) assigned.set(key.slice(prefix.length), String(doc[divisions.codeField]))
    }
  }
  return assigned
}

/** The values the divisions' items field may hold, if it is a select field with options. */
function selectOptions(payload: Payload, divisions: DivisionsOption): Set<string> | undefined {
  const field = payload.collections[divisions.collection]?.config.flattenedFields.find((f) => f.name === divisions.itemsField)
  if (!field || field.type !== 'select') return undefined
  return new Set(field.options.map((option) => (typeof option === 'string' ? option : option.value)))
}

/**
 * The framework as this organisation runs it: each item with the division that answers for
 * it here. The same object when nothing is reassigned.
 */
export async function withAssignedDivisions(
  payload: Payload,
  framework: Framework,
  req?: PayloadRequest,
  organisation?: OrganisationId,
): Promise<Framework> {
  const divisions = (payload.config.custom?.oit as { divisions?: DivisionsOption } | undefined)?.divisions
  if (!divisions) return framework
  const assigned = await assignedDivisions(payload, framework, divisions, req, organisation)
  if (framework.items.every((item) => assigned.get(item.code) === item.division)) return framework
  return {
    ...framework,
    items: framework.items.map((item) => ({ ...item, division: assigned.get(item.code) ?? item.division })),
  }
}
