import type { CollectionBeforeOperationHook } from 'payload'

import type { QueryGuardSettings } from '../defaults'
import { refuse } from '../messages'
import { checkId, checkNoNul, checkPaging } from '../query/checkParams'
import { checkWhere } from '../query/checkWhere'
import { renameSort, renameWhere } from '../query/formerNames'
import type { IdType, QueryIssue } from '../query/issues'
import { isPopulationRead } from '../query/populationRead'
import { idTypeOf, resolverFor } from '../query/targets'

interface QueryArgs {
  depth?: unknown
  sort?: unknown
  duplicateFromID?: unknown
  id?: unknown
  limit?: unknown
  page?: unknown
  where?: unknown
}

/**
 * Every operation a client runs (REST, GraphQL, the admin, the Local API with
 * `overrideAccess: false`) gets its `where`, paging, depth and ids checked before it reaches
 * the database: a wrong type is a 400 naming the parameter, not the database's 500. Trusted
 * code (`overrideAccess: true`, the Local API's default) is not second-guessed, nor are the
 * reads Payload makes itself to populate relationships (every visitor's `depth=1` list pays
 * for those otherwise).
 */
export function checkQueryArgs(settings: QueryGuardSettings): CollectionBeforeOperationHook {
  return ({ args, collection, operation, overrideAccess, req }) => {
    if (isPopulationRead(operation, args as Record<string, unknown>)) return args
    const named = args as QueryArgs
    if (named.where) named.where = renameWhere(named.where, settings.formerFieldNames)
    if (named.sort) named.sort = renameSort(named.sort, settings.formerFieldNames)
    if (overrideAccess) return args
    const { depth, duplicateFromID, id, limit, page, sort, where } = named
    const { payload } = req
    // A version's id has the database's default type; the document's may be custom.
    const idTypes = [...new Set<IdType>([idTypeOf(payload, collection.slug), ...versionIdType(collection, payload)])]
    const issues: QueryIssue[] = [
      ...checkPaging({ depth, limit, page }),
      ...checkId('id', id, idTypes),
      ...checkId('id', duplicateFromID, idTypes),
      ...checkNoNul('sort', sort),
    ]
    if (where !== undefined && where !== null)
      issues.push(...checkWhere(where, resolverFor(payload, { collection }), settings.limits))
    if (issues.length > 0) refuse(settings, req, collection.slug, issues)
    return args
  }
}

function versionIdType(collection: { versions?: unknown }, payload: { db: { defaultIDType: string } }): IdType[] {
  if (!collection.versions) return []
  return [payload.db.defaultIDType === 'number' ? 'number' : 'text']
}
