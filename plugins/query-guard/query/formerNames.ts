/**
 * A field's former name, as an older client may still send it in `where` or `sort`, replaced
 * by its present name before the query is checked or run. A path is renamed segment by
 * segment (`department.code` → `division.code`, `version.department` → `version.division`),
 * `and` / `or` are followed, and a key the query already has under the new name is kept.
 */
export type FormerNames = Readonly<Record<string, string>>

const renamePath = (path: string, names: FormerNames) =>
  path
    .split('.')
    .map((segment) => (Object.hasOwn(names, segment) ? names[segment]! : segment))
    .join('.')

export function renameWhere(where: unknown, names: FormerNames): unknown {
  if (Array.isArray(where)) return where.map((w) => renameWhere(w, names))
  if (!where || typeof where !== 'object' || Object.keys(names).length === 0) return where
  const renamed: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(where)) {
    const lower = key.toLowerCase()
    if (lower === 'and' || lower === 'or') renamed[key] = renameWhere(value, names)
    else {
      const target = renamePath(key, names)
      if (!(target in renamed) || target === key) renamed[target] = value
    }
  }
  return renamed
}

/** `sort`: one path, a comma list, or an array, each optionally `-` first. */
export function renameSort(sort: unknown, names: FormerNames): unknown {
  if (Object.keys(names).length === 0) return sort
  const one = (s: string) => (s.startsWith('-') ? `-${renamePath(s.slice(1), names)}` : renamePath(s, names))
  if (Array.isArray(sort)) return sort.map((s) => (typeof s === 'string' ? one(s) : s))
  if (typeof sort === 'string') return sort.split(',').map(one).join(',')
  return sort
}
