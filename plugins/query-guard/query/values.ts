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
