/**
 * Checks that incoming data has the shape its fields declare, before any hook or the
 * database sees it: a text is a string, a number is a finite number, a date parses and
 * falls in a plausible range, a select value is one of its options, an id looks like an
 * id, rows are objects. Pure: it reads the field config and the data, and only tidies
 * populated relationships (`{ id, … }`) down to their id, as Payload stores them.
 * Everything it does not know (unknown keys, virtual and UI fields) is left to Payload.
 */
import type { Field, FlattenedBlock, Tab } from 'payload'

import { fieldAffectsData, isPlainObject, tabHasName } from 'payload/shared'

export type IssueCode =
  | 'notAnObject'
  | 'notText'
  | 'tooLong'
  | 'notNumber'
  | 'numberTooLarge'
  | 'notBoolean'
  | 'notDate'
  | 'impossibleDate'
  | 'dateOutOfRange'
  | 'notOption'
  | 'notId'
  | 'notRows'
  | 'tooManyRows'
  | 'unknownBlock'
  | 'notRichText'
  | 'tooLarge'
  | 'notPoint'
  | 'tooDeep'

export interface ShapeIssue {
  path: string
  code: IssueCode
  vars?: Record<string, number | string>
}

export interface ShapeLimits {
  /** Largest array or blocks field, in rows. */
  maxRows: number
  /** Largest rich-text or JSON value, in characters of its JSON. */
  maxJsonChars: number
  /** Earliest and latest year (CE) a date may have. */
  minYear: number
  maxYear: number
  /** How deep objects and lists may nest in the whole body (Payload copies it recursively). */
  maxNesting: number
}

export interface ShapeContext {
  limits: ShapeLimits
  /** Payload's id type per collection slug ('number' on SQLite, 'text' on MongoDB). */
  idTypeOf: (slug: string) => 'number' | 'text'
  /** Text length limit Payload applies when a field sets none (config.defaultMaxTextLength). */
  defaultMaxTextLength: number
  /** Reads a date sent as non-ISO text into the ISO instant to store, or null: no date. */
  readDate?: (text: string, appearance: string | undefined) => null | string
}

/** 2023-03-31, 2023-03-31T17:00:00.000Z: what APIs send and what is stored as it is. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/

export interface Reference {
  relationTo: string
  id: number | string
  path: string
}

export interface ShapeResult {
  issues: ShapeIssue[]
  /** Documents referenced by relationship and upload fields: to check that they exist. */
  references: Reference[]
}

const isObject = (value: unknown): value is Record<string, unknown> => isPlainObject(value) && !Array.isArray(value)

const join = (path: string, key: number | string) => (path ? `${path}.${key}` : String(key))

export function checkShape(fields: Field[], data: unknown, context: ShapeContext): ShapeResult {
  const result: ShapeResult = { issues: [], references: [] }
  if (!isObject(data)) {
    result.issues.push({ path: '', code: 'notAnObject' })
    return result
  }
  // First, and without recursion: a body nested 100,000 deep overflows the stack of
  // anything that walks it (this check, Payload's copies of the data).
  if (nestingExceeds(data, context.limits.maxNesting)) {
    result.issues.push({ path: '', code: 'tooDeep', vars: { max: context.limits.maxNesting } })
    return result
  }
  walkFields(fields, data, '', context, result)
  return result
}

/** Whether objects and lists nest deeper than `max` anywhere in `value` (an explicit stack, no recursion). */
export function nestingExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (depth > max) return true
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
    }
  }
  return false
}

function walkFields(
  fields: Field[],
  data: Record<string, unknown>,
  path: string,
  context: ShapeContext,
  result: ShapeResult,
) {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) walkTab(tab, data, path, context, result)
      continue
    }
    if (!fieldAffectsData(field)) {
      if ('fields' in field && Array.isArray(field.fields)) walkFields(field.fields, data, path, context, result)
      continue
    }
    if (!(field.name in data)) continue
    if ('virtual' in field && field.virtual) continue
    if (field.name === 'id' || field.name === 'createdAt' || field.name === 'updatedAt') continue
    // What Payload itself turns into a value (the admin sends some fields this way).
    const value = asPayloadReadsIt(field, data[field.name])
    if (value !== data[field.name]) data[field.name] = value
    if (value === null || value === undefined) continue
    checkValue(field, value, data, join(path, field.name), context, result)
  }
}

function walkTab(tab: Tab, data: Record<string, unknown>, path: string, context: ShapeContext, result: ShapeResult) {
  if (!tabHasName(tab)) return walkFields(tab.fields, data, path, context, result)
  const value = data[tab.name]
  if (value === null || value === undefined) return
  if (!isObject(value)) return result.issues.push({ path: join(path, tab.name), code: 'notAnObject' })
  walkFields(tab.fields, value, join(path, tab.name), context, result)
}

type DataField = Extract<Field, { name: string }>

/**
 * The same clean-up Payload's beforeValidate applies: an empty array sent as its row count
 * (0), checkboxes and numbers as strings, an empty relationship as '' / 'null' / 'none',
 * rich text as a JSON string. Anything it cannot read is returned as it is, to be refused.
 */
function asPayloadReadsIt(field: DataField, value: unknown): unknown {
  switch (field.type) {
    case 'array':
    case 'blocks':
      return value === 0 || value === '0' ? [] : value
    case 'checkbox':
      return value === 'true' ? true : value === 'false' || value === '' ? false : value
    case 'number': {
      if (typeof value !== 'string' || ('hasMany' in field && field.hasMany)) return value
      const trimmed = value.trim()
      if (trimmed === '') return null
      return Number.isFinite(Number(trimmed)) ? Number(trimmed) : value
    }
    case 'relationship':
    case 'upload':
      if (value === '' || value === 'null' || value === 'none') return 'hasMany' in field && field.hasMany ? [] : null
      return value
    case 'richText':
      if (typeof value !== 'string') return value
      try {
        return JSON.parse(value)
      } catch {
        return value
      }
    default:
      return value
  }
}

/** One value to check against its field, and where its issues and references go. */
interface ValueCheck<F extends DataField = DataField> {
  field: F
  value: unknown
  /** The object holding the value: a tidied value is written back into it. */
  parent: Record<string, unknown>
  path: string
  context: ShapeContext
  result: ShapeResult
  /** `hasMany`: the value is a list of such values. */
  many: boolean
  issue: (code: IssueCode, vars?: ShapeIssue['vars']) => void
}

type Check<T extends DataField['type']> = ValueCheck<Extract<DataField, { type: T }>>

function checkValue(
  field: DataField,
  value: unknown,
  parent: Record<string, unknown>,
  path: string,
  context: ShapeContext,
  result: ShapeResult,
) {
  const issue = (code: IssueCode, vars?: ShapeIssue['vars']) => {
    result.issues.push({ path, code, vars })
  }
  const many = 'hasMany' in field && field.hasMany === true
  const base = { value, parent, path, context, result, many, issue }

  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return checkText({ ...base, field })
    case 'number':
      return checkNumber({ ...base, field })
    case 'checkbox':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') issue('notBoolean')
      return
    case 'date':
      return checkDate({ ...base, field })
    case 'select':
    case 'radio':
      return checkOption({ ...base, field })
    case 'relationship':
    case 'upload':
      return checkReference({ ...base, field })
    case 'array':
      return checkArray({ ...base, field })
    case 'blocks':
      return checkBlocks({ ...base, field })
    case 'group':
      if (!isObject(value)) return issue('notAnObject')
      walkFields(field.fields, value, path, context, result)
      return
    case 'richText':
      return checkRichText({ ...base, field })
    case 'json': {
      const size = JSON.stringify(value)?.length ?? 0
      if (size > context.limits.maxJsonChars) issue('tooLarge', { max: context.limits.maxJsonChars })
      return
    }
    case 'point':
      if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
        issue('notPoint')
      }
      return
    default:
      return
  }
}

/** The values of a field that may have many (the value itself in a list otherwise); undefined after `notRows`. */
function valuesOf({ value, many, issue }: ValueCheck): unknown[] | undefined {
  if (many && !Array.isArray(value)) {
    issue('notRows')
    return undefined
  }
  return many && Array.isArray(value) ? value : [value]
}

function checkText(check: Check<'text' | 'textarea' | 'email' | 'code'>) {
  const { field, context, issue } = check
  const values = valuesOf(check)
  if (!values) return
  const max = ('maxLength' in field && field.maxLength) || context.defaultMaxTextLength
  for (const item of values) {
    if (typeof item !== 'string') return issue('notText')
    if (item.length > max) return issue('tooLong', { max })
  }
}

function checkNumber(check: Check<'number'>) {
  const values = valuesOf(check)
  if (!values) return
  for (const item of values) {
    // Payload turns numeric strings into numbers; anything else is no number.
    const number = typeof item === 'string' && item.trim() !== '' ? Number(item) : item
    if (typeof number !== 'number' || !Number.isFinite(number)) return check.issue('notNumber')
    if (Math.abs(number) > Number.MAX_SAFE_INTEGER) {
      return check.issue('numberTooLarge', { max: Number.MAX_SAFE_INTEGER })
    }
  }
}

function checkDate({ field, value, parent, context, issue }: Check<'date'>) {
  let text = value
  if (typeof value === 'string' && context.readDate && !ISO_DATE.test(value.trim())) {
    const appearance = (field.admin as { date?: { pickerAppearance?: string } } | undefined)?.date?.pickerAppearance
    const read = context.readDate(value, appearance)
    if (read === null) return issue('notDate')
    text = read
    parent[field.name] = read
  }
  const time = text instanceof Date ? text.getTime() : typeof text === 'string' ? Date.parse(text) : Number.NaN
  if (Number.isNaN(time)) return issue('notDate')
  // Date.parse rolls an impossible day over (2023-02-30 becomes 2023-03-02): refuse it.
  const impossible = typeof value === 'string' ? impossibleCalendarDate(value) : undefined
  if (impossible) return issue('impossibleDate', { value: impossible })
  const year = new Date(time).getUTCFullYear()
  if (year < context.limits.minYear || year > context.limits.maxYear) {
    issue('dateOutOfRange', { year, min: context.limits.minYear, max: context.limits.maxYear })
  }
}

function checkOption(check: Check<'select' | 'radio'>) {
  const allowed = check.field.options.map((option) => (typeof option === 'string' ? option : option.value))
  const values = valuesOf(check)
  if (!values) return
  for (const item of values) {
    if (typeof item !== 'string' || !allowed.includes(item)) {
      return check.issue('notOption', {
        value: typeof item === 'string' ? item.slice(0, 40) : typeof item,
        options: allowed.join(', '),
      })
    }
  }
}

function checkReference({ field, value, parent, path, context, result, many, issue }: Check<'relationship' | 'upload'>) {
  if (many && !Array.isArray(value)) return issue('notRows')
  const items = many ? (value as unknown[]) : [value]
  const ids = items.map((item) => referenceOf(field.relationTo, item, context))
  if (ids.some((id) => id === undefined)) return issue('notId')
  ids.forEach((reference, index) => result.references.push({ ...reference!, path: many ? join(path, index) : path }))
  // Store what Payload stores: ids, not populated documents sent back by a client.
  const tidy = ids.map((reference) =>
    Array.isArray(field.relationTo) ? { relationTo: reference!.relationTo, value: reference!.id } : reference!.id,
  )
  parent[field.name] = many ? tidy : tidy[0]
}

/** The rows of an array or blocks field; undefined after `notRows` or `tooManyRows`. */
function rowsOf({ value, context, issue }: ValueCheck): unknown[] | undefined {
  if (!Array.isArray(value)) {
    issue('notRows')
    return undefined
  }
  if (value.length > context.limits.maxRows) {
    issue('tooManyRows', { max: context.limits.maxRows })
    return undefined
  }
  return value
}

function checkArray(check: Check<'array'>) {
  const { field, path, context, result } = check
  rowsOf(check)?.forEach((row, index) => {
    if (!isObject(row)) return result.issues.push({ path: join(path, index), code: 'notAnObject' })
    walkFields(field.fields, row, join(path, index), context, result)
  })
}

function checkBlocks(check: Check<'blocks'>) {
  const { field, path, context, result } = check
  const blocks = ('blocks' in field ? field.blocks : []) as FlattenedBlock[]
  rowsOf(check)?.forEach((row, index) => {
    if (!isObject(row)) return result.issues.push({ path: join(path, index), code: 'notAnObject' })
    const block = blocks.find((b) => b.slug === row.blockType)
    if (!block)
      return result.issues.push({
        path: join(path, index),
        code: 'unknownBlock',
        vars: { value: String(row.blockType).slice(0, 40) },
      })
    walkFields(block.fields, row, join(path, index), context, result)
  })
}

function checkRichText({ value, context, issue }: Check<'richText'>) {
  // Lexical's shape: { root: { type: 'root', children: [...] } }.
  const root = isObject(value) ? value.root : undefined
  if (!isObject(root) || !Array.isArray(root.children)) return issue('notRichText')
  const size = JSON.stringify(value).length
  if (size > context.limits.maxJsonChars) issue('tooLarge', { max: context.limits.maxJsonChars })
}

/** The collection and id a relationship value names, or undefined when it names none. */
function referenceOf(
  relationTo: string | string[],
  value: unknown,
  context: ShapeContext,
): Omit<Reference, 'path'> | undefined {
  if (Array.isArray(relationTo)) {
    if (!isObject(value) || typeof value.relationTo !== 'string' || !relationTo.includes(value.relationTo))
      return undefined
    return idFor(value.relationTo, value.value, context)
  }
  return idFor(relationTo, value, context)
}

function idFor(relationTo: string, value: unknown, context: ShapeContext): Omit<Reference, 'path'> | undefined {
  const raw = isObject(value) ? value.id : value
  if (context.idTypeOf(relationTo) === 'number') {
    const id = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : raw
    return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? { relationTo, id } : undefined
  }
  return typeof raw === 'string' && raw.length > 0 && raw.length <= 100 ? { relationTo, id: raw } : undefined
}

const ISO_PARTS = /^\s*([+-]?\d{4,6})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/

/**
 * The date (and time) part of an ISO 8601 string when no such day or time exists in the
 * calendar (2023-02-30, 2023-04-31, 25:00), else undefined. Other formats are left to Date.parse.
 */
export function impossibleCalendarDate(value: string): string | undefined {
  const match = ISO_PARTS.exec(value)
  if (!match) return undefined
  const [whole, y, mo, d, h, mi, se] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const lastDay = month >= 1 && month <= 12 ? daysIn(year, month) : 0
  const hour = h === undefined ? 0 : Number(h)
  const minute = mi === undefined ? 0 : Number(mi)
  const second = se === undefined ? 0 : Number(se)
  const endOfDay = hour === 24 && minute === 0 && second === 0
  const timeOk = (hour <= 23 || endOfDay) && minute <= 59 && second <= 59
  return day >= 1 && day <= lastDay && timeOk ? undefined : whole.trim()
}

function daysIn(year: number, month: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month, 0)
  return date.getUTCDate()
}
