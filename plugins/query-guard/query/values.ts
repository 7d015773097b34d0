/**
 * What a value of each kind looks like, in every form Payload accepts it: from a query
 * string (always text), from JSON, or from code (numbers, booleans, Dates).
 */
import type { IdType } from './issues'

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/
const WHOLE = /^\s*[-+]?\d{1,16}\s*$/

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

export function isNumberish(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  return typeof value === 'string' && NUMBER.test(value) && Number.isFinite(Number(value))
}

/** A whole number in a safe range, as a number or as text. */
export function isWholeNumber(value: unknown): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value)
  return typeof value === 'string' && WHOLE.test(value) && Number.isSafeInteger(Number(value))
}

export function isId(types: readonly IdType[], value: unknown): boolean {
  if (types.includes('number') && isWholeNumber(value)) return true
  if (!types.includes('text')) return false
  if (typeof value === 'number') return Number.isFinite(value)
  return typeof value === 'string' && value.length > 0 && value.length <= 1024 && !value.includes('\u0000')
}

export function isDateish(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value === 'number') return Number.isFinite(value)
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
}

export function isBooleanish(value: unknown): boolean {
  return typeof value === 'boolean' || value === 'true' || value === 'false'
}

export function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
}

/** One of a select's options (a query string sends them as text, code may send a number). */
export function isOption(options: readonly string[], value: unknown): boolean {
  return (typeof value === 'string' || typeof value === 'number') && options.includes(String(value))
}

/** Values looked at for a NUL before giving up: a value is small, a hostile one is not walked whole. */
const MAX_NUL_SCAN = 10_000

/**
 * Whether a NUL character is anywhere in the value (a string, or a string inside a list or
 * object, keys included). PostgreSQL's text cannot hold one: it refuses the whole query.
 */
export function holdsNul(value: unknown): boolean {
  const pending: unknown[] = [value]
  for (let seen = 0; pending.length > 0 && seen < MAX_NUL_SCAN; seen++) {
    const next = pending.pop()
    if (typeof next === 'string') {
      if (next.includes('\u0000')) return true
    } else if (Array.isArray(next)) {
      for (const inner of next.slice(0, MAX_NUL_SCAN)) pending.push(inner)
    } else if (isPlainObject(next)) {
      for (const [key, inner] of Object.entries(next).slice(0, MAX_NUL_SCAN)) pending.push(key, inner)
    }
  }
  return false
}
