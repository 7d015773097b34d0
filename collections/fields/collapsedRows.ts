import type { ArrayField } from 'payload'

/**
 * An array whose rows start closed when a document opens (long tables such as สขร.1's
 * purchases), while a row the editor adds opens at once with its first input focused
 * (`src/admin/OpenAddedRows.tsx`). Spread into the array's `admin`.
 */
export function collapsedRows(admin: ArrayField['admin'] = {}): NonNullable<ArrayField['admin']> {
  return {
    ...admin,
    initCollapsed: true,
    components: {
      ...admin?.components,
      afterInput: [...(admin?.components?.afterInput ?? []), './src/admin/OpenAddedRows#OpenAddedRows'],
    },
  }
}
