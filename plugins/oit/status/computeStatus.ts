/**
 * The status engine: what an assessor would find for each item of an ITA year, computed
 * in the database with counts and narrow queries, O(items) of them, never every document
 * in memory. Which documents count (category, window, minimum, declarations) comes from
 * `framework/itemQuery.ts`, shared with the public index, the exports and the tests.
 *
 * Three steps: `select.ts` reads (which documents, which columns), `judge.ts` decides
 * (pure verdicts, reasons as facts), `explain.ts` puts the reasons into words, last.
 * This file only runs them in order.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import { withAssignedDivisions } from '../divisions/assignedDivisions'
import { categoryWhere, itemWhere } from '../framework/itemQuery'
import type { Framework, FrameworkItem } from '../framework/schema'
import { guideNote } from '../framework/yearInForce'
import { explainItem, type Language } from './explain'
import { hideUnreadableDrafts } from './hideUnreadableDrafts'
import { resolveOrganisation } from '../organisations/requestOrganisation'
import { organisationWhere, type OrganisationId } from '../organisations/scope'
import { siteUrlOf } from '../organisations/siteUrlOf'
import { ITEM_CHECKS } from './itemChecks'
import {
  answered,
  belowMinimum,
  documentFindings,
  documentVerdicts,
  findingReason,
  judgeDocument,
  MONTHLY,
  missingMonths,
  monthOf,
  outOfWindowReason,
  shortfall,
  trustedBy,
} from './judge'
import { dueMonths, nextDue } from './nextDue'
import {
  type Doc,
  divisionNames,
  type ItemReader,
  type ItemRuleSet,
  itemReader,
  LISTED,
  NAMED,
  type Page,
  prefetchByCollection,
  readPublished,
  ruleSetOf,
} from './select'
import {
  ITEM_STATUSES,
  type ItemFacts,
  type ItemStatus,
  type ItemStatusName,
  type ReasonFacts,
  type YearStatus,
} from './types'
import { absolute, adminListPath, itemPath } from './urls'

export { divisionNames } from './select'

export interface StatusOptions {
  payload: Payload
  req?: PayloadRequest
  framework: Framework
  /** Every loaded framework (the rule sets of a year come from them). */
  frameworks: readonly Framework[]
  /** Origin of the public site, for document and item URLs. */
  siteUrl: string
  /** Only the items of this division (division code). */
  division?: string
  /**
   * The organisation whose status it is, where documents belong to organisations (the
   * plugin's `organisations` option): every read keeps to it. Required there.
   */
  organisation?: OrganisationId
  now?: Date
  /** The reader's language, for the words in one language only. Default: the request's, else Thai. */
  language?: Language
}

const LANGUAGES: Record<string, Language> = { en: 'en', th: 'th' }

function languageOf(options: StatusOptions): Language {
  return options.language ?? LANGUAGES[options.req?.i18n?.language ?? ''] ?? 'th'
}

export async function computeYearStatus(given: StatusOptions): Promise<YearStatus> {
  const organisation = await resolveOrganisation(given)
  // Each item with the division that answers for it in this organisation; links on its own site.
  const options = {
    ...given,
    organisation,
    siteUrl: await siteUrlOf(given.payload, organisation, given.siteUrl),
    framework: await withAssignedDivisions(given.payload, given.framework, given.req, organisation),
  }
  const { framework, division } = options
  const divisions = await divisionNames(options)
  const items = framework.items.filter(
    (item) => !division || item.division === division || item.division === 'all',
  )
  const prefetched = await prefetchByCollection(options, items)
  const facts: ItemFacts[] = []
  for (const item of items) facts.push(await itemFacts(options, item, divisions, prefetched.get(item.code)))
  // Signed-in readers see only the drafts they may read named (visitors get no drafts at all).
  if (options.req?.user) await hideUnreadableDrafts(options.req, facts)
  const statuses = facts.map((f, i) => explainItem(f, { item: items[i]!, year: framework.year, language: languageOf(options) }))
  const counts = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatusName, number>
  for (const s of statuses) counts[s.status]++
  const answered = counts.complete + counts['declared-none']
  return {
    year: framework.year,
    title: framework.title,
    provisional: framework.provisional,
    ...(framework.guideFrom
      ? {
          guideFrom: framework.guideFrom,
          note: guideNote(framework, options.frameworks),
        }
      : {}),
    generatedAt: (options.now ?? new Date()).toISOString(),
    counts,
    progress: statuses.length ? Math.round((answered / statuses.length) * 100) : 0,
    indicators: framework.indicators,
    items: statuses,
  }
}

/** One item's status, in words (the reminders ask for one item at a time). */
export async function computeItemStatus(
  options: StatusOptions,
  item: FrameworkItem,
  divisions: Map<string, string> = new Map(),
  prefetched?: Page,
): Promise<ItemStatus> {
  const organisation = await resolveOrganisation(options)
  const siteUrl = await siteUrlOf(options.payload, organisation, options.siteUrl)
  return explainItem(await itemFacts({ ...options, organisation, siteUrl }, item, divisions, prefetched), {
    item,
    year: options.framework.year,
    language: languageOf(options),
  })
}

/** What the item's published documents in the window amount to (step 1). */
async function publishedInWindow(
  reader: ItemReader,
  set: ItemRuleSet | undefined,
  item: FrameworkItem,
  year: number,
  prefetched?: Page,
) {
  // The first ones judged here, the rest counted. A stored `ready` from this year's rules
  // is taken as it is; the others (and those whose warnings or PDF pages are shown) are
  // read with their rows and judged again.
  const inWindow = itemWhere(item, year, reader.queryOptions)
  // Stored `ready` by this year's rules, for what is counted rather than judged here.
  const readyHere: Where = set
    ? { and: [{ readiness: { equals: 'ready' } }, set.judgedAtSaveWhere] }
    : { readiness: { equals: 'ready' } }
  const published = prefetched ?? (await reader.find(inWindow, LISTED))
  const { deep, untrusted, warned } = await readPublished(reader, set, published, trustedBy(set))
  const verdicts = documentVerdicts({
    listed: published.docs,
    deep,
    set,
    untrusted,
    warned,
  })
  const complete = verdicts.filter((v) => v.complete)
  // Too many to judge one by one: the stored verdict of each save (`readiness`) counts.
  const counted =
    published.more && set?.trustsSave !== false ? await reader.count({ and: [inWindow, readyHere] }) : complete.length
  return { inWindow, readyHere, published, verdicts, complete, counted }
}

/** สขร.1 (step 2): the months covered, and a reason for each month due and not covered. */
async function monthsOfItem(
  reader: ItemReader,
  set: ItemRuleSet | undefined,
  item: FrameworkItem,
  year: number,
  now: Date,
  step1: Awaited<ReturnType<typeof publishedInWindow>>,
) {
  const covered = new Set<string>()
  if (set?.trustsSave === false) {
    // A provisional year: only the documents judged here by its own levels count.
    for (const { doc } of step1.complete) if (doc.month) covered.add(monthOf(doc))
  } else {
    for (const month of await reader.monthsOf({
      and: [step1.inWindow, step1.readyHere],
    }))
      covered.add(month)
  }
  const started = await reader.monthsOf(itemWhere(item, year, { ...reader.queryOptions, publishedOnly: false }))
  return { covered, ...missingMonths(dueMonths(year, now), covered, started) }
}

/** Item-scope components (a top executive exists, …), step 3: one narrow count each. */
async function itemChecks(
  payload: Payload,
  req: PayloadRequest | undefined,
  item: FrameworkItem,
  scope: Where | undefined,
): Promise<ReasonFacts[]> {
  const failed: ReasonFacts[] = []
  for (const component of item.components.filter((c) => c.scope === 'item' && c.level === 'required')) {
    const check = component.check.type === 'custom' ? ITEM_CHECKS[component.check.name] : undefined
    if (!check || (await check(payload, req, scope))) continue
    failed.push({
      code: 'item-check-failed',
      component: `${item.code}.${component.key}`,
    })
  }
  return failed
}

/** An item's status as facts: read (select), then decided (judge); no words yet. */
async function itemFacts(
  options: StatusOptions,
  item: FrameworkItem,
  divisions: Map<string, string>,
  /** The item's published documents in the window, when already read with its collection's other items. */
  prefetched?: Page,
): Promise<ItemFacts> {
  const { payload, req, framework, siteUrl } = options
  const year = framework.year
  const now = options.now ?? new Date()
  const set = ruleSetOf(options.frameworks, payload.config.collections, year, item.code)
  const reader = itemReader(options, item, set)
  const monthly = item.window === MONTHLY

  const step1 = await publishedInWindow(reader, set, item, year, prefetched)
  const { reasons, warnings } = documentFindings(step1.verdicts, reader.ref, NAMED)
  const months = monthly ? await monthsOfItem(reader, set, item, year, now, step1) : undefined
  if (months) reasons.push(...months.reasons)
  const failedChecks = await itemChecks(payload, req, item, organisationWhere(payload, options.organisation))
  reasons.push(...failedChecks)

  const declarations = step1.complete.filter((v) => v.declaresNone)
  const monthsOpen = (months?.short ?? 0) + (months?.pending ?? 0)
  const tally = {
    monthly,
    minimum: item.minimum,
    counted: step1.counted,
    complete: step1.complete.length,
    declarations: declarations.length,
    monthsOpen,
    itemChecksPass: failedChecks.length === 0,
  }
  let status: ItemStatusName | undefined = answered(tally)
  let outside: Doc[] = []
  if (!status) {
    // Not complete: why not, and is there anything at all?
    const published = step1.published.docs.length
    reasons.push(
      ...belowMinimum({
        monthly,
        counted: step1.counted,
        minimum: item.minimum,
        published,
      }),
    )
    const draftsWhere = itemWhere(item, year, {
      ...reader.queryOptions,
      publishedOnly: false,
      draftsOnly: true,
    })
    const drafts = await reader.find(draftsWhere, NAMED, reader.judgeAll)
    for (const doc of drafts.docs) {
      reasons.push({ code: 'drafts-only', document: reader.ref(doc) })
      // What the draft still lacks before it may be published.
      for (const finding of judgeDocument(set, doc)?.missing ?? [])
        reasons.push(findingReason(reader.ref(doc), finding, 'component-missing'))
    }
    // Published documents of the item's kind, none of them in the window: what makes it stale.
    if (published === 0)
      outside = (await reader.find({ and: [categoryWhere(item), { _status: { equals: 'published' } }] }, NAMED)).docs
    for (const doc of outside) reasons.push(outOfWindowReason(item, year, doc, reader.ref(doc)))
    status = shortfall({
      monthly,
      monthsOpen,
      monthsPending: months?.pending ?? 0,
      published,
      drafts: drafts.docs.length,
      outside: outside.length,
    })
    if (status === 'missing') reasons.unshift({ code: 'nothing' })
  }

  const substantive = step1.complete.filter((v) => !v.declaresNone)
  const listed = substantive.length ? substantive : step1.complete
  const adminRoute = payload.config.routes.admin
  return {
    code: item.code,
    title: item.title,
    indicator: item.indicator,
    heading: item.heading,
    collection: reader.slug,
    filter: item.category.where,
    window: item.window,
    minimum: item.minimum,
    status,
    reasons,
    warnings,
    documents: listed.map((v) => reader.ref(v.doc)),
    counted: step1.counted,
    division: {
      code: item.division,
      // No words in the facts: "every division" is named when explained, in the reader's language.
      name: divisions.get(item.division),
    },
    url: absolute(siteUrl, itemPath(year, item.code)),
    adminUrl: adminListPath(adminRoute, reader.slug, item.category.where),
    lastPublishedAt: ((step1.published.docs[0] ?? outside[0])?.updatedAt as string | undefined) ?? null,
    nextDue: nextDue(item, year, now, months?.covered ?? new Set()),
  }
}
