/**
 * The query guard's checks are pure: a `where` against the kinds of field it names, paging,
 * ids. What the admin and careful clients send passes; wrong types are refused with a path.
 */
import { describe, expect, it } from 'vitest'

import {
  checkId,
  checkNoNul,
  checkPaging,
  checkRouteParams,
  checkWhere,
  isPopulationRead,
  parseJsonParam,
  withDefaults,
} from '@prongsai/query-guard/utilities'
import type { Resolve, Target } from '@prongsai/query-guard/types'

const fields: Record<string, Target> = {
  id: { kind: 'id', hasMany: false, idTypes: ['number'], ownId: true },
  title: { kind: 'text', hasMany: false },
  year: { kind: 'number', hasMany: false },
  date: { kind: 'date', hasMany: false },
  done: { kind: 'boolean', hasMany: false },
  division: { kind: 'id', hasMany: false, idTypes: ['number'] },
  tags: { kind: 'id', hasMany: true, idTypes: ['number'] },
  'rows.id': { kind: 'id', hasMany: false, idTypes: ['text'] },
  doc: { kind: 'polymorphic', hasMany: false, idTypes: ['number'], relationTo: ['news'] },
  data: { kind: 'json', hasMany: false },
  where: { kind: 'point', hasMany: false },
  _status: { kind: 'option', hasMany: false, options: ['draft', 'published'] },
  channels: { kind: 'option', hasMany: true, options: ['web', 'print'] },
  rowsText: { kind: 'text', hasMany: true },
  years: { kind: 'number', hasMany: true },
}
const resolve: Resolve = (path) => fields[path]
const limits = { ...withDefaults({}).limits, maxDepth: 3, maxConditions: 20, maxListValues: 3, unsupportedOperators: ['all'] }
const codes = (where: unknown) => checkWhere(where, resolve, limits).map((i) => `${i.path}:${i.code}`)

describe('where', () => {
  it('passes what the admin and careful clients send', () => {
    expect(
      codes({
        or: [
          { and: [{ title: { like: 'ก' } }, { year: { greater_than_equal: '2566' } }] },
          { date: { less_than: '2023-03-31T00:00:00.000Z' }, done: { equals: 'true' } },
          { division: { in: '1,2' }, id: { not_equals: 5 } },
          { tags: { contains: 3 }, 'rows.id': { like: '65f0' } },
          { doc: { equals: { relationTo: 'news', value: 1 } }, data: { equals: { any: 'thing' } } },
          { title: { exists: false }, nosuch: { equals: { whatever: 1 } } },
        ],
      }),
    ).toEqual([])
    expect(codes({ date: { greater_than: new Date() } })).toEqual([])
    expect(codes({ year: { equals: '' }, title: { equals: null } })).toEqual([])
    // PostgreSQL's boolean refuses '' (a 500): a checkbox is true, false or null.
    expect(codes({ done: { equals: '' } })).toEqual(['where.done.equals:notBoolean'])
    expect(codes({ done: { equals: null } })).toEqual([])
  })

  it('refuses a value of the wrong type, naming the path', () => {
    expect(
      codes({
        year: { equals: 'abc' },
        division: { in: '1,abc' },
        id: { equals: '1.5' },
        date: { equals: 'notadate' },
        done: { equals: 'yes' },
      }),
    ).toEqual([
      'where.year.equals:notNumber',
      'where.division.in:notNumericId',
      'where.id.equals:notNumericId',
      'where.date.equals:notDate',
      'where.done.equals:notBoolean',
    ])
    expect(codes({ title: { equals: { a: 1 } } })).toEqual(['where.title.equals:notText'])
    expect(codes({ title: { equals: 'a\u0000' } })).toEqual(['where.title.equals:nulCharacter'])
    expect(codes({ title: { equals: ['a', 'b'] } })).toEqual(['where.title.equals:notSingleValue'])
    expect(codes({ title: { in: { a: 1 } } })).toEqual(['where.title.in:notList'])
    expect(codes({ title: { exists: 'abc' } })).toEqual(['where.title.exists:notBoolean'])
    expect(codes({ doc: { equals: 'abc' } })).toEqual(['where.doc.equals:notNumericId'])
    expect(codes({ doc: { equals: { relationTo: 'users', value: 1 } } })).toEqual(['where.doc.equals:notNumericId'])
  })

  it('refuses an operator the field cannot take, or the database cannot run', () => {
    expect(codes({ date: { near: '1,2' } })).toEqual(['where.date.near:operatorNotForField'])
    expect(codes({ data: { within: {} } })).toEqual(['where.data.within:operatorNotForField'])
    expect(codes({ date: { like: '2023' } })).toEqual(['where.date.like:operatorNotForField'])
    expect(codes({ done: { not_like: 'x' } })).toEqual(['where.done.not_like:operatorNotForField'])
    // The admin's search box on a collection titled by its id, or a number: Payload's equals.
    expect(codes({ id: { like: 'abc' }, year: { like: '2566' } })).toEqual([])
    expect(codes({ division: { like: 'abc' } })).toEqual(['where.division.like:notNumericId'])
    expect(codes({ division: { contains: '5' } })).toEqual(['where.division.contains:operatorNotForField'])
    expect(codes({ tags: { all: '1,2' } })).toEqual(['where.tags.all:operatorNotSupported'])
    expect(codes({ where: { near: 'a,b' } })).toEqual(['where.where.near:notPoint'])
    expect(codes({ where: { near: '100.5,13.7,1000' } })).toEqual([])
  })

  it('refuses a pattern the SQL adapters cannot run on the field (PostgreSQL has no NOT ILIKE on numbers)', () => {
    // `like` on a number or an id is run as `equals`; `not_like` is NOT ILIKE, for text only.
    expect(codes({ id: { not_like: 'abc' } })).toEqual(['where.id.not_like:operatorNotForField'])
    expect(codes({ year: { not_like: '2566' } })).toEqual(['where.year.not_like:operatorNotForField'])
    expect(codes({ division: { not_like: '1' } })).toEqual(['where.division.not_like:operatorNotForField'])
    expect(codes({ doc: { not_like: '1' } })).toEqual(['where.doc.not_like:operatorNotForField'])
    expect(codes({ done: { contains: 'true' } })).toEqual(['where.done.contains:operatorNotForField'])
    expect(codes({ years: { contains: '5' } })).toEqual(['where.years.contains:operatorNotForField'])
    expect(codes({ where: { like: '1' } })).toEqual(['where.where.like:operatorNotForField'])
    // Text takes every pattern; so do ids that are text (array rows).
    expect(codes({ title: { not_like: 'x', contains: 'y' }, 'rows.id': { not_like: '65f0' }, rowsText: { contains: 'a' } })).toEqual([])
    expect(codes({ tags: { contains: '3' }, division: { like: '2' } })).toEqual([])
  })

  it("refuses a value that is none of a select's options, naming them; no pattern on a select", () => {
    expect(codes({ _status: { equals: 'published' }, channels: { in: 'web,print', contains: 'web' } })).toEqual([])
    expect(codes({ _status: { exists: 'true' }, channels: { all: ['web'] } })).toEqual(['where.channels.all:operatorNotSupported'])
    expect(codes({ _status: { equals: 'x' } })).toEqual(['where._status.equals:notOption'])
    expect(codes({ _status: { not_equals: 'Draft' } })).toEqual(['where._status.not_equals:notOption'])
    expect(codes({ _status: { in: 'draft,x' } })).toEqual(['where._status.in:notOption'])
    expect(codes({ _status: { not_in: ['draft', 'x'] } })).toEqual(['where._status.not_in:notOption'])
    expect(codes({ _status: { greater_than: 'x' } })).toEqual(['where._status.greater_than:notOption'])
    expect(codes({ _status: { equals: '' } })).toEqual(['where._status.equals:notOption'])
    expect(codes({ _status: { equals: null } })).toEqual([])
    expect(codes({ channels: { equals: ['web', 'tv'] } })).toEqual(['where.channels.equals:notOption'])
    expect(codes({ channels: { contains: 'tv' } })).toEqual(['where.channels.contains:notOption'])
    for (const operator of ['like', 'not_like', 'contains'])
      expect(codes({ _status: { [operator]: 'draft' } })).toEqual([`where._status.${operator}:operatorNotForField`])
    const [issue] = checkWhere({ _status: { equals: 'x' } }, resolve, limits)
    expect(issue?.vars).toEqual({ field: '_status', options: '"draft", "published"' })
    const many = Array.from({ length: 40 }, (_, i) => `o${i}`)
    const [long] = checkWhere({ kind: { equals: 'x' } }, () => ({ kind: 'option', hasMany: false, options: many }), limits)
    expect(String(long?.vars?.options).split(', ')).toHaveLength(31)
  })

  it('refuses a NUL character in any value, on any field, JSON included', () => {
    expect(codes({ data: { equals: { a: ['b\u0000'] } } })).toEqual(['where.data.equals:nulCharacter'])
    expect(codes({ data: { equals: { 'a\u0000': 1 } } })).toEqual(['where.data.equals:nulCharacter'])
    expect(codes({ _status: { in: ['draft', '\u0000'] } })).toEqual(['where._status.in:nulCharacter'])
    expect(codes({ year: { like: '\u0000' } })).toEqual(['where.year.like:nulCharacter'])
    let deep: unknown = 'x'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(codes({ data: { equals: deep } })).toEqual([])
  })

  it('refuses a where that is not conditions, nests too deep or is too large, without walking it all', () => {
    expect(codes([1, 2])).toEqual(['where:notWhere'])
    expect(codes({ and: 'abc' })).toEqual(['where.and:conditionsNotList'])
    expect(codes({ title: 'x' })).toEqual(['where.title:notCondition'])
    let deep: unknown = { title: { equals: 'x' } }
    for (let i = 0; i < 100_000; i++) deep = { or: [deep] }
    expect(codes(deep)).toEqual(['where.or.0.or.0.or.0.or.0:whereTooDeep'])
    expect(codes({ or: Array.from({ length: 25 }, () => ({ title: { equals: 'x' } })) })).toEqual([
      'where:tooManyConditions',
    ])
    expect(codes({ id: { in: [1, 2, 3, 4] } })).toEqual(['where.id.in:tooManyValues'])
  })
})

describe('paging, ids and JSON parameters', () => {
  const paging = (params: Record<string, unknown>) => checkPaging(params).map((i) => `${i.path}:${i.code}`)

  it('limit and depth are whole numbers from 0, page from 1', () => {
    expect(paging({ limit: '0', depth: 2, page: '1' })).toEqual([])
    expect(paging({ limit: '-1', depth: 'abc', page: '0' })).toEqual([
      'limit:notWholeNumber',
      'depth:notWholeNumber',
      'page:notPage',
    ])
    expect(paging({ limit: 'Infinity', page: 1.5 })).toEqual(['limit:notWholeNumber', 'page:notPage'])
  })

  it('an id is of the collection’s id type', () => {
    expect(checkId('id', '12', ['number'])).toEqual([])
    expect(checkId('id', 'abc', ['number'])[0]?.code).toBe('notNumericId')
    expect(checkId('id', '\u0000', ['text'])[0]?.code).toBe('nulCharacter')
    expect(checkId('id', '65f0c0ffee', ['text'])).toEqual([])
  })

  it('a route parameter or a sort holds no NUL', () => {
    expect(checkRouteParams({ key: 'nav', path: ['a', 'b'] })).toEqual([])
    expect(checkRouteParams({ key: 'a\u0000' })).toEqual([{ path: 'key', code: 'nulCharacter' }])
    expect(checkRouteParams({ path: ['a', '\u0000'] })).toEqual([{ path: 'path', code: 'nulCharacter' }])
    expect(checkRouteParams(undefined)).toEqual([])
    expect(checkNoNul('sort', '-title,\u0000')).toEqual([{ path: 'sort', code: 'nulCharacter' }])
    expect(checkNoNul('sort', ['title'])).toEqual([])
  })

  it('JSON in a query string must parse', () => {
    expect(parseJsonParam('where', '{"a":1}')).toEqual({ value: { a: 1 }, issues: [] })
    expect(parseJsonParam('where', '{bad').issues[0]?.code).toBe('invalidJson')
  })
})

describe("Payload's own population reads", () => {
  // As Payload's dataloader batches them (collections/dataloader.js): nothing of the client's in them.
  const batch = { currentDepth: 1, depth: 1, disableErrors: true, pagination: false, where: { id: { in: [1, 2] } } }

  it('are told apart from what a client asks', () => {
    expect(isPopulationRead('read', batch)).toBe(true)
    expect(isPopulationRead('read', { ...batch, currentDepth: 2 })).toBe(true)
  })

  it('a top-level read, or anything else in the where or the flags, is checked as ever', () => {
    for (const args of [
      { ...batch, currentDepth: undefined },
      { ...batch, currentDepth: 0 },
      { ...batch, disableErrors: undefined },
      { ...batch, pagination: true },
      { ...batch, where: { id: { in: [1], equals: 1 } } },
      { ...batch, where: { id: { in: [1] }, title: { equals: 'x' } } },
      { ...batch, where: { id: { in: '1,2' } } },
      { ...batch, where: { title: { in: ['x'] } } },
    ])
      expect(isPopulationRead('read', args), JSON.stringify(args)).toBe(false)
    expect(isPopulationRead('update', batch)).toBe(false)
  })
})
