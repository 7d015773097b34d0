/** Reading values out of a document, the same way on the server and in the browser. */

export function valueAt(doc: unknown, path: string): unknown {
  let node: unknown = doc
  for (const key of path.split('.')) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** Whether Lexical rich text holds any visible text. */
function richTextHasText(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  const record = node as Record<string, unknown>
  if (typeof record.text === 'string' && record.text.trim() !== '') return true
  if (record.type === 'upload' || record.type === 'relationship') return true
  const children = (record.root as Record<string, unknown> | undefined)?.children ?? record.children
  return Array.isArray(children) && children.some(richTextHasText)
}

/** Keys Payload gives every array or blocks row: they say nothing about its content. */
const ROW_KEYS = new Set(['id', 'blockType', 'blockName'])

/** A list entry: a row counts by its own fields, anything else (an id, a file) by itself. */
function entryIsPresent(entry: unknown): boolean {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return isPresent(entry)
  const record = entry as Record<string, unknown>
  if ('root' in record || 'relationTo' in record) return isPresent(entry)
  const own = Object.keys(record).filter((key) => !ROW_KEYS.has(key))
  if (own.length === 0) return isPresent(entry)
  return own.some((key) => isPresent(record[key]))
}

/**
 * Has a value: non-empty text, a number (0 counts), `true`, a list with an entry that is
 * present (a row with content, not only its id), a related document or file (an id, or a
 * populated object), rich text with visible text.
 */
export function isPresent(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value === 'boolean') return value
  // A list counts when one of its entries does: an empty row (only its id) is not a bidder.
  if (Array.isArray(value)) return value.some(entryIsPresent)
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('root' in record) return richTextHasText(record)
    if ('id' in record) return record.id !== null && record.id !== undefined && record.id !== ''
    if ('value' in record && 'relationTo' in record) return isPresent(record.value)
    return Object.values(record).some(isPresent)
  }
  return false
}

/** Merges incoming (partial) data over the saved document: objects deeply, lists replaced. */
export function mergeForJudgement(saved: unknown, incoming: unknown): unknown {
  if (incoming === undefined) return saved
  if (
    saved &&
    incoming &&
    typeof saved === 'object' &&
    typeof incoming === 'object' &&
    !Array.isArray(saved) &&
    !Array.isArray(incoming) &&
    !('root' in (incoming as object))
  ) {
    const out: Record<string, unknown> = { ...(saved as Record<string, unknown>) }
    for (const [key, value] of Object.entries(incoming as Record<string, unknown>)) {
      out[key] = mergeForJudgement((saved as Record<string, unknown>)[key], value)
    }
    return out
  }
  return incoming
}
