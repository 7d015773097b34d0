/**
 * The input guard's shape check accepts what Payload's admin and careful API clients
 * send, and refuses the rest with a path and a code.
 */
import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import type { ShapeContext } from '@prongsai/input-guard/types'
import { checkShape, impossibleCalendarDate, nestingExceeds } from '@prongsai/input-guard/utilities'

const fields: Field[] = [
  { name: 'title', type: 'text', required: true },
  { name: 'count', type: 'number' },
  { name: 'done', type: 'checkbox' },
  { name: 'when', type: 'date' },
  { name: 'kind', type: 'select', options: ['a', { label: 'B', value: 'b' }] },
  { name: 'tags', type: 'select', hasMany: true, options: ['x', 'y'] },
  { name: 'photo', type: 'upload', relationTo: 'media' },
  { name: 'owners', type: 'relationship', relationTo: ['users', 'divisions'], hasMany: true },
  { name: 'rows', type: 'array', fields: [{ name: 'name', type: 'text' }] },
  { name: 'body', type: 'richText' },
  {
    type: 'tabs',
    tabs: [
      { name: 'contact', fields: [{ name: 'phone', type: 'text' }] },
      { label: 'x', fields: [{ name: 'note', type: 'textarea' }] },
    ],
  },
]

const context: ShapeContext = {
  limits: { maxRows: 3, maxJsonChars: 200, minYear: 1900, maxYear: 2200, maxNesting: 10 },
  idTypeOf: () => 'number',
  defaultMaxTextLength: 20,
}

const codes = (data: unknown) => checkShape(fields, data, context).issues.map((i) => `${i.path}:${i.code}`)

describe('input shape', () => {
  it('accepts what the admin form sends', () => {
    const data = {
      title: 'แผน',
      count: null,
      done: false,
      when: '2023-03-31T17:00:00.000Z',
      kind: 'b',
      tags: [],
      photo: 12,
      owners: [{ relationTo: 'users', value: 1 }],
      rows: 0,
      body: { root: { type: 'root', children: [] } },
      contact: { phone: '053-000000' },
      note: 'x',
    }
    expect(codes(data)).toEqual([])
  })

  it('reads what Payload reads: empty strings, numbers and booleans as text, rows as a count, rich text as JSON text', () => {
    const data: Record<string, unknown> = {
      count: ' 12.5 ',
      done: '',
      photo: 'null',
      owners: '',
      rows: '0',
      body: JSON.stringify({ root: { type: 'root', children: [] } }),
    }
    expect(codes(data)).toEqual([])
    expect(data).toEqual({
      count: 12.5,
      done: false,
      photo: null,
      owners: [],
      rows: [],
      body: { root: { type: 'root', children: [] } },
    })
    expect(codes({ count: '' })).toEqual([])
  })

  it('tidies populated relationships and numeric strings down to ids, and collects them', () => {
    const data: Record<string, unknown> = {
      photo: { id: 7, url: '/x.png' },
      owners: [{ relationTo: 'divisions', value: { id: '3' } }],
    }
    const result = checkShape(fields, data, context)
    expect(result.issues).toEqual([])
    expect(data.photo).toBe(7)
    expect(data.owners).toEqual([{ relationTo: 'divisions', value: 3 }])
    expect(result.references.map((r) => `${r.relationTo}#${r.id}@${r.path}`)).toEqual([
      'media#7@photo',
      'divisions#3@owners.0',
    ])
  })

  it('refuses wrong shapes with the path and a reason', () => {
    expect(
      codes({
        title: 5,
        count: 'many',
        done: 'yes',
        when: '2566-01-01',
        kind: 'c',
        tags: 'x',
        photo: -1,
        owners: [{ relationTo: 'pages', value: 1 }],
        rows: [{ name: 1 }, 'x'],
        body: 'text',
        contact: { phone: ['x'] },
        note: 'y'.repeat(21),
      }),
    ).toEqual([
      'title:notText',
      'count:notNumber',
      'done:notBoolean',
      'when:dateOutOfRange',
      'kind:notOption',
      'tags:notRows',
      'photo:notId',
      'owners:notId',
      'rows.0.name:notText',
      'rows.1:notAnObject',
      'body:notRichText',
      'contact.phone:notText',
      'note:tooLong',
    ])
    expect(codes([])).toEqual([':notAnObject'])
    expect(codes({ rows: [{}, {}, {}, {}] })).toEqual(['rows:tooManyRows'])
    expect(codes({ count: 2 ** 60 })).toEqual(['count:numberTooLarge'])
  })

  it('refuses a day or time the calendar does not have, which Date.parse would roll over (item 12)', () => {
    expect(Date.parse('2023-02-30')).toBe(Date.parse('2023-03-02'))
    for (const value of ['2023-02-30', '2023-02-29', '2023-04-31T10:00:00.000Z', '2100-02-29', '2023-02-31T10:00:00+07:00']) {
      expect(codes({ when: value }), value).toEqual(['when:impossibleDate'])
    }
    expect(impossibleCalendarDate('2023-02-30T00:00:00.000Z')).toBe('2023-02-30T00:00:00')
    for (const value of ['2024-02-29', '2000-02-29', '2023-03-31T23:59:59.999Z', '2023-12-31', '2023-06-30T24:00:00Z', 'March 5, 2023']) {
      expect(impossibleCalendarDate(value), value).toBeUndefined()
      expect(codes({ when: value }), value).toEqual([])
    }
  })

  it('refuses a body nested deeper than the limit, without recursion', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(nestingExceeds({ a: deep }, 10)).toBe(true)
    expect(codes({ title: 'x', unknown: deep })).toEqual([':tooDeep'])
    expect(nestingExceeds({ a: [[[[[[[[1]]]]]]]] }, 10)).toBe(false)
  })
})
