/**
 * Checks a `where` before Payload or the database sees it: its shape (objects of conditions,
 * `and` / `or` lists, bounded nesting and size), each operator against the field it is used
 * on (`near` only on points, `not_like` only on text, no pattern on a select, `all` only on
 * fields with many values), and each value against the field's type (a number, a date, an
 * id, true/false, text, one of a select's options); a NUL character nowhere.
 * Pure: the fields come in through `resolve`. A path that names no field is left to Payload,
 * which answers it with its own 400.
 */
import type { WhereLimits } from '../defaults'
import type { Kind, QueryIssue, Resolve, Target } from './issues'
import { holdsNul, isBooleanish, isDateish, isId, isNumberish, isOption, isPlainObject, isScalar } from './values'

/** Payload's operators (payload/shared `validOperators`), by what they take. */
const GEO = new Set(['near', 'within', 'intersects'])
const LISTS = new Set(['in', 'not_in', 'all'])

/** Enough to tell the client what is wrong; a query with thousands of mistakes stops here. */
const MAX_ISSUES = 20
/** A message names a select's options, up to this many. */
const MAX_OPTIONS_SHOWN = 30

type Problem = Omit<QueryIssue, 'path'>

export function checkWhere(where: unknown, resolve: Resolve, limits: WhereLimits, root = 'where'): QueryIssue[] {
  const issues: QueryIssue[] = []
  let conditions = 0
  let tooMany = false
  const visit = (node: unknown, path: string, depth: number): void => {
    if (issues.length >= MAX_ISSUES || tooMany) return
    if (!isPlainObject(node)) return void issues.push({ path, code: 'notWhere' })
    if (depth > limits.maxDepth) return void issues.push({ path, code: 'whereTooDeep', vars: { max: limits.maxDepth } })
    for (const [key, constraint] of Object.entries(node)) {
      const here = `${path}.${key}`
      if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
        if (!Array.isArray(constraint)) issues.push({ path: here, code: 'conditionsNotList' })
        else constraint.forEach((item, index) => visit(item, `${here}.${index}`, depth + 1))
        continue
      }
      if (constraint === undefined) continue
      if (!isPlainObject(constraint)) {
        issues.push({ path: here, code: 'notCondition' })
        continue
      }
      for (const [operator, value] of Object.entries(constraint)) {
        if (++conditions > limits.maxConditions) {
          tooMany = true
          issues.push({ path: root, code: 'tooManyConditions', vars: { max: limits.maxConditions } })
          return
        }
        const problem = checkCondition(operator, value, resolve(key.replace(/__/g, '.')), limits)
        if (problem) issues.push({ path: `${here}.${operator}`, code: problem.code, vars: { field: key, ...problem.vars } })
      }
    }
  }
  visit(where, root, 0)
  return issues
}

/** What is wrong with one `operator: value` on a field, if anything. */
export function checkCondition(
  operator: string,
  value: unknown,
  target: Target | undefined,
  limits: WhereLimits,
): Problem | undefined {
  // Unknown operators and paths: Payload refuses them itself (400, "cannot be queried").
  if (value === undefined || !target) return undefined
  if (limits.unsupportedOperators.includes(operator)) return { code: 'operatorNotSupported', vars: { operator } }
  // No database text can hold a NUL (PostgreSQL refuses it): whatever the field, even JSON.
  if (holdsNul(value)) return { code: 'nulCharacter' }
  if (operator === 'exists') return isBooleanish(value) ? undefined : { code: 'notBoolean' }
  if (!suits(operator, target)) return { code: 'operatorNotForField', vars: { operator } }
  const { kind, hasMany } = target
  if (GEO.has(operator)) return checkGeo(operator, value)
  if (kind === 'json' || kind === 'other') return undefined
  // On a number or the document's own id Payload runs `like` as `equals`, and the admin's
  // search box sends whatever is typed (a collection titled by its id): any text is a search.
  if (operator === 'like' && (kind === 'number' || target.ownId)) return checkSearchText(value)
  // A has-many relationship takes a nested where: Payload checks it against the related collection.
  if (operator === 'contains' && kind === 'id' && hasMany && isPlainObject(value)) return undefined
  if (LISTS.has(operator)) return checkList(kind, value, target, limits)
  if (Array.isArray(value)) {
    if (!hasMany) return { code: 'notSingleValue' }
    return checkList(kind, value, target, limits)
  }
  return checkValue(kind, value, target)
}

/**
 * Whether the operator suits the field, as Payload's SQL adapters run it (and as the admin's
 * filters offer it). `like` on a number or an id is run as `equals`; `not_like` is a
 * `NOT ILIKE` that only text columns take; `contains` is an `ILIKE '%…%'`, or `equals` on
 * each row of a has-many relationship or select. A select's column holds only its options
 * (PostgreSQL: an enum), so no pattern suits it.
 */
function suits(operator: string, { kind, hasMany, idTypes }: Target): boolean {
  if (GEO.has(operator)) return kind === 'point'
  if (kind === 'json' || kind === 'other') return true
  if (operator === 'all') return hasMany
  const isId = kind === 'id' || kind === 'polymorphic'
  const textIds = isId && Boolean(idTypes?.includes('text'))
  switch (operator) {
    case 'like':
      return kind === 'text' || kind === 'number' || isId
    case 'not_like':
      return kind === 'text' || textIds
    case 'contains':
      return kind === 'text' || textIds || (hasMany && (isId || kind === 'option'))
    default:
      return true
  }
}

function checkSearchText(value: unknown): Problem | undefined {
  if (typeof value === 'number') return undefined
  if (typeof value !== 'string') return { code: 'notText' }
  return value.includes('\u0000') ? { code: 'nulCharacter' } : undefined
}

function checkList(kind: Kind, value: unknown, target: Target, limits: WhereLimits): Problem | undefined {
  if (isPlainObject(value)) return { code: 'notList' }
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]
  if (items.length > limits.maxListValues) return { code: 'tooManyValues', vars: { max: limits.maxListValues } }
  for (const item of items) {
    const problem = checkValue(kind, item, target)
    if (problem) return problem
  }
  return undefined
}

/** One value against the kind of field it is compared with. */
function checkValue(kind: Kind, value: unknown, target: Target): Problem | undefined {
  if (value === null) return undefined
  if (!isScalar(value)) {
    if (kind === 'polymorphic' && isPlainObject(value)) return checkPolymorphic(value, target)
    return { code: kind === 'text' ? 'notText' : 'notSingleValue' }
  }
  if (typeof value === 'string' && value.includes('\u0000')) return { code: 'nulCharacter' }
  // An empty value is "no value": Payload reads it as such, except for a polymorphic
  // relationship, a select (compared with its options: PostgreSQL's enum refuses '') and a
  // checkbox (PostgreSQL's boolean refuses '').
  if (value === '' && kind !== 'option' && kind !== 'boolean') return kind === 'polymorphic' ? idProblem(target) : undefined
  switch (kind) {
    case 'number':
      return isNumberish(value) ? undefined : { code: 'notNumber' }
    case 'id':
      return isId(target.idTypes ?? ['number', 'text'], value) ? undefined : idProblem(target)
    case 'polymorphic':
      return isId(target.idTypes ?? ['number', 'text'], value) ? undefined : idProblem(target)
    case 'date':
      return isDateish(value) ? undefined : { code: 'notDate' }
    case 'boolean':
      return isBooleanish(value) ? undefined : { code: 'notBoolean' }
    case 'option':
      return isOption(target.options ?? [], value) ? undefined : optionProblem(target)
    default:
      return undefined
  }
}

/** The options a select can hold, named in the message (a long list shortened). */
function optionProblem(target: Target): Problem {
  const options = target.options ?? []
  const shown = options.slice(0, MAX_OPTIONS_SHOWN).map((o) => `"${o}"`)
  if (options.length > MAX_OPTIONS_SHOWN) shown.push('…')
  return { code: 'notOption', vars: { options: shown.join(', ') } }
}

function idProblem(target: Target): Problem {
  const types = target.idTypes ?? []
  return { code: types.length === 1 && types[0] === 'number' ? 'notNumericId' : 'notId' }
}

function checkPolymorphic(value: Record<string, unknown>, target: Target): Problem | undefined {
  const relationTo = value.relationTo
  if (typeof relationTo !== 'string' || !(target.relationTo ?? []).includes(relationTo)) return idProblem(target)
  if (value.value === undefined || value.value === null) return undefined
  return isId(target.idTypes ?? ['number', 'text'], value.value) ? undefined : idProblem(target)
}

/** `near`: "lng,lat[,maxDistance[,minDistance]]"; `within` / `intersects`: a GeoJSON object. */
function checkGeo(operator: string, value: unknown): Problem | undefined {
  if (operator === 'near') {
    const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
    const ok = parts.length >= 2 && parts.length <= 4 && parts.every(isNumberish)
    return ok ? undefined : { code: 'notPoint' }
  }
  const ok = isPlainObject(value) && typeof value.type === 'string' && Array.isArray(value.coordinates)
  return ok ? undefined : { code: 'notPoint' }
}
