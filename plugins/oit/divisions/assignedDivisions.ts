import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Framework } from '../framework/schema'
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
 * The division (its code) that answers for each item of a year in this organisation: the
 * one the admin reassigned the item to, else the framework's default. One query.
 */
export async function assignedDivisions(
  payload: Payload,
  framework: Framework,
  divisions: DivisionsOption | undefined,
  req?: PayloadRequest,
): Promise<Map<string, string>> {
  const assigned = new Map(framework.items.map((item) => [item.code, item.division]))
  if (!divisions) return assigned
  const prefix = itemKey(framework.year, '')
  const { docs } = await payload.db.find({
    collection: divisions.collection,
    where: { [divisions.itemsField]: { in: framework.items.map((item) => itemKey(framework.year, item.code)) } },
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

/**
 * The framework as this organisation runs it: each item with the division that answers for
 * it here. The same object when nothing is reassigned.
 */
export async function withAssignedDivisions(
  payload: Payload,
  framework: Framework,
  req?: PayloadRequest,
): Promise<Framework> {
  const divisions = (payload.config.custom?.oit as { divisions?: DivisionsOption } | undefined)?.divisions
  if (!divisions) return framework
  const assigned = await assignedDivisions(payload, framework, divisions, req)
  if (framework.items.every((item) => assigned.get(item.code) === item.division)) return framework
  return {
    ...framework,
    items: framework.items.map((item) => ({ ...item, division: assigned.get(item.code) ?? item.division })),
  }
}
