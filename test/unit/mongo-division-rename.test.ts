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
function matches(doc: Doc, filter: Record<string, unknown>) {
  return Object.entries(filter).every(([path, cond]) =>
    cond && typeof cond === 'object' && '$exists' in cond ? get(doc, path) !== undefined : get(doc, path) === cond,
  )
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
      updateMany: async (filter, update) => {
        for (const doc of data[name] ?? []) {
          if (!matches(doc, filter as Record<string, unknown>)) continue
          const { $rename = {}, $set = {} } = update as { $rename?: Record<string, string>; $set?: Doc }
          for (const [from, to] of Object.entries($rename)) {
            set(doc, to, get(doc, from))
            unset(doc, from)
          }
          for (const [path, value] of Object.entries($set)) set(doc, path, value)
        }
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
})

describe('the division rename on MongoDB', () => {
  it('renames the collection, every document’s field, the version field, the user field and locks', async () => {
    const db = fakeDb(before())
    await renameDivisions(db)
    expect(db.data).toEqual({
      divisions: [{ _id: 'd1', code: 'finance' }],
      users: [{ _id: 'u1', divisions: ['d1'] }, { _id: 'u2' }],
      laws: [{ _id: 'l1', division: 'd1' }, { _id: 'l2' }],
      _laws_versions: [{ _id: 'v1', parent: 'l1', version: { title: 'x', division: 'd1' } }],
      'payload-locked-documents': [{ _id: 'k1', document: { relationTo: 'divisions', value: 'd1' } }],
    })
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
