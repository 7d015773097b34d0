/**
 * Never a 500 for a client's mistake, and nothing saved: every collection in the config
 * gets, for each of its fields, values of the wrong type (by the field's type), plus
 * unknown fields, missing identity fields, a malformed and an empty body, through REST
 * create and update. The cases come from the config, so a new collection or field is
 * covered without new test code.
 */
import type { Field, SanitizedCollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { appCollections, isSystemManaged, sampleBody, topLevelDataFields } from '../helpers/config-walk'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'
import { ACROSS_ORGANISATIONS } from '../../src/tenancy/guardOrganisationReads'

let t: TestPayload
let rest: RestClient
let collections: SanitizedCollectionConfig[]
const counted = { create: 0, update: 0, other: 0 }

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  collections = await appCollections(t.payload)
})

afterAll(async () => {
  console.log(`input-fuzz: ${counted.create} create, ${counted.update} update and ${counted.other} other cases`)
  await t?.cleanup()
})

/** Values a field of this type must refuse. */
function wrongValuesFor(field: Field): unknown[] {
  const many = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return [
        12345,
        { a: 1 },
        true,
        many ? 'not-a-list' : ['x'],
        'ก'.repeat(('maxLength' in field && field.maxLength) || 40_001),
      ]
    case 'number':
      return ['abc', { a: 1 }, true, many ? 5 : [1], 1e20]
    case 'checkbox':
      return ['yes', 5, { a: 1 }]
    case 'date':
      // Impossible days that Date.parse rolls over (2023-02-30 → 2023-03-02): issue 17, item 12.
      return ['not-a-date', { a: 1 }, 12, '2566-03-31T00:00:00.000Z', '2023-02-30', '2023-04-31T10:00:00.000Z']
    case 'select':
    case 'radio':
      return ['no-such-option', 5, { a: 1 }]
    case 'relationship':
    case 'upload':
      return many ? ['abc', [{ a: 1 }], [987654]] : ['abc', -1, 1.5, { a: 1 }, 987654, '99999999999999999999']
    case 'array':
    case 'blocks':
      return ['x', { a: 1 }, [1, 2]]
    case 'group':
      return ['x', [1]]
    case 'richText':
      return ['x', { root: 'bad' }, 123]
    case 'point':
      return ['x', [1]]
    default:
      return []
  }
}

/** For an array field, rows whose first data sub-field has a wrong value (nested paths). */
function wrongRowsFor(field: Field): unknown[] {
  if (field.type !== 'array') return []
  const inner = topLevelDataFields(field.fields).find((f) => wrongValuesFor(f).length > 0)
  if (!inner || !('name' in inner)) return []
  return wrongValuesFor(inner)
    .slice(0, 2)
    .map((value) => [{ [inner.name]: value }])
}

/** Every organisation's documents: "nothing saved" anywhere (src/tenancy/guardOrganisationReads.ts). */
async function countOf(slug: string) {
  return (await t.payload.count({ collection: slug as never, overrideAccess: true, context: { [ACROSS_ORGANISATIONS]: true } }))
    .totalDocs
}

async function send(
  collection: SanitizedCollectionConfig,
  method: 'POST' | 'PATCH',
  id: unknown,
  data: Record<string, unknown>,
) {
  const sample = await sampleBody(t.payload, collection, 'unused')
  let body: FormData | Record<string, unknown> = data
  if (collection.upload && method === 'POST') {
    body = (await sample.body()) as FormData
    body.set('_payload', JSON.stringify(data))
  }
  const path = method === 'POST' ? `/${collection.slug}` : `/${collection.slug}/${id}`
  return rest.request(method, path, { body })
}

describe('wrong types, field by field: 400 and nothing saved', () => {
  it('in every collection, through create and update', async () => {
    const problems: string[] = []
    for (const collection of collections) {
      const sample = await sampleBody(t.payload, collection, `fuzz-${collection.slug}`)
      const id = sample.source.id
      const before = { count: await countOf(collection.slug), doc: JSON.stringify(sample.source) }
      for (const field of topLevelDataFields(collection.fields)) {
        if (!('name' in field) || ('virtual' in field && field.virtual) || isSystemManaged(field)) continue
        for (const value of [...wrongValuesFor(field), ...wrongRowsFor(field)]) {
          const label = `${collection.slug}.${field.name}=${JSON.stringify(value).slice(0, 30)}`
          const created = await send(collection, 'POST', undefined, { ...sample.data, [field.name]: value })
          counted.create++
          if (created.status !== 400) problems.push(`${label}: create answered ${created.status}`)
          const updated = await send(collection, 'PATCH', id, { [field.name]: value })
          counted.update++
          if (updated.status !== 400) problems.push(`${label}: update answered ${updated.status}`)
          const message = JSON.stringify(created.body)
          if (created.status === 400 && !message.includes(' / '))
            problems.push(`${label}: message not in Thai / English: ${message.slice(0, 120)}`)
        }
      }
      const current = await t.payload.findByID({
        collection: collection.slug as never,
        id: id as never,
        depth: 0,
        overrideAccess: true,
        draft: false,
      })
      if ((await countOf(collection.slug)) !== before.count)
        problems.push(`${collection.slug}: a refused create saved a document`)
      if (JSON.stringify(current) !== before.doc)
        problems.push(`${collection.slug}: a refused update changed the document`)
    }
    expect(problems).toEqual([])
  }, 300_000) // every field × several wrong values × create and update: minutes on a loaded machine
})

describe('other client mistakes', () => {
  it('unknown fields are not stored, and a body of nothing but unknown fields is refused', async () => {
    for (const collection of collections) {
      const sample = await sampleBody(t.payload, collection, `unknown-${collection.slug}`)
      const before = await countOf(collection.slug)
      const onlyUnknown = await send(collection, 'POST', undefined, { notAField: 'x', alsoUnknown: 5 })
      counted.other++
      expect(onlyUnknown.status, collection.slug).toBe(400)
      expect(await countOf(collection.slug), collection.slug).toBe(before)

      const res = await send(collection, 'POST', undefined, { ...sample.data, notAField: 'x' })
      counted.other++
      expect(res.status, `${collection.slug}: ${JSON.stringify(res.body).slice(0, 200)}`).toBe(201)
      const stored = await t.payload.findByID({
        collection: collection.slug as never,
        id: res.body.doc.id,
        depth: 0,
        overrideAccess: true,
        draft: true,
      })
      expect(stored, collection.slug).not.toHaveProperty('notAField')
    }
  })

  it('a missing identity field (required, no default) is a 400 and saves nothing', async () => {
    let tried = 0
    for (const collection of collections) {
      const sample = await sampleBody(t.payload, collection, `identity-${collection.slug}`)
      // A derived field (read-only in the admin, filled from another: a สขร.1's fiscal year from its month) is not the client's to send.
      const required = topLevelDataFields(collection.fields).filter(
        (f) =>
          'required' in f &&
          f.required &&
          !('defaultValue' in f && f.defaultValue !== undefined) &&
          'name' in f &&
          !(f.admin as { readOnly?: boolean } | undefined)?.readOnly,
      ) as { name: string }[]
      for (const field of required) {
        const before = await countOf(collection.slug)
        const data = { ...sample.data }
        delete data[field.name]
        const res = await send(collection, 'POST', undefined, data)
        counted.other++
        tried++
        expect(res.status, `${collection.slug} without ${field.name}`).toBe(400)
        expect(await countOf(collection.slug)).toBe(before)
      }
    }
    expect(tried).toBeGreaterThan(collections.length)
  })

  it('a malformed or empty body is a 400 with a Thai / English message, in every collection', async () => {
    for (const collection of collections) {
      const before = await countOf(collection.slug)
      const malformed = await rest.request('POST', `/${collection.slug}`, {
        headers: { 'Content-Type': 'application/json' },
        body: undefined,
      })
      const broken = await rest.request('POST', `/${collection.slug}`, {
        headers: { 'Content-Type': 'application/json' },
        rawBody: '{"title": "unterminated',
      })
      const form = new FormData()
      form.append('_payload', '{not json')
      const brokenForm = await rest.post(`/${collection.slug}`, form)
      counted.other += 3
      for (const [name, res] of Object.entries({ malformed, broken, brokenForm })) {
        expect(res.status, `${collection.slug} ${name}: ${JSON.stringify(res.body)}`).toBe(400)
        expect(JSON.stringify(res.body), `${collection.slug} ${name}`).toContain(' / ')
      }
      expect(await countOf(collection.slug)).toBe(before)
    }
  })
})
