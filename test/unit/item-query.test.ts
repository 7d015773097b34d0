/** Which documents serve an item in an assessment year: filter + time window as a `where`. */
import { describe, expect, it } from 'vitest'

import { itemWhere } from '@prongsai/oit/utilities'
import type { FrameworkItem } from '@prongsai/oit/types'

const item = (window: FrameworkItem['window'], where: Record<string, string> = {}) =>
  ({ code: 'oX', window, category: { collection: 'reports', where } }) as unknown as FrameworkItem

describe('itemWhere', () => {
  it('annual reports: the previous fiscal year, published, of the right kind', () => {
    expect(itemWhere(item('previous-fy', { kind: 'annual' }), 2566)).toEqual({
      and: [{ kind: { equals: 'annual' } }, { fiscalYear: { equals: 2565 } }, { _status: { equals: 'published' } }],
    })
  })

  it('first half: data that starts before 1 April (Bangkok) when the collection has periods', () => {
    const where = itemWhere(item('first-half-current-fy'), 2566, { hasPeriodStart: true, publishedOnly: false })
    expect(JSON.stringify(where)).toContain('"less_than":"2023-03-31T17:00:00.000Z"')
    expect(itemWhere(item('first-half-current-fy'), 2566, { publishedOnly: false })).toEqual({ fiscalYear: { equals: 2566 } })
  })

  it('plans valid during the year: started by then, ending then or later (or one-year plans of that year)', () => {
    const where = JSON.stringify(itemWhere(item('valid-during-current-fy'), 2566, { hasFiscalYearEnd: true }))
    expect(where).toContain('{"fiscalYear":{"less_than_equal":2566}}')
    expect(where).toContain('{"fiscalYearEnd":{"greater_than_equal":2566}}')
    expect(where).toContain('{"fiscalYearEnd":{"equals":null}}')
  })

  it('monthly items: months of the fiscal year before April', () => {
    const where = JSON.stringify(itemWhere(item('monthly-first-half-current-fy'), 2566))
    expect(where).toContain('{"month":{"less_than":"2023-03-31T17:00:00.000Z"}}')
  })
})
