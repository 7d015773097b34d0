/**
 * The status engine: what an assessor would find for each item of an ITA year, computed
 * in the database with counts and narrow queries, O(items) of them, never every document
 * in memory. Which documents count (category, window, minimum, declarations) comes from
 * `framework/itemQuery.ts`, shared with the public index, the exports and the tests.
 */
import type { Payload, PayloadRequest, SanitizedCollectionConfig, Where } from 'payload'

import { declaredNone, evaluate, type Finding, selectRuleSets } from '../../publish-gate/engine/evaluate'
import { valueAt } from '../../publish-gate/engine/values'
import type { RuleSet } from '../../publish-gate/rules/schema'
import { bangkokDay, firstHalfOfFiscalYear, formatThaiDate } from '../../../src/lib/thai-calendar'
import { checkPaths } from '../framework/checkReferences'
import { withAssignedDivisions } from '../divisions/assignedDivisions'
import { componentLabels } from '../framework/fieldPaths'
import { categoryWhere, itemQueryOptions, itemWhere } from '../framework/itemQuery'
import type { Framework, FrameworkItem } from '../framework/schema'
import { oitRuleSets } from '../gate/ruleSets'
import { guideNote } from '../framework/yearInForce'
import { hideUnreadableDrafts } from './hideUnreadableDrafts'
import { ITEM_CHECKS } from './itemChecks'
import { dueMonths, nextDue } from './nextDue'
import {
  type DocumentRef,
  ITEM_STATUSES,
  type ItemStatus,
  type ItemStatusName,
  type Reason,
  type YearStatus,
} from './types'
import { absolute, adminDocumentPath, adminListPath, documentPath, itemPath } from './urls'

/** Documents listed (and judged in memory) per item; beyond it, counts come from `readiness`. */
const LISTED = 20
/** At most this many documents are named in the reasons of one item. */
const NAMED = 3

export interface StatusOptions {
  payload: Payload
  req?: PayloadRequest
  framework: Framework
  /** Every loaded framework (the rule sets of a year come from them). */
  frameworks: readonly Framework[]
  /** Origin of the public site, for document and item URLs. */
  siteUrl: string
  /** Only the items of this division (department code). */
  department?: string
  now?: Date
}

type Doc = Record<string, unknown> & { id: number | string }

const ruleSetCache = new WeakMap<readonly Framework[], Map<string, RuleSet>>()

/** The publish-gate rule set of one item of one year (document-scope components). */
function ruleSetOf(
  frameworks: readonly Framework[],
  collections: SanitizedCollectionConfig[],
  year: number,
  code: string,
) {
  let byId = ruleSetCache.get(frameworks)
  if (!byId) {
    byId = new Map(
      // A provisional year is judged by its own levels here, though its rules only warn at save.
      Object.values(oitRuleSets(frameworks, collections, 'keep'))
        .flat()
        .map((set) => [set.id, set]),
    )
    ruleSetCache.set(frameworks, byId)
  }
  const set = byId.get(`ita-${year}:${code}`)
  if (!set) return undefined
  // A save judged a provisional year's rules as warnings: its stored `ready` says nothing here.
  const trustsSave = !frameworks.find((f) => f.year === year)?.provisional
  return {
    trustsSave,
    // Judged as ITA `year` would, whatever the document's own year picks.
    judge: { ...set, when: {}, year: undefined },
    // The stored verdict of a save (`readiness`) speaks for this year only where this
    // year's rules were among those that judged the document.
    judgedAtSave: (doc: Doc) => trustsSave && selectRuleSets([set], doc).length > 0,
    /** The same, as a query: counted `ready` documents must have been judged by these rules. */
    judgedAtSaveWhere: yearRangeWhere(set),
  }
}

/** The documents whose fiscal year picks this rule set (its `year` range) at save. */
function yearRangeWhere(set: RuleSet): Where {
  const year = set.year
  if (!year) return {}
  const bounds: Where[] = [
    ...(year.min !== undefined ? [{ [year.path]: { greater_than_equal: year.min } }] : []),
    ...(year.max !== undefined ? [{ [year.path]: { less_than_equal: year.max } }] : []),
  ]
  const dated: Where = bounds.length ? { and: bounds } : { [year.path]: { exists: true } }
  return year.undated ? { or: [dated, { [year.path]: { exists: false } }] } : dated
}

/** What a status needs of every document: identity, dates, the stored verdict. Columns only, no rows. */
function listSelect(set: RuleSet | undefined, extra: (string | undefined)[]): Record<string, true> {
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
function rulePaths(rules: RuleSet['rules']): string[] {
  return rules.flatMap((rule) => checkPaths(rule.check))
}

const topLevel = (paths: (string | undefined)[]): Record<string, true> =>
  Object.fromEntries(paths.filter((p): p is string => Boolean(p)).map((p) => [p.split('.')[0]!, true as const]))

export async function computeYearStatus(given: StatusOptions): Promise<YearStatus> {
  // Each item with the division that answers for it in this organisation.
  const options = { ...given, framework: await withAssignedDivisions(given.payload, given.framework, given.req) }
  const { framework, department } = options
  const departments = await departmentNames(options)
  const items = framework.items.filter(
    (item) => !department || item.department === department || item.department === 'all',
  )
  const prefetched = await prefetchByCollection(options, items)
  const statuses: ItemStatus[] = []
  for (const item of items)
    statuses.push(await computeItemStatus(options, item, departments, prefetched.get(item.code)))
  const counts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatusName, number>
  // Signed-in readers see only the drafts they may read named (visitors get no drafts at all).
  if (options.req?.user) await hideUnreadableDrafts(options.req, statuses)
  for (const s of statuses) counts[s.status]++
  const answered = counts.complete + counts['declared-none']
  return {
    year: framework.year,
    title: framework.title,
    provisional: framework.provisional,
    ...(framework.guideFrom
      ? { guideFrom: framework.guideFrom, note: guideNote(framework, options.frameworks) }
      : {}),
    generatedAt: (options.now ?? new Date()).toISOString(),
    counts,
    progress: statuses.length ? Math.round((answered / statuses.length) * 100) : 0,
    indicators: framework.indicators,
    items: statuses,
  }
}

/** Documents read at once for all items of one collection, at most. */
const GROUP_LIMIT = 200

/**
 * One read per collection instead of one per item, where a collection holds several items
 * (reports: twelve; the organisation profile: eight): the published documents in any of
 * their windows, each then given to the item whose category it is. Only where that is
 * unambiguous (items of one category share their window) and the documents are few;
 * otherwise each item reads its own.
 */
async function prefetchByCollection(
  options: StatusOptions,
  items: FrameworkItem[],
): Promise<Map<string, { docs: Doc[]; more: boolean }>> {
  const { payload, req, framework, frameworks } = options
  const out = new Map<string, { docs: Doc[]; more: boolean }>()
  const byCollection = new Map<string, FrameworkItem[]>()
  for (const item of items) {
    if (item.window === 'monthly-first-half-current-fy') continue
    byCollection.set(item.category.collection, [...(byCollection.get(item.category.collection) ?? []), item])
  }
  for (const [slug, group] of byCollection) {
    if (group.length < 2) continue
    const category = (item: FrameworkItem) => JSON.stringify(Object.entries(item.category.where).sort())
    // A document must belong to one item only: any two categories are the same (and then
    // share their window, like the profile's eight items) or exclude each other.
    const excludes = (a: FrameworkItem, b: FrameworkItem) =>
      Object.entries(a.category.where).some(
        ([key, value]) => key in b.category.where && b.category.where[key] !== value,
      )
    const unambiguous = group.every((a) =>
      group.every((b) => a === b || excludes(a, b) || (category(a) === category(b) && a.window === b.window)),
    )
    if (!unambiguous) continue
    const collection = (payload.collections as Record<string, { config: SanitizedCollectionConfig }>)[slug]!.config
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
      collection: slug as never,
      where: { or: group.map((item) => itemWhere(item, framework.year, queryOptions)) },
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
      out.set(item.code, { docs: mine.slice(0, LISTED), more: mine.length > LISTED })
    }
  }
  return out
}

/** Department code → Thai name, for naming each item's division. */
export async function departmentNames({
  payload,
  req,
}: Pick<StatusOptions, 'payload' | 'req'>): Promise<Map<string, string>> {
  const { docs } = await payload.db.find({
    collection: 'departments' as never,
    pagination: false,
    req,
    select: { code: true, nameTh: true } as never,
  })
  return new Map(
    (docs as { code?: string; nameTh?: string }[]).map((d) => [String(d.code), String(d.nameTh ?? d.code)]),
  )
}

export async function computeItemStatus(
  options: StatusOptions,
  item: FrameworkItem,
  departments: Map<string, string> = new Map(),
  /** The item's published documents in the window, when already read with its collection's other items. */
  prefetched?: { docs: Doc[]; more: boolean },
): Promise<ItemStatus> {
  const { payload, req, framework, siteUrl } = options
  const year = framework.year
  const now = options.now ?? new Date()
  const slug = item.category.collection
  const collection = (payload.collections as Record<string, { config: SanitizedCollectionConfig }>)[slug]!.config
  const adminRoute = payload.config.routes.admin
  const titleField = collection.admin.useAsTitle ?? 'id'
  const queryOptions = itemQueryOptions(collection.fields)
  const componentLabelsOf = componentLabels(collection.fields)
  const set = ruleSetOf(options.frameworks, payload.config.collections, year, item.code)
  const monthly = item.window === 'monthly-first-half-current-fy'

  // Straight through the adapter with only the fields needed: no access checks (staff and
  // public answers are projected afterwards), no read hooks. Lists read columns only; the
  // rows a rule reads (arrays are the costly part of a read) only for documents judged here.
  const extra = [titleField, item.declaredNone?.path, ...Object.keys(item.category.where)]
  const list = listSelect(set?.judge, extra)
  const judgeAll = { ...list, ...topLevel([...rulePaths(set?.judge.rules ?? []), 'componentLocations']) }
  // The adapter, unlike the Local API, does not leave out the trash.
  const live = (where: Where): Where =>
    queryOptions.hasTrash ? { and: [where, { deletedAt: { exists: false } }] } : where
  // One more than asked tells whether there are more, without a separate count.
  const find = async (where: Where, limit: number, select: Record<string, true> = list) => {
    const { docs } = await payload.db.find({
      collection: slug as never,
      where: live(where),
      limit: limit + 1,
      sort: '-updatedAt',
      select,
      pagination: false,
      req,
    })
    return { docs: (docs as Doc[]).slice(0, limit), more: docs.length > limit }
  }
  const count = async (where: Where) =>
    (await payload.db.count({ collection: slug as never, where: live(where), req })).totalDocs

  const ref = (doc: Doc): DocumentRef => ({
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
      ? ((doc.componentLocations ?? []) as { component?: string; pages?: string }[])
          .filter((row) => row.component && row.pages)
          .map((row) => ({
            component: String(row.component),
            label: componentLabelsOf.get(String(row.component)) ?? String(row.component),
            pages: String(row.pages),
          }))
      : undefined,
  })
  const judge = (doc: Doc) => (set ? evaluate([set.judge], doc) : undefined)

  const reasons: Reason[] = []
  const warnings: Reason[] = []
  const findingReason = (doc: Doc, finding: Finding, code: Reason['code']): Reason => ({
    code,
    message: {
      th: `${ref(doc).title}: ${finding.message.th}`,
      en: `${ref(doc).title}: ${finding.message.en}`,
    },
    document: ref(doc),
    component: finding.ruleId,
    path: finding.path,
  })

  const half = firstHalfOfFiscalYear(year)
  const outOfWindow = (doc: Doc): Reason => {
    const title = ref(doc).title
    // Six-month data of the right year that stops early: say what it lacks.
    if (item.window === 'first-half-current-fy' && doc.fiscalYear === year && doc.periodEnd) {
      const until = formatThaiDate(doc.periodEnd as string)
      const needed = formatThaiDate(`${half.lastDay}T12:00:00+07:00`)
      return {
        code: 'out-of-window',
        message: {
          th: `${title}: ข้อมูลถึง ${until} ยังไม่ครบรอบ 6 เดือน (ต้องถึง ${needed})`,
          en: `${title}: the data ends ${bangkokDay(doc.periodEnd as string)}, short of the six months (to ${half.lastDay})`,
        },
        document: ref(doc),
      }
    }
    return {
      code: 'out-of-window',
      message: {
        th: `ไม่อยู่ในช่วงที่ ITA ${year} ประเมิน: ${title}${doc.fiscalYear ? ` (ปีงบประมาณ ${doc.fiscalYear})` : ''}`,
        en: `Outside the period ITA ${year} assesses: ${title}${doc.fiscalYear ? ` (FY ${doc.fiscalYear})` : ''}`,
      },
      document: ref(doc),
    }
  }

  // 1. Published documents in the window: the first ones judged here, the rest counted.
  // A stored `ready` from this year's rules is taken as it is; the others (and those whose
  // warnings or PDF pages are shown) are read with their rows and judged again.
  const inWindow = itemWhere(item, year, queryOptions)
  // Stored `ready` by this year's rules, for what is counted rather than judged here.
  const readyHere: Where = set
    ? { and: [{ readiness: { equals: 'ready' } }, set.judgedAtSaveWhere] }
    : { readiness: { equals: 'ready' } }
  const published = prefetched ?? (await find(inWindow, LISTED))
  const trusted = (doc: Doc) => !set || (doc.readiness === 'ready' && set.judgedAtSave(doc))
  const recommends = Boolean(set?.judge.rules.some((rule) => rule.level === 'recommended'))
  const untrusted = published.docs.filter((doc) => !trusted(doc))
  const scanned = published.docs.filter((doc) => doc.sourceDocument)
  // Warnings are reported for the first complete documents: read the rows of those.
  const warned = recommends ? published.docs.filter(trusted).slice(0, NAMED) : []
  const deepIds = [...new Set([...untrusted, ...scanned, ...warned].map((doc) => doc.id))]
  const deep = new Map<Doc['id'], Doc>()
  if (deepIds.length) {
    // Only the rows needed: every rule's for a document judged again, the recommended
    // rules' for warnings, the page table of a scanned PDF.
    const select = untrusted.length
      ? judgeAll
      : {
          ...list,
          ...topLevel([
            ...(scanned.length ? ['componentLocations'] : []),
            ...rulePaths(warned.length ? set!.judge.rules.filter((rule) => rule.level === 'recommended') : []),
          ]),
        }
    const { docs } = await find({ id: { in: deepIds } }, deepIds.length, select)
    for (const doc of docs) deep.set(doc.id, doc)
  }
  const verdicts = published.docs.map((listed) => {
    const doc = deep.get(listed.id) ?? listed
    // Judged here when read with its rows; a trusted document read only for its
    // recommended rows or its page table keeps its stored verdict.
    const verdict = deep.has(listed.id) ? judge(doc) : undefined
    const complete = trusted(listed) || Boolean(verdict?.complete)
    return {
      doc,
      complete,
      missing: trusted(listed) ? [] : (verdict?.missing ?? []),
      warnings: untrusted.length || warned.includes(listed) ? (verdict?.warnings ?? []) : [],
      // A valid declaration of none, as the gate judges it (checked box and an explanation).
      declaresNone: Boolean(set && declaredNone(set.judge, doc)),
    }
  })
  const completeDocs = verdicts.filter((v) => v.complete)
  let counted = completeDocs.length
  if (published.more && set?.trustsSave !== false) {
    // Too many to judge one by one: the stored verdict of each save (`readiness`) counts.
    counted = await count({ and: [inWindow, readyHere] })
  }
  for (const { doc, missing } of verdicts.slice(0, NAMED)) {
    for (const finding of missing) reasons.push(findingReason(doc, finding, 'component-missing'))
  }
  for (const { doc, warnings: found } of completeDocs.slice(0, NAMED)) {
    for (const finding of found) warnings.push(findingReason(doc, finding, 'recommended-missing'))
  }
  const declarations = completeDocs.filter((v) => v.declaresNone)
  const substantive = completeDocs.filter((v) => !v.declaresNone)

  // 2. Months (สขร.1): each month of the first half that has ended needs a complete summary
  // or a declaration; a month with only a draft or an incomplete one is pending.
  let monthsShort = 0
  let monthsPending = 0
  const coveredMonths = new Set<string>()
  if (monthly) {
    // The distinct months only (at most a few per month), not the documents.
    const monthsOf = async (where: Where) => {
      const { values } = await payload.db.findDistinct({
        collection: slug as never,
        field: 'month',
        where: live(where),
        limit: 100,
        req,
      })
      return new Set(
        (values as { month?: null | string }[]).flatMap((v) => (v.month ? [bangkokDay(v.month).slice(0, 7)] : [])),
      )
    }
    if (set?.trustsSave === false) {
      // A provisional year: only the documents judged here by its own levels count.
      for (const { doc } of completeDocs) if (doc.month) coveredMonths.add(bangkokDay(String(doc.month)).slice(0, 7))
    } else {
      for (const month of await monthsOf({ and: [inWindow, readyHere] })) coveredMonths.add(month)
    }
    const started = await monthsOf(itemWhere(item, year, { ...queryOptions, publishedOnly: false }))
    for (const month of dueMonths(year, now)) {
      const key = month.firstDay.slice(0, 7)
      if (coveredMonths.has(key)) continue
      const pending = started.has(key)
      if (pending) monthsPending++
      else monthsShort++
      reasons.push({
        code: 'month-missing',
        message: pending
          ? {
              th: `สขร.1 เดือน${month.labelTh} ยังไม่ได้เผยแพร่หรือยังไม่ครบ`,
              en: `The monthly summary for ${month.labelEn} is not published or not complete`,
            }
          : {
              th: `ไม่มี สขร.1 หรือประกาศว่าไม่มีการจัดซื้อจัดจ้าง ของเดือน${month.labelTh}`,
              en: `No monthly summary, nor a declaration of no procurement, for ${month.labelEn}`,
            },
      })
    }
  }

  // 3. Item-scope components (a top executive exists, …): one narrow count each.
  let itemChecksPass = true
  for (const component of item.components.filter((c) => c.scope === 'item' && c.level === 'required')) {
    const check = component.check.type === 'custom' ? ITEM_CHECKS[component.check.name] : undefined
    if (!check || (await check(payload, req))) continue
    itemChecksPass = false
    reasons.push({
      code: 'item-check-failed',
      component: `${item.code}.${component.key}`,
      message: { th: `ขาด${component.label.th}`, en: `${component.label.en} is missing` },
    })
  }

  const minimum = monthly ? 0 : item.minimum
  let status: ItemStatusName
  const monthsOpen = monthsShort + monthsPending
  let outside: Doc[] = []
  if (substantive.length === 0 && declarations.length > 0 && monthsOpen === 0 && itemChecksPass) {
    status = 'declared-none'
  } else if (counted >= minimum && monthsOpen === 0 && itemChecksPass && (monthly ? completeDocs.length > 0 : true)) {
    status = 'complete'
  } else {
    // Not complete: why not, and is there anything at all?
    if (!monthly && counted < item.minimum && published.docs.length > 0) {
      reasons.push({
        code: 'below-minimum',
        message: {
          th: `มีเอกสารที่ครบถ้วน ${counted} จาก ${item.minimum} ฉบับที่กำหนด`,
          en: `${counted} complete document(s) of the ${item.minimum} required`,
        },
      })
    }
    const drafts = await find(
      itemWhere(item, year, { ...queryOptions, publishedOnly: false, draftsOnly: true }),
      NAMED,
      judgeAll,
    )
    for (const doc of drafts.docs) {
      reasons.push({
        code: 'drafts-only',
        message: { th: `ยังเป็นฉบับร่าง: ${ref(doc).title}`, en: `Still a draft: ${ref(doc).title}` },
        document: ref(doc),
      })
      // What the draft still lacks before it may be published.
      for (const finding of judge(doc)?.missing ?? []) reasons.push(findingReason(doc, finding, 'component-missing'))
    }
    const anyInWindow = published.docs.length > 0 || drafts.docs.length > 0
    // Published documents of the item's kind, none of them in the window: what makes it stale.
    if (published.docs.length === 0) {
      outside = (await find({ and: [categoryWhere(item), { _status: { equals: 'published' } }] }, NAMED)).docs
    }
    for (const doc of outside) reasons.push(outOfWindow(doc))
    if (monthly && monthsOpen > 0)
      status = monthsPending > 0 ? 'incomplete' : published.docs.length + outside.length > 0 ? 'stale' : 'missing'
    else if (anyInWindow) status = 'incomplete'
    else if (outside.length > 0) status = 'stale'
    else status = 'missing'
    if (status === 'missing') {
      reasons.unshift({
        code: 'nothing',
        message: { th: `ยังไม่มีข้อมูล${item.title.th}`, en: `Nothing published for ${item.title.en}` },
      })
    }
  }

  const listed = substantive.length ? substantive : completeDocs
  return {
    code: item.code,
    title: item.title,
    indicator: item.indicator,
    heading: item.heading,
    collection: slug,
    filter: item.category.where,
    window: item.window,
    minimum: item.minimum,
    status,
    reasons,
    warnings,
    documents: listed.map((v) => ref(v.doc)),
    counted,
    department: {
      code: item.department,
      name: item.department === 'all' ? 'ทุกส่วนราชการ' : departments.get(item.department),
    },
    url: absolute(siteUrl, itemPath(year, item.code)),
    adminUrl: adminListPath(adminRoute, slug, item.category.where),
    lastPublishedAt: ((published.docs[0] ?? outside[0])?.updatedAt as string | undefined) ?? null,
    nextDue: nextDue(item, year, now, coveredMonths),
  }
}
