import type { Condition } from 'payload'

/** Admin condition: show a field only when `field` holds one of `values` (e.g. a plan's kind). */
export const whenFieldIs =
  (field: string, ...values: string[]): Condition =>
  (data) =>
    values.includes(data?.[field])
