import type { Endpoint, PayloadHandler, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import type { QueryGuardSettings } from '../defaults'
import { refuse } from '../messages'
import { checkId, checkNoNul, checkPaging, checkRouteParams, parseJsonParam } from '../query/checkParams'
import { checkWhere } from '../query/checkWhere'
import { renameSort, renameWhere } from '../query/formerNames'
import type { IdType, QueryIssue } from '../query/issues'
import { idTypeOf, type ResolveScope, resolverFor } from '../query/targets'
import { notFound } from './notFound'
import { PREFERENCES, preferenceExists } from './preferenceExists'

/** Payload's own routes whose `:id` is a document's id, and those whose `:id` is a version's. */
const DOCUMENT_ID_ROUTES = new Set(['/:id', '/:id/duplicate', '/access/:id?'])
const VERSION_ID_ROUTES = new Set(['/versions/:id'])
const FILE_ROUTE = '/file/:filename'

/**
 * The same endpoint, with its route and query parameters checked before its handler runs:
 * a document's or version's id of the wrong type, a route parameter or `sort` with a NUL
 * character, a `limit` / `page` / `depth` that is no whole number in range, a `where` or
 * `data` that is not JSON or not well-typed. Some of
 * Payload's routes reach the database without an operation hook (`/access/:id`), and some
 * parse `where` before any hook can see it: this is the one place every REST route passes.
 * Routes Payload serves but cannot answer are a 404 (see isServed), and so are a file no
 * document names (Payload answers a full-access user 500, as if the file were lost from the
 * disk) and a preference the user does not have (see preferenceExists).
 */
export function guardEndpoint(endpoint: Endpoint, scope: ResolveScope, settings: QueryGuardSettings): Endpoint {
  const served = isServed(endpoint, scope)
  const handler: PayloadHandler = async (req) => {
    if (!served) return notFound(settings, req)
    useCurrentNames(req, settings)
    const issues = [...routeParamIssues(req, endpoint.path, scope), ...queryIssues(req, endpoint.path, scope, settings)]
    if (issues.length > 0) refuse(settings, req, scope.collection?.slug, issues)
    if (scope.collection?.slug === PREFERENCES && endpoint.method === 'delete' && endpoint.path === '/:key') {
      if (!(await preferenceExists(req, String(req.routeParams?.key ?? '')))) return notFound(settings, req)
    }
    if (endpoint.path === FILE_ROUTE && scope.collection) return fileOr404(endpoint, req, scope.collection, settings)
    return endpoint.handler(req)
  }
  return { ...endpoint, handler }
}

/**
 * Whether Payload can answer the route at all: it adds the version routes to collections
 * that keep no versions (their table does not exist) and `/verify/:token` to auth
 * collections that do not verify e-mail addresses (the token's column does not exist).
 */
function isServed(endpoint: Endpoint, { collection, global }: ResolveScope): boolean {
  const versionsRoute = endpoint.path === '/versions' || endpoint.path.startsWith('/versions/')
  if (versionsRoute && !(collection ?? global)?.versions) return false
  if (endpoint.path === '/verify/:id' && collection?.auth && !collection.auth.verify) return false
  return true
}

/** The file, or a 404 when no document names it (Payload answers 500, or throws on a name the disk refuses). */
async function fileOr404(
  endpoint: Endpoint,
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  settings: QueryGuardSettings,
): Promise<Response> {
  const filename = String(req.routeParams?.filename ?? '')
  const missing = async () => filename.includes('\u0000') || !(await fileExists(req, collection, filename))
  try {
    const response = await endpoint.handler(req)
    if (response.status === 500 && (await missing())) return notFound(settings, req, 'fileNotFound')
    return response
  } catch (error) {
    if (await missing()) return notFound(settings, req, 'fileNotFound')
    throw error
  }
}

/** A `where` or `sort` in the query that uses a field's former name is read with its present one. */
function useCurrentNames(req: PayloadRequest, settings: QueryGuardSettings) {
  const query = req.query as Record<string, unknown> | undefined
  if (!query || Object.keys(settings.formerFieldNames).length === 0) return
  if (query.where && typeof query.where === 'object') query.where = renameWhere(query.where, settings.formerFieldNames)
  if (query.sort) query.sort = renameSort(query.sort, settings.formerFieldNames)
}

/** No route parameter holds a NUL (a preference's `:key`, a file's name); an id is of its type. */
function routeParamIssues(req: PayloadRequest, path: string, scope: ResolveScope): QueryIssue[] {
  const nul = checkRouteParams(req.routeParams)
  if (nul.length > 0) return nul
  const id = req.routeParams?.id
  if (id === undefined) return []
  const defaultType: IdType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  if (VERSION_ID_ROUTES.has(path)) return checkId('id', id, [defaultType])
  if (DOCUMENT_ID_ROUTES.has(path) && scope.collection)
    return checkId('id', id, [idTypeOf(req.payload, scope.collection.slug)])
  return []
}

function queryIssues(req: PayloadRequest, path: string, scope: ResolveScope, settings: QueryGuardSettings) {
  const query = (req.query ?? {}) as Record<string, unknown>
  const where = parseJsonParam('where', query.where)
  const data = parseJsonParam('data', query.data)
  const issues = [...checkPaging(query), ...checkNoNul('sort', query.sort), ...where.issues, ...data.issues]
  if (where.issues.length === 0 && where.value !== undefined && where.value !== '') {
    const resolve = resolverFor(req.payload, { ...scope, versions: path.startsWith('/versions') })
    issues.push(...checkWhere(where.value, resolve, settings.limits))
  }
  return issues
}

/** Whether a document of the upload collection (or a draft of one) names the file, as itself or as an image size. */
async function fileExists(req: PayloadRequest, collection: SanitizedCollectionConfig, filename: string) {
  const sizes = typeof collection.upload === 'object' ? (collection.upload.imageSizes ?? []) : []
  const names: Where[] = [
    { filename: { equals: filename } },
    ...sizes.map(({ name }) => ({ [`sizes.${name}.filename`]: { equals: filename } })),
  ]
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as never,
    where: { or: names },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return true
  if (!collection.versions) return false
  const versions = await req.payload.countVersions({
    collection: collection.slug as never,
    where: { or: names.map((w) => Object.fromEntries(Object.entries(w).map(([k, v]) => [`version.${k}`, v]))) },
    overrideAccess: true,
    req,
  })
  return versions.totalDocs > 0
}
