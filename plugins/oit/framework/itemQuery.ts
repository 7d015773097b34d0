/**
 * Which documents can serve an item in a given assessment year: the item's category
 * filter plus its time window, as a Payload `where`. Shared by the seed checks now and
 * the compliance dashboard later, so "what counts" is decided in one place.
 */
import type { Field, Where } from 'payload'

import { firstHalfOfFiscalYear } from '@prongsai/shared/thai-calendar'
import { fieldAtPath } from './fieldPaths'
import type { FrameworkItem } from './schema'

export interface ItemQueryOptions {
  /** The collection has `fiscalYearEnd` (multi-year plans). */
  hasFiscalYearEnd?: boolean
  /** The collection has `periodStart` (statistics, reports): first-half items need data that starts by 31 March. */
  hasPeriodStart?: boolean
  /** The collection has `periodEnd`: first-half data must reach the end of March. */
  hasPeriodEnd?: boolean
  /** The collection has Payload's trash (`deletedAt`): a trashed document never counts. */
  hasTrash?: boolean
  /** Only published documents (what the public and the assessors see). @default true */
  publishedOnly?: boolean
  /** Only documents that were never published (still drafts). @default false */
  draftsOnly?: boolean
}

export function windowWhere(
  item: FrameworkItem,
  fiscalYear: number,
  options: ItemQueryOptions = {},
): Where | undefined {
  switch (item.window) {
    case 'current':
      return undefined
    case 'current-fy':
      return { fiscalYear: { equals: fiscalYear } }
    case 'first-half-current-fy': {
      if (!options.hasPeriodStart) return { fiscalYear: { equals: fiscalYear } }
      const half = firstHalfOfFiscalYear(fiscalYear)
      return {
        and: [
          { fiscalYear: { equals: fiscalYear } },
          // An April–September report is not "the first six months"; an undated one may be.
          {
            or: [
              { periodStart: { less_than: half.end.toISOString() } },
              { periodStart: { exists: false } },
              { periodStart: { equals: null } },
            ],
          },
          // Six-month data that stops in January is not the first six months either.
          ...(options.hasPeriodEnd
            ? [
                {
                  or: [
                    { periodEnd: { greater_than_equal: lastDayStart(half.end).toISOString() } },
                    { periodEnd: { exists: false } },
                    { periodEnd: { equals: null } },
                  ],
                },
              ]
            : []),
        ],
      }
    }
    case 'previous-fy':
      return { fiscalYear: { equals: fiscalYear - 1 } }
    case 'monthly-first-half-current-fy':
      return {
        and: [
          { fiscalYear: { equals: fiscalYear } },
          { month: { less_than: firstHalfOfFiscalYear(fiscalYear).end.toISOString() } },
        ],
      }
    case 'valid-during-current-fy':
      if (!options.hasFiscalYearEnd) return { fiscalYear: { equals: fiscalYear } }
      return {
        and: [
          { fiscalYear: { less_than_equal: fiscalYear } },
          {
            or: [
              { fiscalYearEnd: { greater_than_equal: fiscalYear } },
              {
                and: [
                  // A cleared number is null on MongoDB, absent on SQLite: accept both.
                  { or: [{ fiscalYearEnd: { exists: false } }, { fiscalYearEnd: { equals: null } }] },
                  { fiscalYear: { equals: fiscalYear } },
                ],
              },
            ],
          },
        ],
      }
  }
}

/** Midnight (Bangkok) of the last day before an exclusive end: 31 March for a half ending 1 April. */
function lastDayStart(end: Date): Date {
  return new Date(end.getTime() - 24 * 60 * 60 * 1000)
}

function categoryParts(item: FrameworkItem): Where[] {
  return Object.entries(item.category.where).map(([key, value]) => ({ [key]: { equals: value } }))
}

function allOf(parts: Where[]): Where {
  return parts.length === 0 ? {} : parts.length === 1 ? parts[0]! : { and: parts }
}

/** The item's category alone: its collection's documents of the item's kind, any year, any status. */
export function categoryWhere(item: FrameworkItem): Where {
  return allOf(categoryParts(item))
}

/** Category filter + window (+ published, or drafts only), for `payload.find` on the item's collection. */
export function itemWhere(item: FrameworkItem, fiscalYear: number, options: ItemQueryOptions = {}): Where {
  const parts = categoryParts(item)
  const window = windowWhere(item, fiscalYear, options)
  if (window) parts.push(window)
  if (options.draftsOnly) parts.push({ _status: { equals: 'draft' } })
  else if (options.publishedOnly ?? true) parts.push({ _status: { equals: 'published' } })
  // The status reads through the adapter, which (unlike the Local API) does not leave out the trash.
  if (options.hasTrash) parts.push({ deletedAt: { exists: false } })
  return allOf(parts)
}

/** Which of the window's fields a collection has: the options `itemWhere` needs for it. */
export function itemQueryOptions(fields: readonly Field[]): ItemQueryOptions {
  return {
    hasFiscalYearEnd: Boolean(fieldAtPath(fields, 'fiscalYearEnd')),
    hasPeriodStart: Boolean(fieldAtPath(fields, 'periodStart')),
    hasPeriodEnd: Boolean(fieldAtPath(fields, 'periodEnd')),
    hasTrash: Boolean(fieldAtPath(fields, 'deletedAt')),
  }
}
