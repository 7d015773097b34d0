/**
 * The other things a client asks with: paging (`limit`, `page`), `depth`, a document's id,
 * and the JSON-in-a-string forms of `where` and `data` a query string may carry. Pure.
 */
import type { IdType, QueryIssue } from './issues'
import { holdsNul, isId, isWholeNumber } from './values'

/** `limit` and `depth` are whole numbers from 0; `page` from 1. Absent is fine. */
export function checkPaging(params: { depth?: unknown; limit?: unknown; page?: unknown }): QueryIssue[] {
  const issues: QueryIssue[] = []
  for (const name of ['limit', 'depth'] as const) {
    const value = params[name]
    if (value !== undefined && value !== null && value !== '' && !(isWholeNumber(value) && Number(value) >= 0))
      issues.push({ path: name, code: 'notWholeNumber' })
  }
  const page = params.page
  if (page !== undefined && page !== null && page !== '' && !(isWholeNumber(page) && Number(page) >= 1))
    issues.push({ path: 'page', code: 'notPage' })
  return issues
}

/** A document's id of the collection's id type (a positive or negative whole number, or text). */
export function checkId(path: string, value: unknown, types: readonly IdType[]): QueryIssue[] {
  if (value === undefined || value === null) return []
  if (typeof value === 'string' && value.includes('\u0000')) return [{ path, code: 'nulCharacter' }]
  if (isId(types, value)) return []
  return [{ path, code: types.length === 1 && types[0] === 'number' ? 'notNumericId' : 'notId' }]
}

/**
 * Text that reaches the database as it is (a route parameter such as a preference's `:key`,
 * a `sort`) holds no NUL: PostgreSQL's text cannot, and refuses the whole query.
 */
export function checkNoNul(path: string, value: unknown): QueryIssue[] {
  return holdsNul(value) ? [{ path, code: 'nulCharacter' }] : []
}

/** Every route parameter (`:id`, `:key`, `:path*`, a list for a repeated one): no NUL. */
export function checkRouteParams(params: Record<string, unknown> | undefined): QueryIssue[] {
  return Object.entries(params ?? {}).flatMap(([name, value]) => checkNoNul(name, value))
}

/** A parameter sent as JSON in a string (`?where={"…"}`) must parse, or Payload's parse throws. */
export function parseJsonParam(path: string, value: unknown): { value: unknown; issues: QueryIssue[] } {
  if (typeof value !== 'string' || value.length === 0) return { value, issues: [] }
  try {
    return { value: JSON.parse(value), issues: [] }
  } catch {
    return { value, issues: [{ path, code: 'invalidJson' }] }
  }
}
