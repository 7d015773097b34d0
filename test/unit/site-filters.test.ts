/**
 * Which fields the public site offers visitors as filters: decided from each field's own
 * config (read access, admin.hidden, virtual, read-only), never from a list of names, so
 * a plugin's staff field added later is left out the same way.
 */
import type { FlattenedField } from 'payload'

import { describe, expect, it } from 'vitest'

import { workflowFields } from '@prongsai/workflow/utilities'
import { readinessField } from '@prongsai/publish-gate/utilities'
import { filterFields, isVisitorFilter } from '../../src/site/collections'

const options = [
  { value: 'a', label: 'A' },
  { value: 'b', label: 'B' },
]
const select = (extra: Record<string, unknown> = {}) =>
  ({ name: 'kind', type: 'select', options, ...extra }) as unknown as FlattenedField

describe('filterFields', () => {
  it('offers an editor-chosen single select', () => {
    expect(isVisitorFilter(select())).toBe(true)
  })

  it.each([
    ['a field-level read rule (staff data)', { access: { read: () => true } }],
    ['admin.hidden', { admin: { hidden: true } }],
    ['hidden', { hidden: true }],
    ['virtual (nothing stored to query)', { virtual: true }],
    ['read-only (a verdict the system computes)', { admin: { readOnly: true } }],
    ['disableListFilter', { admin: { disableListFilter: true } }],
    ['hasMany', { hasMany: true }],
    ["Payload's own (_status)", { name: '_status' }],
  ])('leaves out a select with %s', (_, extra) => {
    expect(isVisitorFilter(select(extra))).toBe(false)
  })

  it('leaves out non-select fields', () => {
    expect(isVisitorFilter({ name: 'title', type: 'text' } as FlattenedField)).toBe(false)
  })

  it("offers none of the workflow plugin's or the publish gate's fields, whatever they are named", () => {
    const staff = [...workflowFields('/x#X'), readinessField('readiness')].filter(
      (f) => 'name' in f,
    ) as unknown as FlattenedField[]
    expect(staff.some((f) => f.type === 'select')).toBe(true)
    const config = { flattenedFields: [select(), ...staff] }
    expect(filterFields({ config } as never).map((f) => f.name)).toEqual(['kind'])
  })
})
