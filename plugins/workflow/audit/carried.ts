import type { WorkflowSettings } from '../defaults'

/** A relationship's id, populated or not. */
export const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: number | string }).id : (value as number | string | undefined)

/**
 * The fields a document's audit entries carry from it (`audit.carryFields`, e.g. its
 * organisation), as `[name, value]` pairs: what an entry is written with, and what a read of
 * the document's entries keeps to.
 */
export function carriedFields(settings: Pick<WorkflowSettings, 'audit'>, doc: Record<string, unknown>) {
  return settings.audit.carryFields.flatMap((name) => {
    const value = idOf(doc[name])
    return value === undefined || value === null ? [] : [[name, value] as const]
  })
}
