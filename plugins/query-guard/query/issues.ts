import type { QueryGuardKey } from '../translations'

/** One wrong query parameter: where it is (`where.title.equals`, `limit`, `id`) and what is wrong. */
export interface QueryIssue {
  path: string
  code: Exclude<QueryGuardKey, 'fileNotFound' | 'malformedUrl' | 'routeNotFound'>
  vars?: Record<string, number | string>
}

/** What a `where` path compares: decides which values and operators make sense. */
export type Kind =
  | 'boolean'
  | 'date'
  | 'id'
  | 'json'
  | 'number'
  | 'option'
  | 'other'
  | 'point'
  | 'polymorphic'
  | 'text'

export interface Target {
  kind: Kind
  /** The field holds several values (hasMany): `all`, `contains` and lists make sense. */
  hasMany: boolean
  /** For ids: the id types the value may have ('number' on SQL databases, 'text' on MongoDB). */
  idTypes?: readonly IdType[]
  /** For polymorphic relationships: the collections a `{ relationTo, value }` may name. */
  relationTo?: readonly string[]
  /** The document's own id (not a relationship's). */
  ownId?: boolean
  /** For a select or radio field (kind `option`): the values it can hold. */
  options?: readonly string[]
}

export type IdType = 'number' | 'text'

/** The field a `where` path compares, or undefined when it names none (Payload answers that itself). */
export type Resolve = (path: string) => Target | undefined
