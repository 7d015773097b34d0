/** Former field names in `where` / `sort` (query-guard), and the status page's former `?department=`. */
import { describe, expect, it } from 'vitest'

import { divisionParam } from '@prongsai/oit/utilities'
import { renameSort, renameWhere } from '@prongsai/query-guard/utilities'

const names = { department: 'division', departments: 'divisions' }

describe('renameWhere', () => {
  it('renames a path segment by segment, through and / or, and leaves other fields alone', () => {
    expect(
      renameWhere(
        {
          department: { equals: 1 },
          'department.code': { equals: 'finance' },
          or: [{ 'version.department': { exists: false } }, { and: [{ departments: { in: [1] } }] }],
          departmentNote: { exists: true },
          title: { like: 'department' },
        },
        names,
      ),
    ).toEqual({
      division: { equals: 1 },
      'division.code': { equals: 'finance' },
      or: [{ 'version.division': { exists: false } }, { and: [{ divisions: { in: [1] } }] }],
      departmentNote: { exists: true },
      title: { like: 'department' },
    })
  })

  it('keeps the present name when a query has both', () => {
    expect(renameWhere({ division: { equals: 2 }, department: { equals: 1 } }, names)).toEqual({ division: { equals: 2 } })
    expect(renameWhere({ department: { equals: 1 }, division: { equals: 2 } }, names)).toEqual({ division: { equals: 2 } })
  })

  it('passes anything that is not a where through, and does nothing without names', () => {
    expect(renameWhere(undefined, names)).toBeUndefined()
    expect(renameWhere('x', names)).toBe('x')
    const where = { department: { equals: 1 } }
    expect(renameWhere(where, {})).toBe(where)
  })
})

describe('renameSort', () => {
  it('renames one path, a comma list, and an array, keeping the minus', () => {
    expect(renameSort('-department', names)).toBe('-division')
    expect(renameSort('title,department.code', names)).toBe('title,division.code')
    expect(renameSort(['-departments', 'title'], names)).toEqual(['-divisions', 'title'])
  })
})

describe('divisionParam', () => {
  it('reads ?division=, else the former ?department=, from URLSearchParams or a page’s searchParams', () => {
    expect(divisionParam(new URLSearchParams('division=finance'))).toBe('finance')
    expect(divisionParam(new URLSearchParams('department=finance'))).toBe('finance')
    expect(divisionParam(new URLSearchParams('department=office&division=finance'))).toBe('finance')
    expect(divisionParam({ department: 'finance' })).toBe('finance')
    expect(divisionParam({ division: '' })).toBeUndefined()
    expect(divisionParam(undefined)).toBeUndefined()
  })
})
