/**
 * How a refused publish is told apart from any other error, by its structure, never by its
 * words (which the app formats as it likes, `formatMessage`): the gate adds one entry to the
 * ValidationError's `data.errors`, on the checklist field's own path, with a `code` and the
 * ids of the rules that are missing. Payload's admin puts every entry with a path on its form
 * field (invalid, with the message), so the checklist sees the refusal on its own field; an
 * API client finds the same entry in the answer. Pure: the same in the browser and in tests.
 */
export const REFUSAL_CODE = 'publish-gate.refused'

/** The live checklist's field (a UI field: it stores nothing); the refusal entry's path. */
export const CHECKLIST_FIELD = 'publishChecklist'

export interface RefusalEntry {
  path: string
  code: typeof REFUSAL_CODE
  /** The required rules that are missing. */
  ruleIds: string[]
  message: string
  /** The checklist's name by language: Payload names the field with it in the error's summary. */
  label?: Record<string, string>
}

export function refusalEntry(ruleIds: string[], message: string, label?: Record<string, string>): RefusalEntry {
  return { path: CHECKLIST_FIELD, code: REFUSAL_CODE, ruleIds, message, ...(label ? { label } : {}) }
}

const isRefusal = (entry: unknown): entry is RefusalEntry =>
  Boolean(entry) && typeof entry === 'object' && (entry as { code?: unknown }).code === REFUSAL_CODE

/**
 * The gate's refusal in an API error answer, if any: REST (`{ errors: [{ data: { errors } }] }`),
 * GraphQL (`{ errors: [{ extensions: { data: { errors } } }] }`), or a thrown ValidationError's `data`.
 */
export function refusalIn(answer: unknown): RefusalEntry | undefined {
  const a = answer as { errors?: unknown[]; data?: { errors?: unknown[] } } | undefined
  const lists: unknown[][] = []
  if (Array.isArray(a?.data?.errors)) lists.push(a.data.errors)
  for (const error of Array.isArray(a?.errors) ? a.errors : []) {
    const e = error as { data?: { errors?: unknown[] }; extensions?: { data?: { errors?: unknown[] } } }
    for (const list of [e?.data?.errors, e?.extensions?.data?.errors]) if (Array.isArray(list)) lists.push(list)
  }
  return lists.flat().find(isRefusal)
}

/** In the admin's form state: the server marked the checklist's own field invalid. */
export function refusedInForm(fields: Record<string, { valid?: boolean } | undefined>, checklistPath = CHECKLIST_FIELD): boolean {
  return fields[checklistPath]?.valid === false
}
