/**
 * What an assessor would find, per item of an ITA year: the contract of
 * `GET /api/oit/:year/status`, the admin view, the dashboard panel and the ITAS sheet.
 */
import type { CollectionSlug } from 'payload'

import type { Label } from '@prongsai/shared/bilingual'

/**
 * - `complete`: published documents meet every required component, the window, the
 *   minimum count and every item-scope check;
 * - `incomplete`: documents exist in the window, but a required component is missing,
 *   the minimum is not reached, or only drafts exist;
 * - `stale`: documents exist, but none (or not enough months) in the window;
 * - `declared-none`: a published, valid declaration that there is nothing;
 * - `missing`: nothing at all.
 */
export const ITEM_STATUSES = ['complete', 'incomplete', 'stale', 'declared-none', 'missing'] as const
export type ItemStatusName = (typeof ITEM_STATUSES)[number]

export type ReasonCode =
  | 'component-missing'
  | 'below-minimum'
  | 'drafts-only'
  | 'out-of-window'
  | 'month-missing'
  | 'item-check-failed'
  | 'nothing'
  | 'recommended-missing'

export interface DocumentRef {
  collection: CollectionSlug
  id: number | string
  title: string
  fiscalYear?: number | null
  /** สขร.1 month (ISO date), when the collection has one. */
  month?: string | null
  status: 'draft' | 'published'
  updatedAt?: string
  /** Public page of the document (only for published ones). */
  url?: string
  /** Where an editor fixes it. */
  adminUrl: string
  /** For a document published as a PDF: the pages where each component is stated. */
  statedIn?: { component: string; label: string; pages: string }[]
}

/**
 * What is wrong, as facts: the reason's kind (`code`) and the machine fields it needs, no
 * text. `explain.ts` renders `message` from these at the end, in every language, from the
 * plugin's translations; nothing reads a fact back out of a message.
 */
export interface ReasonFacts {
  code: ReasonCode
  document?: DocumentRef
  /** Rule id (`o2.photo`), or for an item-scope check the item and component (`o2.top-executive`). */
  component?: string
  /** The field path the rule points at. */
  path?: string
  /** `month-missing`: the month, `YYYY-MM` (Bangkok calendar, CE). */
  month?: string
  /** `month-missing`: a draft or an incomplete summary of the month exists. */
  pending?: boolean
  /** `below-minimum`: complete documents counted, and the item's minimum. */
  counted?: number
  minimum?: number
  /** `out-of-window`: six-month data of the right year that ends early ends on this day (ISO). */
  until?: string
  /** `component-missing`, `recommended-missing`: the publish gate's own words for the finding. */
  finding?: Label
  /** A draft the reader may not open: named without its title or link. */
  unreadable?: true
}

export interface Reason extends ReasonFacts {
  message: Label
}

/** An item's status before its reasons are put into words (`explain.ts`). */
export type ItemFacts = Omit<ItemStatus, 'reasons' | 'warnings'> & {
  reasons: ReasonFacts[]
  warnings: ReasonFacts[]
}

export interface ItemStatus {
  code: string
  title: Label
  indicator: string
  heading: Label
  collection: CollectionSlug
  filter: Record<string, boolean | number | string>
  window: string
  minimum: number
  status: ItemStatusName
  reasons: Reason[]
  warnings: Reason[]
  /** Published documents that count for the item (the first 20). */
  documents: DocumentRef[]
  /** How many published documents count (complete, in the window). */
  counted: number
  /** The responsible division: its code, and its name (for `all`, every division, in the reader's language). */
  division: { code: string; name?: string }
  /** Public page of the item: `/oit/:year/:code` on the site. */
  url: string
  /** Admin list of the item's collection, filtered to the item. */
  adminUrl: string
  lastPublishedAt: string | null
  /**
   * The last day (Bangkok, `YYYY-MM-DD`) by which the next thing is due, and what it is;
   * `overdue` once that day has passed ("เลยกำหนด").
   */
  nextDue: { date: string; what: Label; overdue: boolean } | null
}

export interface YearStatus {
  year: number
  title: Label
  provisional: boolean
  /**
   * Set when ITA `year` has no framework yet: its documents are judged against ITA
   * `guideFrom`, as a provisional guide (`note` says so in words).
   */
  guideFrom?: number
  /** "ยังไม่มีเกณฑ์ ITA 2570 — ใช้เกณฑ์ ITA 2569 (ชั่วคราว) เป็นแนวทางชั่วคราว", for a guide. */
  note?: Label
  generatedAt: string
  counts: Record<ItemStatusName, number>
  /** Items answered "มี" (complete or declared-none), in percent. */
  progress: number
  indicators: { code: string; title: Label }[]
  items: ItemStatus[]
}
