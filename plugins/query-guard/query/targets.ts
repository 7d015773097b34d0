/**
 * Which field a `where` path compares, found the way Payload finds it (`getLocalizedPaths`:
 * groups, tabs, arrays, blocks, relationships followed into the related collection), and
 * what kind of value it holds.
 */
import type { FlattenedField, Payload, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import { buildVersionCollectionFields, buildVersionGlobalFields, getLocalizedPaths } from 'payload'

import type { IdType, Kind, Resolve, Target } from './issues'

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])

/** The id type of a collection's documents. */
export function idTypeOf(payload: Payload, slug: string): IdType {
  const collection = payload.collections[slug as never] as { customIDType?: IdType } | undefined
  return collection?.customIDType ?? (payload.db.defaultIDType === 'number' ? 'number' : 'text')
}

const versionFieldsCache = new WeakMap<object, FlattenedField[]>()

/** The fields of a collection's or global's versions (`parent`, `version.*`, `latest`, …). */
function versionFields(payload: Payload, entity: SanitizedCollectionConfig | SanitizedGlobalConfig, isGlobal: boolean) {
  let fields = versionFieldsCache.get(entity)
  if (!fields) {
    fields = (
      isGlobal
        ? buildVersionGlobalFields(payload.config, entity as SanitizedGlobalConfig, true)
        : buildVersionCollectionFields(payload.config, entity as SanitizedCollectionConfig, true)
    ) as FlattenedField[]
    versionFieldsCache.set(entity, fields)
  }
  return fields
}

export interface ResolveScope {
  collection?: SanitizedCollectionConfig
  global?: SanitizedGlobalConfig
  /** Look the path up in the versions first (the `/versions` routes). */
  versions?: boolean
}

/**
 * A resolver for one collection or global: the document's fields, then its versions'
 * (an operation's hook cannot tell `find` from `findVersions`; a path valid in neither is
 * left to Payload).
 */
export function resolverFor(payload: Payload, scope: ResolveScope): Resolve {
  const entity = scope.collection ?? scope.global
  if (!entity) return () => undefined
  const own = entity.flattenedFields
  const hasVersions = Boolean(entity.versions)
  const lists = () => {
    if (!hasVersions) return [own]
    const versions = versionFields(payload, entity, Boolean(scope.global))
    return scope.versions ? [versions, own] : [own, versions]
  }
  return (path) => {
    for (const fields of lists()) {
      const target = resolveIn(payload, fields, path, scope.collection?.slug)
      if (target) return target
    }
    return undefined
  }
}

function resolveIn(payload: Payload, fields: FlattenedField[], path: string, collectionSlug?: string): Target | undefined {
  let paths: ReturnType<typeof getLocalizedPaths>
  try {
    paths = getLocalizedPaths({ collectionSlug, fields, incomingPath: path, overrideAccess: true, payload, locale: undefined as never })
  } catch {
    return undefined
  }
  if (paths.length === 0 || paths.some((p) => p.invalid)) return undefined
  const last = paths.at(-1)!
  const field = last.field as FlattenedField | undefined
  if (!field) return undefined
  // `relation.id` is the relationship itself (Payload drops the `.id`).
  const previous = paths.at(-2)?.field as FlattenedField | undefined
  if (field.name === 'id' && previous && (previous.type === 'relationship' || previous.type === 'upload'))
    return targetOf(payload, previous, path)
  return targetOf(payload, field, path)
}

function targetOf(payload: Payload, field: FlattenedField, path: string): Target {
  const hasMany = 'hasMany' in field && field.hasMany === true
  const kind = (k: Kind, extra: Partial<Target> = {}): Target => ({ kind: k, hasMany, ...extra })
  // Payload's stand-in for the id, or a collection's own id field.
  if (field.name === 'id' && (field.type === 'number' || field.type === 'text'))
    return kind('id', { idTypes: [field.type === 'number' ? 'number' : 'text'], ownId: true })
  if (field.type === 'relationship' || field.type === 'upload') {
    if (!Array.isArray(field.relationTo)) return kind('id', { idTypes: [idTypeOf(payload, field.relationTo)] })
    const idTypes = [...new Set(field.relationTo.map((slug) => idTypeOf(payload, slug)))]
    if (path.endsWith('.relationTo')) return kind('text')
    if (path.endsWith('.value')) return kind('id', { idTypes })
    return kind('polymorphic', { idTypes, relationTo: field.relationTo })
  }
  if (field.type === 'number') return kind('number')
  if (field.type === 'date') return kind('date')
  if (field.type === 'checkbox') return kind('boolean')
  if (field.type === 'point') return kind('point')
  if (field.type === 'json' || field.type === 'richText') return kind('json')
  if (field.type === 'select' || field.type === 'radio') return kind('option', { options: optionValues(field.options) })
  if (TEXT_TYPES.has(field.type)) return kind('text')
  return kind('other')
}

/** A select's or radio's options, as the values a document can hold. */
function optionValues(options: readonly (string | { value: string })[]): string[] {
  return options.map((option) => (typeof option === 'string' ? option : option.value))
}
