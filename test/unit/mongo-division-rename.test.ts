/**
 * The MongoDB twin of the division rename, on a stand-in for the driver's `Db` that applies
 * `$rename` / `$set` to plain documents (no MongoDB server runs here).
 */
import { describe, expect, it } from 'vitest'

import { type MigrationDb, renameDivisions, renameDivisionsBack } from '../../src/migrations/mongodb/renameDivisions'

type Doc = Record<string, unknown>

const get = (doc: Doc, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Doc)[k] : undefined), doc)
function set(doc: Doc, path: string, value: unknown) {
  const keys = path.split('.')
  const parent = keys.slice(0, -1).reduce<Doc>((v, k) => (v[k] ??= {}) as Doc, doc)
  parent[keys.at(-1)!] = value
}
function unset(doc: Doc, path: string) {
  const keys = path.split('.')
  const parent = keys.slice(0, -1).reduce<unknown>((v, k) => (v as Doc | undefined)?.[k], doc) as Doc | undefined
  if (parent) delete parent[keys.at(-1)!]
}
/** MongoDB's matching, for the filters this migration uses: `$exists`, `null` (missing or null), a value. */
function matches(doc: Doc, filter: Record<string, unknown>) {
  return Object.entries(filter).every(([path, cond]) => {
    if (cond && typeof cond === 'object' && '$exists' in cond) return (get(doc, path) !== undefined) === cond.$exists
    if (cond === null) return get(doc, path) == null
    return get(doc, path) === cond
  })
}

function apply(doc: Doc, update: object) {
  const { $rename = {}, $set = {}, $unset = {} } = update as {
    $rename?: Record<string, string>
    $set?: Doc
    $unset?: Doc
  }
  for (const [from, to] of Object.entries($rename)) {
    set(doc, to, get(doc, from))
    unset(doc, from)
  }
  for (const [path, value] of Object.entries($set)) set(doc, path, structuredClone(value))
  for (const path of Object.keys($unset)) unset(doc, path)
}

function fakeDb(data: Record<string, Doc[]>): MigrationDb & { data: Record<string, Doc[]> } {
  return {
    data,
    listCollections: () => ({ toArray: async () => Object.keys(data).map((name) => ({ name })) }),
    renameCollection: async (from, to) => {
      data[to] = data[from]!
      delete data[from]
    },
    collection: (name) => ({
      find: (filter = {}) => ({
        toArray: async () =>
          (data[name] ?? []).filter((doc) => matches(doc, filter as Record<string, unknown>)).map((doc) => structuredClone(doc)),
      }),
      updateMany: async (filter, update) => {
        for (const doc of data[name] ?? []) if (matches(doc, filter as Record<string, unknown>)) apply(doc, update)
      },
      updateOne: async (filter, update) => {
        const doc = (data[name] ?? []).find((d) => matches(d, filter as Record<string, unknown>))
        if (doc) apply(doc, update)
      },
    }),
  }
}

const before = () => ({
  departments: [{ _id: 'd1', code: 'finance' }],
  users: [{ _id: 'u1', departments: ['d1'] }, { _id: 'u2' }],
  laws: [{ _id: 'l1', department: 'd1' }, { _id: 'l2' }],
  _laws_versions: [{ _id: 'v1', parent: 'l1', version: { title: 'x', department: 'd1' } }],
  'payload-locked-documents': [{ _id: 'k1', document: { relationTo: 'departments', value: 'd1' } }],
  'payload-preferences': [
    {
      _id: 'p1',
      key: 'collection-laws',
      user: { relationTo: 'users', value: 'u1' },
      value: { columns: [{ accessor: 'department', active: true }, { accessor: 'title', active: true }], sort: '-department' },
    },
    { _id: 'p2', key: 'collection-users', value: { columns: [{ accessor: 'departments', active: false }], sort: 'email' } },
    { _id: 'p3', key: 'collection-departments', value: { sort: 'code', limit: 25 } },
    { _id: 'p4', key: 'nav', value: { open: true } },
  ],
})

describe('the division rename on MongoDB', () => {
  it('renames the collection, every document’s field, the version field, the user field and locks', async () => {
    const db = fakeDb(before())
    await renameDivisions(db)
    expect(db.data).toEqual({
      divisions: [{ _id: 'd1', code: 'finance' }],
      users: [
        { _id: 'u1', divisions: ['d1'], language: 'th' },
        { _id: 'u2', language: 'th' },
      ],
      laws: [{ _id: 'l1', division: 'd1' }, { _id: 'l2' }],
      _laws_versions: [{ _id: 'v1', parent: 'l1', version: { title: 'x', division: 'd1' } }],
      'payload-locked-documents': [{ _id: 'k1', document: { relationTo: 'divisions', value: 'd1' } }],
      'payload-preferences': db.data['payload-preferences'],
    })
  })

  it('gives existing users the e-mail language Thai, as SQLite\'s column default does; a chosen one stays', async () => {
    const data = before()
    data.users.push({ _id: 'u3', language: 'en' } as never, { _id: 'u4', language: null } as never)
    const db = fakeDb(data)
    await renameDivisions(db)
    expect(db.data.users).toEqual([
      { _id: 'u1', divisions: ['d1'], language: 'th' },
      { _id: 'u2', language: 'th' },
      { _id: 'u3', language: 'en' },
      { _id: 'u4', language: 'th' },
    ])
  })

  it('rewrites saved admin preferences: list columns, sorts and the Divisions list\'s key', async () => {
    const db = fakeDb(before())
    await renameDivisions(db)
    expect(db.data['payload-preferences']).toEqual([
      {
        _id: 'p1',
        key: 'collection-laws',
        user: { relationTo: 'users', value: 'u1' },
        value: { columns: [{ accessor: 'division', active: true }, { accessor: 'title', active: true }], sort: '-division' },
      },
      { _id: 'p2', key: 'collection-users', value: { columns: [{ accessor: 'divisions', active: false }], sort: 'email' } },
      { _id: 'p3', key: 'collection-divisions', value: { sort: 'code', limit: 25 } },
      { _id: 'p4', key: 'nav', value: { open: true } },
    ])
  })

  it('runs twice without harm, and down gives back what was there', async () => {
    const db = fakeDb(before())
    await renameDivisions(db)
    await renameDivisions(db)
    await renameDivisionsBack(db)
    expect(db.data).toEqual(before())
  })

  it('does nothing to a fresh database', async () => {
    const db = fakeDb({})
    await renameDivisions(db)
    expect(db.data).toEqual({})
  })
})
