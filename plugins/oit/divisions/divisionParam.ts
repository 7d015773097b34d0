/**
 * The division a status page, status answer or ITAS sheet is narrowed to: `?division=<code>`.
 * `?department=<code>`, the parameter's name before the division/department rename, is still
 * read, so that bookmarks and scripts made before it keep working; `division` wins when both
 * are given.
 */
export const DIVISION_PARAM = 'division'
/** The parameter's former name, read as well. */
export const FORMER_DIVISION_PARAM = 'department'

type Params = URLSearchParams | Record<string, string | string[] | undefined> | undefined

export function divisionParam(params: Params): string | undefined {
  for (const name of [DIVISION_PARAM, FORMER_DIVISION_PARAM]) {
    const value = params instanceof URLSearchParams ? params.get(name) : params?.[name]
    if (typeof value === 'string' && value) return value
  }
  return undefined
}
