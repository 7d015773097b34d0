/**
 * The judge of the OIT status (plugins/oit/status/judge.ts): pure verdicts from what was
 * read, reasons as facts (machine fields, no words). No database, no clock.
 */
import { describe, expect, it } from 'vitest'

import type { FrameworkItem, Tally, DocumentRef } from '@prongsai/oit/types'
import type { Finding } from '@prongsai/publish-gate/types'
import {
  answered,
  belowMinimum,
  documentFindings,
  documentVerdicts,
  dueMonths,
  missingMonths,
  outOfWindowReason,
  shortfall,
} from '@prongsai/oit/utilities'

const ref = (doc: { id: number | string }): DocumentRef => ({
  collection: 'news',
  id: doc.id,
  title: `doc ${doc.id}`,
  status: 'published',
  adminUrl: `/admin/collections/news/${doc.id}`,
})

describe('months (สขร.1)', () => {
  // FY 2566; by 10 Feb 2023 October–January have ended.
  const due = dueMonths(2566, new Date('2023-02-10T00:00:00Z'))

  it('a reason per month due and not covered, carrying the month; pending where something was started', () => {
    const judged = missingMonths(due, new Set(['2022-11']), new Set(['2022-11', '2022-12']))
    expect(judged.reasons).toEqual([
      { code: 'month-missing', month: '2022-10', pending: false },
      { code: 'month-missing', month: '2022-12', pending: true },
      { code: 'month-missing', month: '2023-01', pending: false },
    ])
    expect(judged).toMatchObject({ short: 2, pending: 1 })
  })

  it('nothing when every month due is covered', () => {
    const all = new Set(due.map((m) => m.firstDay.slice(0, 7)))
    expect(missingMonths(due, all, new Set())).toEqual({ reasons: [], short: 0, pending: 0 })
  })
})

describe('the item verdict', () => {
  const tally = (over: Partial<Tally>): Tally => ({
    monthly: false,
    minimum: 1,
    counted: 0,
    complete: 0,
    declarations: 0,
    monthsOpen: 0,
    itemChecksPass: true,
    ...over,
  })

  it.each([
    [tally({ counted: 1, complete: 1 }), 'complete'],
    [tally({ counted: 1, complete: 1, declarations: 1 }), 'declared-none'],
    [tally({ counted: 2, complete: 2, declarations: 1 }), 'complete'],
    [tally({ counted: 1, complete: 1, itemChecksPass: false }), undefined],
    [tally({ counted: 1, complete: 1, minimum: 2 }), undefined],
    [tally({ monthly: true, minimum: 5, counted: 1, complete: 1 }), 'complete'],
    [tally({ monthly: true, counted: 0, complete: 0, minimum: 0 }), undefined],
    [tally({ monthly: true, counted: 3, complete: 3, monthsOpen: 1 }), undefined],
    [tally({ monthly: true, complete: 1, declarations: 1, monthsOpen: 1 }), undefined],
  ])('%j is answered %s', (t, expected) => {
    expect(answered(t)).toBe(expected)
  })

  it.each([
    [{ monthly: true, monthsOpen: 2, monthsPending: 1, published: 0, drafts: 0, outside: 0 }, 'incomplete'],
    [{ monthly: true, monthsOpen: 2, monthsPending: 0, published: 1, drafts: 0, outside: 0 }, 'stale'],
    [{ monthly: true, monthsOpen: 2, monthsPending: 0, published: 0, drafts: 3, outside: 0 }, 'missing'],
    [{ monthly: false, monthsOpen: 0, monthsPending: 0, published: 1, drafts: 0, outside: 0 }, 'incomplete'],
    [{ monthly: false, monthsOpen: 0, monthsPending: 0, published: 0, drafts: 1, outside: 0 }, 'incomplete'],
    [{ monthly: false, monthsOpen: 0, monthsPending: 0, published: 0, drafts: 0, outside: 2 }, 'stale'],
    [{ monthly: false, monthsOpen: 0, monthsPending: 0, published: 0, drafts: 0, outside: 0 }, 'missing'],
  ] as const)('not answered, %j is %s', (t, expected) => {
    expect(shortfall(t)).toBe(expected)
  })

  it('below the minimum says how many of how many, only when something is published and the item is not monthly', () => {
    expect(belowMinimum({ monthly: false, counted: 1, minimum: 3, published: 2 })).toEqual([
      { code: 'below-minimum', counted: 1, minimum: 3 },
    ])
    expect(belowMinimum({ monthly: false, counted: 1, minimum: 3, published: 0 })).toEqual([])
    expect(belowMinimum({ monthly: true, counted: 0, minimum: 3, published: 2 })).toEqual([])
  })
})

describe('documents', () => {
  it('six-month data of the right year that ends early carries where it ends; anything else only the document', () => {
    const item = { window: 'first-half-current-fy' } as FrameworkItem
    const early = { id: 1, fiscalYear: 2566, periodEnd: '2023-02-28T12:00:00+07:00' }
    expect(outOfWindowReason(item, 2566, early, ref(early))).toEqual({
      code: 'out-of-window',
      document: ref(early),
      until: '2023-02-28T12:00:00+07:00',
    })
    const old = { id: 2, fiscalYear: 2564, periodEnd: '2021-03-31T12:00:00+07:00' }
    expect(outOfWindowReason(item, 2566, old, ref(old))).toEqual({ code: 'out-of-window', document: ref(old) })
    expect(outOfWindowReason({ window: 'current-fy' } as FrameworkItem, 2566, early, ref(early))).toEqual({
      code: 'out-of-window',
      document: ref(early),
    })
  })

  it('without rules every document counts as it is; the findings of the first ones name document, component and path', () => {
    const docs = [{ id: 1 }, { id: 2 }]
    const verdicts = documentVerdicts({ listed: docs, deep: new Map(), set: undefined, untrusted: [], warned: [] })
    expect(verdicts.map((v) => v.complete)).toEqual([true, true])
    const missing: Finding = {
      ruleId: 'o2.photo',
      setId: 'ita-2566:o2',
      level: 'required',
      label: { th: 'รูป', en: 'Photo' },
      message: { th: 'ขาดรูป', en: 'No photo' },
      path: 'photo',
    }
    const judged = documentFindings(
      [
        { doc: docs[0]!, complete: false, missing: [missing], warnings: [], declaresNone: false },
        { doc: docs[1]!, complete: true, missing: [], warnings: [missing], declaresNone: false },
      ],
      ref,
      3,
    )
    expect(judged.reasons).toEqual([
      { code: 'component-missing', document: ref(docs[0]!), component: 'o2.photo', path: 'photo', finding: missing.message },
    ])
    expect(judged.warnings.map((w) => [w.code, w.document?.id])).toEqual([['recommended-missing', 2]])
  })
})
