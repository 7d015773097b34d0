/**
 * What the development guard takes for a query that names its organisation (or its
 * documents): src/tenancy/guardOrganisationReads.ts. A false "named" here would hide a
 * forgotten organisation filter; each case is one the SQL adapters read as matching more.
 */
import { describe, expect, it } from 'vitest'

import { namesOrganisation } from '../../src/tenancy/guardOrganisationReads'

const keys = new Set(['tenant', 'version.tenant', 'id', 'parent', 'division'])

describe('namesOrganisation', () => {
  it.each([
    ['the organisation', { tenant: { equals: 3 } }],
    ['a list of organisations', { tenant: { in: [3, 4] } }],
    ['a version of one', { 'version.tenant': { equals: 3 } }],
    ['a document by id', { id: { equals: 7 } }],
    ['a reference to a named document', { division: { in: [1, 2] } }],
    ['inside and', { and: [{ _status: { equals: 'published' } }, { tenant: { equals: 3 } }] }],
    ['every branch of or', { or: [{ tenant: { equals: 3 } }, { id: { in: [1] } }] }],
    ['no organisation (what a visitor of an unknown host reads)', { and: [{ tenant: { exists: true } }, { tenant: { exists: false } }] }],
  ])('names: %s', (_, where) => {
    expect(namesOrganisation(where as never, keys)).toBe(true)
  })

  it.each([
    ['nothing', {}],
    ['another field', { _status: { equals: 'published' } }],
    ['null (IS NULL: every organisation)', { tenant: { equals: null } }],
    ['a null reference', { division: { equals: null } }],
    ['in null (dropped by the adapter)', { tenant: { in: null } }],
    ['an empty list', { tenant: { in: [] } }],
    ['a list with null', { id: { in: [1, null] } }],
    ['an empty string', { tenant: { equals: '' } }],
    ['not equals', { tenant: { not_equals: 3 } }],
    ['any organisation', { tenant: { exists: true } }],
    ['one branch of or only', { or: [{ tenant: { equals: 3 } }, { _status: { equals: 'draft' } }] }],
    ['an empty or', { or: [] }],
    ['and beside or (one is dropped)', { and: [{ tenant: { equals: 3 } }], or: [{ _status: { equals: 'draft' } }] }],
  ])('does not name: %s', (_, where) => {
    expect(namesOrganisation(where as never, keys)).toBe(false)
  })
})
