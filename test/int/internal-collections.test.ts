/**
 * Payload's own collections and globals (document locks, preferences, jobs, key-value
 * store, migrations, the job statistics) and the audit log, through REST and GraphQL, as
 * every role (issue 17, item 5 and its class): nobody creates, changes, copies or deletes
 * an entry in another user's name or on a document of a division they may not edit. The
 * list comes from the config (every `payload-*` collection and global, and every collection
 * nobody may write through the API), and each needs a case here: one added by a Payload
 * upgrade fails until someone has decided who may write it. After every refusal the
 * database is read back as the system: nothing changed.
 */
import type { Payload, SanitizedCollectionConfig } from 'payload'

import { GraphQLError } from 'graphql'
import { formatNames, Locked } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { lockedMessage } from '../../src/internal/lockedMessage'
import { appCollections } from '../helpers/config-walk'
import { copyOfPublished } from '../helpers/documents'
import { graphqlClient, graphqlNames } from '../helpers/graphql'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

const PASSWORD = 'Internal-coll-7mWq!2569'
const ROLES = ['editor', 'reviewer', 'publisher', 'admin'] as const
type Role = (typeof ROLES)[number]
type Api = 'graphql' | 'rest'
type Op = 'create' | 'delete' | 'duplicate' | 'update'
type Outcome = 'allowed' | 'refused'
type Id = number | string

const LOCKS = 'payload-locked-documents'
const THAI = /[\u0E00-\u0E7F]/

let t: TestPayload
let payload: Payload
let rest: RestClient
let gql: ReturnType<typeof graphqlClient>
const tokens = {} as Record<Role, string>
const ids = {} as Record<Role | 'victim' | 'bystander', Id>
const law = { own: 0 as Id, other: 0 as Id }

const ref = (id: Id) => ({ relationTo: 'users', value: id })

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  payload = t.payload
  rest = new RestClient(t.config)
  gql = graphqlClient(t.config)
  const division = async (code: string) =>
    (await payload.find({ collection: 'divisions', where: { code: { equals: code } }, limit: 1 })).docs[0]!.id
  const own = await division('finance')
  const other = await division('procurement')
  const user = async (key: Role | 'bystander' | 'victim', roles: string[], divisions: Id[]) => {
    const email = `${key}@internal.example.go.th`
    const doc = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email, password: PASSWORD, name: key, roles, divisions } as never,
    })
    ids[key] = doc.id
    return email
  }
  for (const role of ['editor', 'reviewer', 'publisher'] as const) {
    tokens[role] = await rest.login(await user(role, [role], [own]), PASSWORD)
  }
  tokens.admin = await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  ids.admin = (await payload.find({ collection: 'users', where: { email: { equals: DEFAULT_ADMIN.email } } })).docs[0]!
    .id
  // Whose name nobody may use: an editor of another division, and a publisher.
  await user('victim', ['editor'], [other])
  await user('bystander', ['publisher'], [])
  for (const where of ['own', 'other'] as const) {
    const data = await copyOfPublished(payload, 'laws', `ล็อก ${where}`)
    const doc = await payload.create({
      collection: 'laws',
      data: { ...data, _status: 'draft', division: where === 'own' ? own : other } as never,
      draft: true,
    })
    law[where] = doc.id
  }
}, 180_000)

afterAll(async () => {
  await t?.cleanup()
})

// ---------------------------------------------------------------- reading back

/** Every row of a collection, as the system, in a stable order. */
async function rows(slug: string): Promise<Record<string, unknown>[]> {
  const { docs } = await payload.db.find({ collection: slug as never, limit: 0, pagination: false, sort: 'id' })
  return docs as Record<string, unknown>[]
}

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' ? ((value as { id?: unknown }).id ?? value) : value

/** The user an entry names (a lock's or a preference's owner, a job's scheduler). */
function userOf(row: Record<string, unknown>): string | undefined {
  const holder = (row.user ?? (row.input as { user?: unknown } | undefined)?.user) as { value?: unknown } | undefined
  const value = holder && typeof holder === 'object' ? idOf(holder.value) : holder
  return value === undefined || value === null ? undefined : String(value)
}

/** Rows that name a user other than the caller. */
const naming = (list: Record<string, unknown>[], who: Id) => list.filter((r) => userOf(r) === String(who))

// ---------------------------------------------------------------- the requests

const graphqlOf = (slug: string) => {
  const collection = payload.config.collections.find((c) => c.slug === slug)!
  return graphqlNames(collection)
}

/** One request through REST or GraphQL: whether it went through. */
async function attempt(
  api: Api,
  role: Role,
  slug: string,
  op: Op,
  id: Id | undefined,
  body: Record<string, unknown> | undefined,
): Promise<{ ok: boolean; detail: string }> {
  const token = tokens[role]
  if (api === 'rest') {
    const res =
      op === 'create'
        ? await rest.post(`/${slug}`, body, { token })
        : op === 'update'
          ? await rest.patch(`/${slug}/${id}`, body, { token })
          : op === 'delete'
            ? await rest.delete(`/${slug}/${id}`, { token })
            : await rest.post(`/${slug}/${id}/duplicate`, body ?? {}, { token })
    const detail = `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`
    // A collection without REST routes (migrations) answers Payload's "Cannot <method>" 501:
    // no route, so refused (item 3 of issue 17 makes it a 404). Any other 5xx is a bug.
    const noRoute = res.status === 501 && /^Cannot /.test(String(res.body?.message))
    if (res.status >= 500 && !noRoute) throw new Error(`${slug} ${op} as ${role}: ${detail}`)
    return { ok: res.status < 300, detail }
  }
  const names = graphqlOf(slug)!
  const { singular } = names
  const source =
    op === 'create'
      ? `mutation($data: mutation${singular}Input!) { create${singular}(data: $data) { id } }`
      : op === 'update'
        ? `mutation($data: mutation${singular}UpdateInput!) { update${singular}(id: ${id}, data: $data) { id } }`
        : op === 'delete'
          ? `mutation { delete${singular}(id: ${id}) { id } }`
          : `mutation { duplicate${singular}(id: ${id}) { id } }`
  const res = await gql(source, body ? { data: body } : {}, token)
  return { ok: !res.errors?.length, detail: JSON.stringify(res.errors ?? res.data).slice(0, 300) }
}

let mutations: Promise<string[]> | undefined

/** Whether the GraphQL schema has this mutation (Payload leaves GraphQL out for some collections). */
async function hasMutation(name: string): Promise<boolean> {
  mutations ??= gql(`{ __type(name: "Mutation") { fields { name } } }`).then((res) =>
    (res.data.__type.fields as { name: string }[]).map((f) => f.name),
  )
  return (await mutations).includes(name)
}

// ---------------------------------------------------------------- the cases

interface Case {
  /** An entry of someone else's, planted as the system; its id. */
  plant: () => Promise<Id>
  /** A new entry naming someone else (or, where nobody may create, any entry). */
  create: () => Record<string, unknown>
  /** A change to someone else's entry. */
  update: () => Record<string, unknown>
  /** Who may delete someone else's entry. */
  deletes?: (role: Role) => Outcome
  /**
   * Creating may go through when the entry is forced into the caller's name (Payload does
   * so for preferences): the entry must then name the caller, never the one asked for.
   */
  createsInOwnName?: boolean
}

const soon = () => new Date(Date.now() + 86_400_000).toISOString()

/** A lock of `who` on a document (or a global), planted as the system. */
const plantLock = async (who: Id, target: { document?: Id; globalSlug?: string }) =>
  (
    await payload.db.create({
      collection: LOCKS,
      data: {
        document: target.document !== undefined ? { relationTo: 'laws', value: target.document } : undefined,
        globalSlug: target.globalSlug,
        user: ref(who),
      },
    })
  ).id as Id

let summaryYears = 0

const CASES: Record<string, Case> = {
  [LOCKS]: {
    plant: () => plantLock(ids.victim, { document: law.other }),
    create: () => ({ document: { relationTo: 'laws', value: law.own }, user: ref(ids.victim) }),
    update: () => ({ user: ref(ids.bystander) }),
    deletes: (role) => (role === 'admin' ? 'allowed' : 'refused'),
  },
  'payload-preferences': {
    plant: async () =>
      (
        await payload.db.create({
          collection: 'payload-preferences',
          data: { key: `victim-${Math.random()}`, value: { columns: ['a'] }, user: ref(ids.victim) },
        })
      ).id as Id,
    create: () => ({ key: `planted-${Math.random()}`, value: { columns: ['x'] }, user: ref(ids.victim) }),
    update: () => ({ value: { columns: ['changed'] }, user: ref(ids.victim) }),
    createsInOwnName: true,
  },
  'payload-jobs': {
    plant: async () =>
      (
        await payload.jobs.queue({
          task: 'schedulePublish',
          input: {
            type: 'publish',
            doc: { relationTo: 'laws', value: String(law.other) },
            user: ref(ids.victim),
          } as never,
          waitUntil: new Date(soon()),
        })
      ).id as Id,
    create: () => ({
      taskSlug: 'schedulePublish',
      input: { type: 'unpublish', doc: { relationTo: 'laws', value: String(law.other) }, user: ref(ids.victim) },
      waitUntil: soon(),
    }),
    update: () => ({ waitUntil: new Date().toISOString(), input: { type: 'unpublish', user: ref(ids.victim) } }),
  },
  'payload-kv': {
    plant: async () =>
      (await payload.db.create({ collection: 'payload-kv', data: { key: `victim-${Math.random()}`, data: { a: 1 } } }))
        .id as Id,
    create: () => ({ key: `planted-${Math.random()}`, data: { a: 2 } }),
    update: () => ({ data: { a: 3 } }),
  },
  'payload-migrations': {
    plant: async () =>
      (await payload.db.create({ collection: 'payload-migrations', data: { name: `victim-${Math.random()}`, batch: 99 } }))
        .id as Id,
    create: () => ({ name: 'planted', batch: 100 }),
    update: () => ({ batch: 101 }),
  },
  // The instances' signals and claims (plugins/instances): the system's only.
  'instance-signals': {
    plant: async () =>
      (
        await payload.create({
          collection: 'instance-signals',
          data: { key: `claim:victim-${Math.random()}`, origin: 'victim' },
          overrideAccess: true,
        })
      ).id as Id,
    create: () => ({ key: `claim:planted-${Math.random()}`, origin: 'planted' }),
    update: () => ({ key: `claim:changed-${Math.random()}` }),
  },
  // Each organisation's stored OIT status (plugins/oit/summaries): written by the plugin only.
  'oit-summaries': {
    plant: async () => {
      const { docs } = await payload.find({ collection: 'tenants', limit: 1, depth: 0 })
      return (
        await payload.db.create({
          collection: 'oit-summaries',
          // A year of its own each time: one row per organisation and year.
          data: { tenant: docs[0]!.id, year: 2600 + (++summaryYears), counts: {}, total: 0, progress: 0, items: {}, computedAt: new Date().toISOString() },
        })
      ).id as Id
    },
    create: () => ({ year: 2598, counts: {}, total: 43, progress: 100, items: {}, computedAt: new Date().toISOString() }),
    update: () => ({ progress: 100 }),
  },
  'audit-log': {
    plant: async () => {
      const { docs } = await payload.find({ collection: 'audit-log', limit: 1, sort: 'id', depth: 0 })
      if (!docs[0]) throw new Error('the seed should have left audit entries')
      return docs[0].id
    },
    create: () => ({ action: 'publish', collection: 'laws', documentId: String(law.other), userName: 'victim' }),
    update: () => ({ reason: 'changed' }),
  },
}

/** Payload's own collections, and those nobody may write through the API (from the config). */
async function internalCollections(): Promise<SanitizedCollectionConfig[]> {
  const app = new Set((await appCollections(payload)).map((c) => c.slug))
  return payload.config.collections.filter((c) => c.slug.startsWith('payload-') || !app.has(c.slug))
}

describe('the list of internal collections', () => {
  it('has a case for each, and each is found in the config', async () => {
    const slugs: string[] = (await internalCollections()).map((c) => c.slug)
    expect(slugs.filter((s) => !CASES[s]), 'an internal collection without a case').toEqual([])
    expect(Object.keys(CASES).filter((s) => !slugs.includes(s)), 'a case without its collection').toEqual([])
  })
})

describe('nobody writes an internal entry in another user’s name, through REST or GraphQL', () => {
  const ops: Op[] = ['create', 'update', 'delete', 'duplicate']
  const cases = Object.keys(CASES).flatMap((slug) =>
    ops.flatMap((op) =>
      ROLES.flatMap((role) => (['rest', 'graphql'] as Api[]).map((api) => ({ slug, op, role, api }))),
    ),
  )

  it.each(cases.map((c) => [`${c.slug} · ${c.op} · ${c.role} · ${c.api}`, c] as const))('%s', async (_, c) => {
    const spec = CASES[c.slug]!
    const names = graphqlOf(c.slug)
    if (c.api === 'graphql' && !(names && (await hasMutation(`${c.op}${names.singular}`)))) return
    const target = c.op === 'create' ? undefined : await spec.plant()
    const before = await rows(c.slug)
    const body = c.op === 'create' ? spec.create() : c.op === 'update' ? spec.update() : undefined
    const { ok, detail } = await attempt(c.api, c.role, c.slug, c.op, target, body)
    const after = await rows(c.slug)

    const expected: Outcome = c.op === 'delete' && spec.deletes ? spec.deletes(c.role) : 'refused'
    if (c.op === 'create' && spec.createsInOwnName) {
      // Through or not, nothing new names anyone but the caller.
      const added = after.filter((r) => !before.some((b) => b.id === r.id))
      for (const row of added) expect(userOf(row), detail).toBe(String(ids[c.role]))
      expect(naming(after, ids.victim)).toEqual(naming(before, ids.victim))
      return
    }
    expect(ok ? 'allowed' : 'refused', detail).toBe(expected)
    if (expected === 'refused') expect(after, 'a refused request changed the database').toEqual(before)
    else expect(after.some((r) => r.id === target)).toBe(false)
  })
})

// ---------------------------------------------------------------- locks and divisions

describe('document locks: own name, documents the caller may edit', () => {
  const mayEditOther = (role: Role) => role === 'publisher' || role === 'admin'

  interface LockCase {
    name: string
    op: 'create' | 'update'
    /** The lock the request changes, planted as the system. */
    plant?: (role: Role) => Promise<Id>
    body: (role: Role) => Record<string, unknown>
    expected: (role: Role) => Outcome
    /** After an allowed request: the lock names the caller, on this document. */
    on?: 'other' | 'own'
  }

  const LOCK_CASES: LockCase[] = [
    {
      name: 'lock a document of the own division in the own name',
      op: 'create',
      body: (role) => ({ document: { relationTo: 'laws', value: law.own }, user: ref(ids[role]) }),
      expected: () => 'allowed',
      on: 'own',
    },
    {
      name: 'lock a document of another division in the own name',
      op: 'create',
      body: (role) => ({ document: { relationTo: 'laws', value: law.other }, user: ref(ids[role]) }),
      expected: (role) => (mayEditOther(role) ? 'allowed' : 'refused'),
      on: 'other',
    },
    {
      name: 'lock a global nobody may edit (job statistics) in the own name',
      op: 'create',
      body: (role) => ({ globalSlug: 'payload-jobs-stats', user: ref(ids[role]) }),
      expected: () => 'refused',
    },
    {
      name: 'take over another user’s lock on a document of the own division',
      op: 'update',
      plant: () => plantLock(ids.victim, { document: law.own }),
      body: (role) => ({ user: ref(ids[role]) }),
      expected: () => 'allowed',
      on: 'own',
    },
    {
      name: 'take over another user’s lock on a document of another division',
      op: 'update',
      plant: () => plantLock(ids.victim, { document: law.other }),
      body: (role) => ({ user: ref(ids[role]) }),
      expected: (role) => (mayEditOther(role) ? 'allowed' : 'refused'),
      on: 'other',
    },
    {
      name: 'keep another user’s lock alive without taking it over',
      op: 'update',
      plant: () => plantLock(ids.victim, { document: law.own }),
      body: () => ({ globalSlug: null }),
      expected: () => 'refused',
    },
    {
      name: 'move the own lock to a document of another division',
      op: 'update',
      plant: (role) => plantLock(ids[role], { document: law.own }),
      body: () => ({ document: { relationTo: 'laws', value: law.other } }),
      expected: (role) => (mayEditOther(role) ? 'allowed' : 'refused'),
      on: 'other',
    },
  ]

  const cases = LOCK_CASES.flatMap((lc) =>
    ROLES.flatMap((role) => (['rest', 'graphql'] as Api[]).map((api) => ({ lc, role, api }))),
  )

  it.each(cases.map((c) => [`${c.lc.name} · ${c.role} · ${c.api}`, c] as const))('%s', async (_, c) => {
    const target = c.lc.plant ? await c.lc.plant(c.role) : undefined
    const before = await rows(LOCKS)
    const { ok, detail } = await attempt(c.api, c.role, LOCKS, c.lc.op, target, c.lc.body(c.role))
    const after = await rows(LOCKS)
    const expected = c.lc.expected(c.role)
    expect(ok ? 'allowed' : 'refused', detail).toBe(expected)
    if (expected === 'refused') {
      expect(after, 'a refused request changed the locks').toEqual(before)
      return
    }
    const changed = after.find((r) => (target === undefined ? !before.some((b) => b.id === r.id) : r.id === target))!
    expect(userOf(changed)).toBe(String(ids[c.role]))
    const document = changed.document as { value?: unknown }
    expect(String(idOf(document?.value))).toBe(String(law[c.lc.on!]))
    // Tidy: the next case starts without this lock.
    await payload.db.deleteOne({ collection: LOCKS, where: { id: { equals: changed.id } } })
  })

  it('a bulk delete by an editor removes the editor’s own locks only', async () => {
    const mine = await plantLock(ids.editor, { document: law.own })
    const theirs = await plantLock(ids.victim, { document: law.own })
    const res = await rest.delete(`/${LOCKS}?where[id][in]=${mine},${theirs}`, { token: tokens.editor })
    expect(res.status).toBeLessThan(500)
    const left = (await rows(LOCKS)).map((r) => r.id)
    expect(left).not.toContain(mine)
    expect(left).toContain(theirs)
  })
})

describe('a locked document: the answer is Thai and English', () => {
  // Payload checks locks on REST saves and deletes only (GraphQL and `?overrideLock=true`
  // skip them): a lock is the admin's courtesy between editors, not access control.
  it('a publisher’s save of a document an editor holds is a bilingual 423, until taken over', async () => {
    const res = await rest.post(
      `/${LOCKS}`,
      { document: { relationTo: 'laws', value: law.own }, user: ref(ids.editor) },
      { token: tokens.editor },
    )
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const lockId = res.body.doc.id as Id

    const save = await rest.patch(`/laws/${law.own}?draft=true`, { summary: 'ผู้เผยแพร่แก้' }, { token: tokens.publisher })
    expect(save.status).toBe(423)
    const [th, en] = String(save.body.errors[0].message).split(' / ')
    expect(th).toMatch(THAI)
    expect(en).toMatch(/locked|editing/i)

    const takeOver = await rest.patch(`/${LOCKS}/${lockId}`, { user: ref(ids.publisher) }, { token: tokens.publisher })
    expect(takeOver.status, JSON.stringify(takeOver.body)).toBe(200)
    const again = await rest.patch(`/laws/${law.own}?draft=true`, { summary: 'ผู้เผยแพร่แก้' }, { token: tokens.publisher })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
  })

  it('the same message where GraphQL carries a 423', async () => {
    const error = new GraphQLError('Document with ID 1 is currently locked', {
      originalError: new Locked('Document with ID 1 is currently locked'),
    })
    const result = await lockedMessage({
      context: {},
      error,
      graphqlResult: { message: error.message },
      req: {} as never,
    })
    const message = String(result && result.graphqlResult?.message)
    expect(message.split(' / ')[0]).toMatch(THAI)
    expect(message.split(' / ')[1]).toMatch(/editing/)
  })
})

// ---------------------------------------------------------------- internal globals

describe('Payload’s own globals: nobody writes them through the API', () => {
  const internalGlobals = () => payload.config.globals.filter((g) => g.slug.startsWith('payload-'))

  it('finds them in the config', () => {
    expect(internalGlobals().map((g) => g.slug)).toContain('payload-jobs-stats')
  })

  const cases = ROLES.flatMap((role) => (['rest', 'graphql'] as Api[]).map((api) => ({ role, api })))
  it.each(cases.map((c) => [`${c.role} · ${c.api}`, c] as const))('%s', async (_, c) => {
    for (const global of internalGlobals()) {
      const before = await payload.db.findGlobal({ slug: global.slug })
      const data = { stats: { planted: c.role } }
      let ok: boolean
      let detail: string
      if (c.api === 'rest') {
        const res = await rest.post(`/globals/${global.slug}`, data, { token: tokens[c.role] })
        ok = res.status < 300
        detail = `${res.status} ${JSON.stringify(res.body).slice(0, 200)}`
      } else {
        const { singular } = formatNames(global.slug)
        expect(await hasMutation(`update${singular}`), `no GraphQL mutation update${singular}`).toBe(true)
        const res = await gql(
          `mutation($data: mutation${singular}Input!) { update${singular}(data: $data) { updatedAt } }`,
          { data },
          tokens[c.role],
        )
        ok = !res.errors?.length
        detail = JSON.stringify(res.errors ?? res.data).slice(0, 200)
      }
      expect(ok, `${global.slug}: ${detail}`).toBe(false)
      expect(await payload.db.findGlobal({ slug: global.slug })).toEqual(before)
    }
  })
})
