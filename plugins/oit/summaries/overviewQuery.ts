import { OVERVIEW_SORTS, type OverviewQuery, type OverviewSort } from './overview'

/** Not a facet: the view's own parameters. */
const RESERVED = new Set(['format', 'sort', 'direction', 'year', 'depth', 'locale'])

/** The view's filters and order, from a query string (the admin view's form and the endpoint alike). */
export function overviewQuery(params: URLSearchParams | Record<string, string | string[] | undefined> | undefined): OverviewQuery {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params ?? {}).flatMap(([key, value]) =>
          value === undefined ? [] : [[key, Array.isArray(value) ? (value[0] ?? '') : value] as [string, string]],
        )
  const get = (key: string) => entries.find(([k]) => k === key)?.[1]
  const sort = get('sort')
  const direction = get('direction')
  return {
    filters: Object.fromEntries(entries.filter(([key, value]) => !RESERVED.has(key) && value !== '')),
    sort: OVERVIEW_SORTS.includes(sort as OverviewSort) ? (sort as OverviewSort) : undefined,
    direction: direction === 'asc' || direction === 'desc' ? direction : undefined,
  }
}
