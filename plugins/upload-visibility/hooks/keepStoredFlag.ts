import type { FieldHook } from 'payload'

/**
 * The flag is the plugin's to set, whatever a client (or a Local API call with
 * `overrideAccess`) sends: a new file is private, a saved one keeps its stored value.
 */
export const keepStoredFlag: FieldHook = ({ field, operation, originalDoc }) => {
  if (operation === 'create') return false
  const name = (field as { name: string }).name
  return Boolean((originalDoc as Record<string, unknown> | undefined)?.[name])
}
