/**
 * Demo OIT content for อบจ.สุขใจ (fictional), fiscal year 2566: enough published documents
 * to cover every item o1–o43 of the OIT 2566 checklist but four deliberate gaps (gaps.ts),
 * plus four deliberately incomplete drafts. Data only; `seed/oit.ts` resolves the references and creates the documents.
 * A few documents and fields also show what ITA 2569 (provisional) adds: e-service usage
 * statistics and guide, the gift rules, a corruption-risk management report (FY 2568) and
 * the use of the ITA 2568 result (FY 2569).
 */
import { ADMINISTRATION_DOCUMENTS } from './administration'
import { BASIC_DOCUMENTS } from './basic'
import { DRAFT_DOCUMENTS } from './drafts'
import { HR_DOCUMENTS } from './hr'
import { INTEGRITY_DOCUMENTS } from './integrity'
import { PLAN_DOCUMENTS } from './plans'
import { PREVENTION_DOCUMENTS } from './prevention'
import { PROCUREMENT_DOCUMENTS } from './procurement'
import { TRANSPARENCY_DOCUMENTS } from './transparency'
import type { DemoDocument } from './types'

export { DEMO_GAPS } from './gaps'
export { DEMO_MEDIA } from './media'
export { DEMO_ORGANISATION_PROFILE } from './organisation'
export type { DemoDocument, DemoMedia } from './types'

/**
 * In an order the seed can follow: executives come before the No Gift declaration that
 * refers to the นายก อบจ.
 */
export const DEMO_DOCUMENTS: DemoDocument[] = [
  ...BASIC_DOCUMENTS,
  ...PLAN_DOCUMENTS,
  ...ADMINISTRATION_DOCUMENTS,
  ...PROCUREMENT_DOCUMENTS,
  ...HR_DOCUMENTS,
  ...TRANSPARENCY_DOCUMENTS,
  ...PREVENTION_DOCUMENTS,
  ...INTEGRITY_DOCUMENTS,
  ...DRAFT_DOCUMENTS,
]
