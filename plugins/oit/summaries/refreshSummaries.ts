import type { Payload, PayloadRequest } from 'payload'

import { bangkokDay } from '@prongsai/shared/thai-calendar'

import type { Framework } from '../framework/schema'
import { oitNow } from '../framework/now'
import { yearInForce } from '../framework/yearInForce'
import { computeYearStatus } from '../status/computeStatus'
import type { YearStatus } from '../status/types'
import type { OitCustomConfig, OrganisationId } from '../types'
import { organisationOfDoc } from '../organisations/scope'
import { OIT_SUMMARIES_SLUG } from './slug'

/** A save still open when a refresh began may commit after it read: such a change is read again. */
const IN_FLIGHT_MS = 2 * 60_000

export interface RefreshOptions {
  /** Recompute every organisation's rows, changed or not. @default false */
  all?: boolean
  /**
   * Rows recomputed at most in one run, those never computed first, then the oldest: the
   * daily refresh of thousands of organisations is spread over several runs, and never holds
   * the job queue (scheduled publications) for long. @default Infinity
   */
  limit?: number
  /** Only these organisations. @default every organisation (`organisations.all`) */
  organisations?: OrganisationId[]
  /** The request whose transaction the reads and writes join. @default none (each on its own) */
  req?: PayloadRequest
}

export interface RefreshResult {
  /** Rows recomputed (organisation × year). */
  refreshed: number
  /** Rows that were up to date. */
  unchanged: number
  /** Rows due but left for the next run (`limit`). */
  deferred: number
}

interface Row {
  id: number | string
  year: number
  computedAt?: string | null
  changedAt?: string | null
  [field: string]: unknown
}

/** Whether a stored row must be computed again: never computed, changed since, or computed on an earlier day. */
export function isOutOfDate(row: Pick<Row, 'computedAt' | 'changedAt'> | undefined, now: Date): boolean {
  if (!row?.computedAt) return true
  const computed = new Date(row.computedAt)
  // Computed on an earlier day (Bangkok): windows and due months may have moved since.
  if (bangkokDay(computed) !== bangkokDay(now)) return true
  return Boolean(row.changedAt && new Date(row.changedAt).getTime() >= computed.getTime() - IN_FLIGHT_MS)
}

/** Whether a row is behind what it stands for, as a reader is told: changed after it was computed, or computed on an earlier day. */
export function changedSince(row: Pick<Row, 'computedAt' | 'changedAt'>, now: Date): boolean {
  if (!row.computedAt) return true
  const computed = new Date(row.computedAt)
  return bangkokDay(computed) !== bangkokDay(now) || Boolean(row.changedAt && new Date(row.changedAt) > computed)
}

/** The years a summary is kept for: every framework's, and the year in force's guide. */
export function summaryYears(frameworks: readonly Framework[], now: Date): Framework[] {
  return [...(yearInForce(frameworks, now)?.frameworks ?? frameworks)]
}

/** The stored form of one organisation's status. */
export function summaryOf(status: YearStatus, computedAt: Date) {
  const lastPublished = status.items
    .map((item) => item.lastPublishedAt)
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1)
  return {
    year: status.year,
    counts: status.counts,
    total: status.items.length,
    progress: status.progress,
    items: Object.fromEntries(status.items.map((item) => [item.code, item.status])),
    lastPublishedAt: lastPublished ?? null,
    computedAt: computedAt.toISOString(),
  }
}

/**
 * Brings the stored statuses up to date: for each organisation and each year, a row that was
 * never computed, has changed since, or was computed on an earlier day is computed again
 * (the status engine, kept to that organisation). Idempotent; safe to run on two instances at
 * once (the later write wins, both computed from committed data).
 */
export async function refreshSummaries(payload: Payload, options: RefreshOptions = {}): Promise<RefreshResult> {
  const custom = payload.config.custom?.oit as OitCustomConfig | undefined
  const organisations = custom?.organisations
  if (!custom || !organisations) return { refreshed: 0, unchanged: 0, deferred: 0 }
  const { req } = options
  const now = oitNow(payload)
  const field = organisations.field
  const ids = options.organisations ?? (await organisations.all(payload))
  const years = summaryYears(custom.frameworks, now)
  const siteUrl = custom.siteUrl ?? payload.config.serverURL ?? ''
  const result: RefreshResult = { refreshed: 0, unchanged: 0, deferred: 0 }
  if (ids.length === 0) return result
  // Every stored row of these organisations in one read (the organisations named: work for each of them).
  const { docs: stored } = await payload.db.find<Row>({
    collection: OIT_SUMMARIES_SLUG,
    where: { [field]: { in: ids } },
    select: { [field]: true, year: true, computedAt: true, changedAt: true },
    pagination: false,
    limit: 0,
    req,
  })
  const rowsOf = new Map<string, Row[]>()
  for (const row of stored) {
    const key = String(organisationOfDoc(payload, row))
    rowsOf.set(key, [...(rowsOf.get(key) ?? []), row])
  }
  // What is due: never computed first, then the oldest computed.
  const due: { organisation: OrganisationId; framework: Framework; row?: Row }[] = []
  for (const organisation of ids) {
    const docs = rowsOf.get(String(organisation)) ?? []
    for (const framework of years) {
      const row = docs.find((d) => d.year === framework.year)
      if (options.all || isOutOfDate(row, now)) due.push({ organisation, framework, row })
      else result.unchanged++
    }
  }
  due.sort((a, b) => String(a.row?.computedAt ?? '').localeCompare(String(b.row?.computedAt ?? '')))
  const limit = options.limit ?? Infinity
  result.deferred = Math.max(0, due.length - limit)
  for (const { organisation, framework, row } of due.slice(0, limit)) {
    // The moment before reading: a change committed after it is read on the next run.
    const computedAt = new Date()
    const status = await computeYearStatus({
      payload,
      req,
      framework,
      frameworks: years,
      siteUrl,
      now,
      organisation,
      language: 'th',
    })
    await store(payload, field, organisation, row, summaryOf(status, computedAt), req)
    result.refreshed++
  }
  return result
}

async function store(
  payload: Payload,
  field: string,
  organisation: OrganisationId,
  row: Row | undefined,
  data: ReturnType<typeof summaryOf>,
  req: PayloadRequest | undefined,
) {
  if (row) {
    await payload.db.updateOne({ collection: OIT_SUMMARIES_SLUG, id: row.id, data, req })
    return
  }
  try {
    // A save still open while the row did not exist yet marked nothing: read it once more on the next run.
    await payload.db.create({ collection: OIT_SUMMARIES_SLUG, data: { ...data, changedAt: data.computedAt, [field]: organisation }, req })
  } catch (error) {
    // Another instance stored it first (one row per organisation and year): update that one.
    const { docs } = await payload.db.find<Row>({
      collection: OIT_SUMMARIES_SLUG,
      where: { and: [{ [field]: { equals: organisation } }, { year: { equals: data.year } }] },
      limit: 1,
      req,
    })
    if (!docs[0]) throw error
    await payload.db.updateOne({ collection: OIT_SUMMARIES_SLUG, id: docs[0].id, data, req })
  }
}
