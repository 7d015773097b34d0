/**
 * Select: which documents an item's status reads, which columns of them, and what is read at
 * once for several items. Straight through the adapter with only the fields needed: no
 * access checks (staff and public answers are projected afterwards), no read hooks. Lists
 * read columns only; the rows a rule reads (arrays are the costly part of a read) only for
 * the documents judged here. No verdicts (`judge.ts`) and no text (`explain.ts`).
 */
import type { CollectionSlug, Field, Payload, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { selectRuleSets, valueAt } from '@prongsai/publish-gate/utilities'
import type { RuleSet } from '@prongsai/publish-gate/types'
import { bangkokDay } from '@prongsai/shared/thai-calendar'
import type { DivisionsOption } from '../divisions/assignedDivisions'
import { checkPaths } from '../framework/checkReferences'
import { componentLabels, fieldAtPath } from '../framework/fieldPaths'
import { type ItemQueryOptions, itemQueryOptions, itemWhere } from '../framework/itemQuery'
import type { Framework, FrameworkItem } from '../framework/schema'
import { oitRuleSets } from '../gate/ruleSets'
import type { DocumentRef } from './types'
import { absolute, adminDocumentPath, documentPath } from './urls'
import { resolveOrganisation } from '../organisations/requestOrganisation'
import { organisationWhere, withinOrganisation, type OrganisationId } from '../organisations/scope'

/** Documents listed (and judged in memory) per item; beyond it, counts come from `readiness`. */
export const LISTED = 20
/** At most this many documents are named in the reasons of one item. */
export const NAMED = 3
/** Documents read at once for all items of one collection, at most. */
const GROUP_LIMIT = 200

export type Doc = Record<string, unknown> & { id: number | string }
/** Some documents of an item, and whether there are more. */
export interface Page {
  docs: Doc[]
  more: boolean
}

/** The publish-gate rule set of one item of one year, as the status uses it. */
export interface ItemRuleSet {
  /** Whether a save's stored `readiness` speaks for this year (not for a provisional year). */
  trustsSave: boolean
  /** The rule set, judged as ITA `year` would, whatever the document's own year picks. */
  judge: RuleSet
  /** Whether this year's rules were among those that judged the document at its save. */
  judgedAtSave: (doc: Doc) => boolean
  /** The same, as a query: counted `ready` documents must have been judged by these rules. */
  judgedAtSaveWhere: Where
}

const ruleSetCache = new WeakMap<readonly Framework[], Map<string, { set: RuleSet; collection: string }>>()

/** The publish-gate rule set of one item of one year (document-scope components). */
export function ruleSetOf(
  frameworks: readonly Framework[],
  collections: SanitizedCollectionConfig[],
  year: number,
  code: string,
): ItemRuleSet | undefined {
  let byId = ruleSetCache.get(frameworks)
  if (!byId) {
    byId = new Map(
      // A provisional year is judged by its own levels here, though its rules only warn at save.
      Object.entries(oitRuleSets(frameworks, collections, 'keep')).flatMap(([collection, sets]) =>
        sets.map((set) => [set.id, { set, collection }] as const),
      ),
    )
    ruleSetCache.set(frameworks, byId)
  }
  const found = byId.get(`ita-${year}:${code}`)
  if (!found) return undefined
  const { set } = found
  // A save judged a provisional year's rules as warnings: its stored `ready` says nothing here.
  const trustsSave = !frameworks.find((f) => f.year === year)?.provisional
  const fields = collections.find((c) => c.slug === found.collection)?.fields ?? []
  return {
    trustsSave,
    judge: { ...set, when: {}, year: undefined },
    judgedAtSave: (doc: Doc) => trustsSave && selectRuleSets([set], doc).length > 0,
    judgedAtSaveWhere: yearRangeWhere(set, fields),
  }
}

/**
 * The documents whose fiscal year picks this rule set (its `year` range) at save. A collection
 * without that field (the executives) has only undated documents: all of them, or none.
 */
function yearRangeWhere(set: RuleSet, fields: readonly Field[]): Where {
  const year = set.year
  if (!year) return {}
  if (!fieldAtPath(fields, year.path)) return year.undated ? {} : { and: [{ id: { exists: true } }, { id: { exists: false } }] }
  const bounds: Where[] = [
    ...(year.min !== undefined ? [{ [year.path]: { greater_than_equal: year.min } }] : []),
    ...(year.max !== undefined ? [{ [year.path]: { less_than_equal: year.max } }] : []),
  ]
  const dated: Where = bounds.length ? { and: bounds } : { [year.path]: { exists: true } }
  return year.undated ? { or: [dated, { [year.path]: { exists: false } }] } : dated
}

/** What a status needs of every document: identity, dates, the stored verdict. Columns only, no rows. */
export function listSelect(set: RuleSet | undefined, extra: (string | undefined)[]): Record<string, true> {
  const paths: string[] = [
    'fiscalYear',
    'fiscalYearEnd',
    'month',
    'periodStart',
    'periodEnd',
    'updatedAt',
    '_status',
    'readiness',
    'sourceDocument',
    ...extra.filter((p): p is string => Boolean(p)),
  ]
  if (set?.declaredNone) paths.push(set.declaredNone.path)
  return topLevel(paths)
}

/** The top-level fields that `rules` read. */
export function rulePaths(rules: RuleSet['rules']): string[] {
  return rules.flatMap((rule) => checkPaths(rule.check))
}

export const topLevel = (paths: (string | undefined)[]): Record<string, true> =>
  Object.fromEntries(paths.filter((p): p is string => Boolean(p)).map((p) => [p.split('.')[0]!, true as const]))

export const collectionConfig = (payload: Payload, slug: CollectionSlug): SanitizedCollectionConfig =>
  payload.collections[slug]!.config

/** How the status reads one item's collection. */
export interface ItemReader {
  slug: CollectionSlug
  queryOptions: ItemQueryOptions
  /** The columns of a list, and the same with every row the rules read. */
  list: Record<string, true>
  judgeAll: Record<string, true>
  /** Up to `limit` documents, newest first (one more is read to tell whether there are more). */
  find: (where: Where, limit: number, select?: Record<string, true>) => Promise<Page>
  count: (where: Where) => Promise<number>
  /** The distinct months (`YYYY-MM`, Bangkok) of the documents matching `where`. */
  monthsOf: (where: Where) => Promise<Set<string>>
  /** What a reason or a list says of a document. */
  ref: (doc: Doc) => DocumentRef
}

export function itemReader(
  context: { payload: Payload; req?: PayloadRequest; siteUrl: string; organisation?: OrganisationId },
  item: FrameworkItem,
  set: ItemRuleSet | undefined,
): ItemReader {
  const { payload, req, siteUrl } = context
  const slug = item.category.collection as CollectionSlug
  const collection = collectionConfig(payload, slug)
  const titleField = collection.admin.useAsTitle ?? 'id'
  const queryOptions = itemQueryOptions(collection.fields)
  const list = listSelect(set?.judge, [titleField, item.declaredNone?.path, ...Object.keys(item.category.where)])
  const judgeAll = {
    ...list,
    ...topLevel([...rulePaths(set?.judge.rules ?? []), 'componentLocations']),
  }
  // The adapter, unlike the Local API, does not leave out the trash, nor other organisations' documents.
  const scope = organisationWhere(payload, context.organisation)
  const live = (where: Where): Where =>
    withinOrganisation(queryOptions.hasTrash ? { and: [where, { deletedAt: { exists: false } }] } : where, scope)
  return {
    slug,
    queryOptions,
    list,
    judgeAll,
    find: async (where, limit, select = list) => {
      const { docs } = await payload.db.find({
        collection: slug,
        where: live(where),
        limit: limit + 1,
        sort: '-updatedAt',
        select,
        pagination: false,
        req,
      })
      return {
        docs: (docs as Doc[]).slice(0, limit),
        more: docs.length > limit,
      }
    },
    count: async (where) => (await payload.db.count({ collection: slug, where: live(where), req })).totalDocs,
    monthsOf: async (where) => {
      // The distinct months only (at most a few per month), not the documents.
      const { values } = await payload.db.findDistinct({
        collection: slug,
        field: 'month',
        where: live(where),
        limit: 100,
        req,
      })
      return new Set(
        (values as { month?: null | string }[]).flatMap((v) => (v.month ? [bangkokDay(v.month).slice(0, 7)] : [])),
      )
    },
    ref: documentRef(slug, titleField, componentLabels(collection.fields), siteUrl, payload.config.routes.admin),
  }
}

function documentRef(
  slug: CollectionSlug,
  titleField: string,
  componentLabelsOf: Map<string, string>,
  siteUrl: string,
  adminRoute: string,
): (doc: Doc) => DocumentRef {
  return (doc) => ({
    collection: slug,
    id: doc.id,
    title: String(valueAt(doc, titleField) ?? doc.id),
    fiscalYear: (doc.fiscalYear as number | undefined) ?? null,
    month: (doc.month as string | undefined) ?? null,
    status: doc._status === 'draft' ? 'draft' : 'published',
    updatedAt: doc.updatedAt as string | undefined,
    url: doc._status === 'draft' ? undefined : absolute(siteUrl, documentPath(slug, doc.id)),
    adminUrl: adminDocumentPath(adminRoute, slug, doc.id),
    statedIn: doc.sourceDocument
      ? (
          (doc.componentLocations ?? []) as {
            component?: string
            pages?: string
          }[]
        )
          .filter((row) => row.component && row.pages)
          .map((row) => ({
            component: String(row.component),
            label: componentLabelsOf.get(String(row.component)) ?? String(row.component),
            pages: String(row.pages),
          }))
      : undefined,
  })
}

/**
 * The published documents of an item in its window, the first ones read with the rows
 * needed to judge them here: every rule's for a document whose stored verdict is not
 * trusted, the recommended rules' for the first complete ones (their warnings), the page
 * table of a scanned PDF. `deep` holds the documents so read.
 */
export async function readPublished(
  reader: ItemReader,
  set: ItemRuleSet | undefined,
  published: Page,
  trusted: (doc: Doc) => boolean,
): Promise<{ deep: Map<Doc['id'], Doc>; untrusted: Doc[]; warned: Doc[] }> {
  const recommends = Boolean(set?.judge.rules.some((rule) => rule.level === 'recommended'))
  const untrusted = published.docs.filter((doc) => !trusted(doc))
  const scanned = published.docs.filter((doc) => doc.sourceDocument)
  // Warnings are reported for the first complete documents: read the rows of those.
  const warned = recommends ? published.docs.filter(trusted).slice(0, NAMED) : []
  const deepIds = [...new Set([...untrusted, ...scanned, ...warned].map((doc) => doc.id))]
  const deep = new Map<Doc['id'], Doc>()
  if (!deepIds.length) return { deep, untrusted, warned }
  const select = untrusted.length
    ? reader.judgeAll
    : {
        ...reader.list,
        ...topLevel([
          ...(scanned.length ? ['componentLocations'] : []),
          ...rulePaths(warned.length ? set!.judge.rules.filter((rule) => rule.level === 'recommended') : []),
        ]),
      }
  const { docs } = await reader.find({ id: { in: deepIds } }, deepIds.length, select)
  for (const doc of docs) deep.set(doc.id, doc)
  return { deep, untrusted, warned }
}

/**
 * One read per collection instead of one per item, where a collection holds several items
 * (reports: twelve; the organisation profile: eight): the published documents in any of
 * their windows, each then given to the item whose category it is. Only where that is
 * unambiguous (items of one category share their window) and the documents are few;
 * otherwise each item reads its own.
 */
export async function prefetchByCollection(
  options: {
    payload: Payload
    req?: PayloadRequest
    framework: Framework
    frameworks: readonly Framework[]
    organisation?: OrganisationId
  },
  items: FrameworkItem[],
): Promise<Map<string, Page>> {
  const { payload, req, framework, frameworks } = options
  const scope = organisationWhere(payload, options.organisation)
  const out = new Map<string, Page>()
  const byCollection = new Map<CollectionSlug, FrameworkItem[]>()
  for (const item of items) {
    if (item.window === 'monthly-first-half-current-fy') continue
    const slug = item.category.collection as CollectionSlug
    byCollection.set(slug, [...(byCollection.get(slug) ?? []), item])
  }
  for (const [slug, group] of byCollection) {
    if (group.length < 2 || !unambiguous(group)) continue
    const collection = collectionConfig(payload, slug)
    const queryOptions = itemQueryOptions(collection.fields)
    const titleField = collection.admin.useAsTitle ?? 'id'
    const select = Object.assign(
      {},
      ...group.map((item) =>
        listSelect(ruleSetOf(frameworks, payload.config.collections, framework.year, item.code)?.judge, [
          titleField,
          item.declaredNone?.path,
          ...Object.keys(item.category.where),
        ]),
      ),
    )
    const { docs } = await payload.db.find({
      collection: slug,
      where: withinOrganisation({ or: group.map((item) => itemWhere(item, framework.year, queryOptions)) }, scope),
      limit: GROUP_LIMIT + 1,
      sort: '-updatedAt',
      select,
      pagination: false,
      req,
    })
    if (docs.length > GROUP_LIMIT) continue
    for (const item of group) {
      const mine = (docs as Doc[]).filter((doc) =>
        Object.entries(item.category.where).every(([key, value]) => valueAt(doc, key) === value),
      )
      out.set(item.code, {
        docs: mine.slice(0, LISTED),
        more: mine.length > LISTED,
      })
    }
  }
  return out
}

/**
 * A document must belong to one item only: any two categories are the same (and then share
 * their window, like the profile's eight items) or exclude each other.
 */
function unambiguous(group: FrameworkItem[]): boolean {
  const category = (item: FrameworkItem) => JSON.stringify(Object.entries(item.category.where).sort())
  const excludes = (a: FrameworkItem, b: FrameworkItem) =>
    Object.entries(a.category.where).some(([key, value]) => key in b.category.where && b.category.where[key] !== value)
  return group.every((a) =>
    group.every((b) => a === b || excludes(a, b) || (category(a) === category(b) && a.window === b.window)),
  )
}

/**
 * Division code → its name, for naming each item's division: read from the plugin's
 * `divisions` collection (its `codeField`, and its title field for the name). Without a
 * divisions collection, no names.
 */
export async function divisionNames({
  payload,
  req,
  organisation,
}: {
  payload: Payload
  req?: PayloadRequest
  /** Where documents belong to organisations: that organisation's divisions only. */
  organisation?: OrganisationId
}): Promise<Map<string, string>> {
  const divisions = (payload.config.custom?.oit as { divisions?: DivisionsOption } | undefined)?.divisions
  if (!divisions) return new Map()
  const slug = divisions.collection
  const config = collectionConfig(payload, slug)
  const nameField = config.admin.useAsTitle ?? divisions.codeField
  const scope = organisationWhere(payload, await resolveOrganisation({ payload, req, organisation }))
  const { docs } = await payload.db.find({
    collection: slug,
    pagination: false,
    // In the collection's own order: the division filter lists them so.
    sort: config.defaultSort,
    req,
    where: withinOrganisation(undefined, scope),
    select: { [divisions.codeField]: true, [nameField]: true },
  })
  return new Map(
    (docs as Record<string, unknown>[]).map((d) => {
      const code = String(valueAt(d, divisions.codeField))
      return [code, String(valueAt(d, nameField) ?? code)]
    }),
  )
}
