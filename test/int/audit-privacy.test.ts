/**
 * The audit log tells a reader who acted only when the users API would show the reader
 * that person (issue 17, item 15): every role (the options of the users' `roles`) in two
 * divisions and in none both acts and reads. For each reader, every entry they get on
 * REST (list at depths 0–2, by id), GraphQL (list, by id, the account populated) and the
 * admin (its permissions, which decide the columns and filters, and the document sidebar's
 * history) names only accounts `/api/users` hands the same reader, or the system; no
 * search or sort by the actor's name, e-mail or account tells them more. An entry of a
 * deleted account names it only to those who read every account.
 */
import type { SanitizedCollectionConfig } from 'payload'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { copyOfPublished } from '../helpers/documents'
import { graphqlClient, graphqlNames } from '../helpers/graphql'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

// The admin UI library and Next's admin template (client code that imports CSS) are not needed to
// read the sidebar's history: WorkflowPanel only names its buttons, and the other server components
// of the door (exports/rsc.ts) are loaded, not rendered.
vi.mock('@payloadcms/ui', () => ({}))
vi.mock('@payloadcms/next/templates', () => ({}))

const AUDIT = 'audit-log'
/** An OIT category: any collection run through the workflow writes entries alike. */
const DOCS = 'laws'
const PASSWORD = 'Audit-privacy-k8Qz!2569'
/** Names and e-mails start with this, so that a leak is a plain substring. */
const MARK = 'zqactor'

type Id = number | string

interface Person {
  label: string
  id: Id
  name: string
  email: string
  token: string
  /** The document this person created (their audit entry's document). */
  docId?: Id
}

let t: TestPayload
let rest: RestClient
let gql: ReturnType<typeof graphqlClient>
let audit: SanitizedCollectionConfig
let systemLabel: string
const people: Person[] = []
/** A person whose account is deleted after acting: the entry keeps their name as text. */
let deleted: Omit<Person, 'token'>
/** Entries of our documents, as the system stores them (`user` as an id). */
let entries: (Record<string, unknown> & { id: Id; user: Id | null; userName: string; documentId: string })[] = []
/** The entry's fields that name who acted: relationships to the accounts, and text that holds an actor's e-mail. */
let actorFields: SanitizedCollectionConfig['flattenedFields'] = []
/** What each reader may read of the accounts, through /api/users. */
const usersSeen = new Map<string, { ids: Set<string>; all: boolean }>()

const idOf = (value: unknown) =>
  (value && typeof value === 'object' ? (value as { id: Id }).id : value) as Id | null | undefined

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  gql = graphqlClient(t.config)
  const collections = t.payload.collections as unknown as Record<string, { config: SanitizedCollectionConfig }>
  audit = collections[AUDIT]!.config
  const users = collections[t.payload.config.admin.user!]!.config
  const rolesField = users.flattenedFields.find((f) => f.name === 'roles')
  if (!rolesField || rolesField.type !== 'select') throw new Error('users have no roles select')
  const roles = rolesField.options.map((o) => (typeof o === 'string' ? o : o.value))
  const divisions = (await t.payload.find({ collection: 'divisions', limit: 2, depth: 0, sort: 'id' })).docs.map(
    (d) => d.id as Id,
  )
  const template = await copyOfPublished(t.payload, DOCS, '')
  delete template.division

  const act = async (label: string, role: string, division: Id | null) => {
    const email = `${MARK}-${label.replace(/\W/g, '-')}@example.go.th`.toLowerCase()
    const name = `${MARK} ${label}`
    const user = await t.payload.create({
      collection: 'users',
      data: {
        email,
        password: PASSWORD,
        name,
        roles: [role],
        divisions: division === null ? [] : [division],
      } as never,
    })
    const token = await rest.login(email, PASSWORD)
    // Every role may create a draft; it lands in the person's division (or the item's, for none).
    const res = await rest.post(
      `/${DOCS}?draft=true&depth=0`,
      {
        ...template,
        title: `เอกสารของ ${label}`,
        _status: 'draft',
        ...(division === null ? {} : { division: division }),
      },
      { token },
    )
    if (res.status !== 201)
      throw new Error(`${label} could not create a draft: ${res.status} ${JSON.stringify(res.body)}`)
    return { label, id: user.id as Id, name, email, token, docId: res.body.doc.id as Id }
  }
  for (const role of roles) {
    for (const [i, division] of [...divisions, null].entries()) {
      people.push(await act(`${role}/${division === null ? 'none' : `d${i + 1}`}`, role, division))
    }
  }
  const gone = await act('deleted/d1', 'editor', divisions[0]!)
  await t.payload.delete({ collection: 'users', id: gone.id })
  deleted = gone
  // An entry of the system (no user): a draft created by the Local API.
  const system = await t.payload.create({
    collection: DOCS,
    data: { ...template, title: 'เอกสารของระบบ', _status: 'draft', division: divisions[0] } as never,
    draft: true,
  })
  const ours = [...people.map((p) => p.docId!), gone.docId!, system.id as Id].map(String)
  entries = (
    await t.payload.find({
      collection: AUDIT as never,
      where: { and: [{ collection: { equals: DOCS } }, { documentId: { in: ours } }] },
      pagination: false,
      depth: 0,
    })
  ).docs.map((e) => {
    const entry = e as unknown as (typeof entries)[number]
    return { ...entry, user: idOf(entry.user) ?? null }
  })
  const emails = [...people, gone].map((p) => p.email)
  actorFields = audit.flattenedFields.filter(
    (f) =>
      (f.type === 'relationship' && f.relationTo === t.payload.config.admin.user) ||
      ((f.type === 'text' || f.type === 'textarea') &&
        entries.some((e) => emails.some((email) => String(e[f.name] ?? '').includes(email)))),
  )
  systemLabel = entries.find((e) => e.documentId === String(system.id))!.userName
  for (const reader of people) {
    const seen = await rest.get('/users?limit=0&depth=0', { token: reader.token })
    const total = await t.payload.count({ collection: 'users' })
    usersSeen.set(reader.label, {
      ids: new Set((seen.body.docs as { id: Id }[]).map((u) => String(u.id))),
      all: seen.body.totalDocs === total.totalDocs,
    })
  }
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
})

/** Every actor the reader may not see: their name, e-mail and account id. */
function hiddenFrom(reader: Person) {
  const seen = usersSeen.get(reader.label)!
  const actors = [...people, deleted]
  return seen.all ? [] : actors.filter((a) => !seen.ids.has(String(a.id)))
}

/** Whether the reader may be told who made the entry. */
function mayName(reader: Person, entry: (typeof entries)[number]) {
  const seen = usersSeen.get(reader.label)!
  if (seen.all) return true
  if (entry.user === null) return entry.userName === systemLabel
  return seen.ids.has(String(entry.user))
}

const problems: string[] = []
let armed = 0

/** Checks every returned entry of ours, and that no hidden name or e-mail is anywhere in the answer. */
function check(reader: Person, where: string, body: unknown, returned: Record<string, unknown>[]) {
  const text = JSON.stringify(body ?? null)
  for (const actor of hiddenFrom(reader)) {
    for (const secret of [actor.name, actor.email]) {
      if (text.includes(secret)) problems.push(`${reader.label} ${where}: shows ${secret}`)
    }
  }
  for (const doc of returned) {
    const entry = entries.find((e) => String(e.id) === String(doc.id))
    if (!entry) continue
    if (mayName(reader, entry)) {
      if (doc.userName !== entry.userName)
        problems.push(`${reader.label} ${where}: entry ${entry.id} should say ${entry.userName}, says ${doc.userName}`)
    } else {
      armed++
      if (doc.userName != null || idOf(doc.user) != null)
        problems.push(
          `${reader.label} ${where}: entry ${entry.id} names its actor (${doc.userName}, ${idOf(doc.user)})`,
        )
    }
  }
}

describe('the audit log names only people the reader may see', () => {
  it('REST, by every role and division: lists, by id, searches and sorts', async () => {
    problems.length = 0
    for (const reader of people) {
      const token = reader.token
      for (const depth of [0, 1, 2]) {
        const res = await rest.get(`/${AUDIT}?limit=0&depth=${depth}`, { token })
        expect(res.status, reader.label).toBe(200)
        check(reader, `GET /${AUDIT}?depth=${depth}`, res.body, res.body.docs)
      }
      for (const entry of entries) {
        const res = await rest.get(`/${AUDIT}/${entry.id}?depth=1`, { token })
        if (res.status === 200) check(reader, `GET /${AUDIT}/${entry.id}`, res.body, [res.body])
      }
      // Searches and sorts by who acted: through every field of the entry that holds the actor.
      expect(actorFields.length, 'fields that name the actor').toBeGreaterThan(0)
      const usersTextFields = ['name', 'email']
      for (const actor of hiddenFrom(reader)) {
        const queries: string[] = []
        for (const field of actorFields) {
          if (field.type === 'relationship') {
            queries.push(`where[${field.name}][equals]=${actor.id}`)
            for (const sub of usersTextFields)
              queries.push(`where[${field.name}.${sub}][like]=${encodeURIComponent(actor.email)}`)
          } else {
            for (const op of ['like', 'equals', 'contains'])
              queries.push(`where[${field.name}][${op}]=${encodeURIComponent(`${actor.name} · ${actor.email}`)}`)
            queries.push(`where[${field.name}][like]=${encodeURIComponent(actor.email)}`)
          }
        }
        for (const q of queries) {
          for (const path of [`/${AUDIT}?limit=1&depth=0&${q}`, `/${AUDIT}/count?${q}`]) {
            const res = await rest.get(path, { token })
            if (res.status === 200 && res.body.totalDocs > 0)
              problems.push(`${reader.label} GET ${path}: ${res.body.totalDocs} entries by a hidden person`)
            if (res.status >= 500) problems.push(`${reader.label} GET ${path}: ${res.status}`)
          }
        }
      }
      if (hiddenFrom(reader).length) {
        for (const field of actorFields) {
          const paths = field.type === 'relationship' ? usersTextFields.map((s) => `${field.name}.${s}`) : [field.name]
          for (const path of paths) {
            for (const sort of [path, `-${path}`]) {
              const res = await rest.get(`/${AUDIT}?limit=0&depth=0&sort=${sort}`, { token })
              if (res.status === 200) problems.push(`${reader.label} sort=${sort}: answered 200`)
            }
          }
        }
      }
    }
    expect(armed, 'entries by people hidden from the reader were returned to them').toBeGreaterThan(0)
    console.log(
      `audit-privacy: ${people.length} readers (${people.map((p) => p.label).join(', ')}), ${entries.length} entries, ` +
        `${armed} (reader, entry) pairs where the entry reached a reader who may not see its actor; actor fields: ${actorFields.map((f) => f.name).join(', ')}`,
    )
    expect(problems).toEqual([])
  })

  it('GraphQL, by every role and division: lists and by id, with the account populated', async () => {
    problems.length = 0
    const names = graphqlNames(audit)!
    const selection = 'id userName user { id name email }'
    for (const reader of people) {
      const list = await gql(`{ ${names.plural}(limit: 0) { docs { ${selection} } } }`, {}, reader.token)
      const docs = (list.data?.[names.plural]?.docs ?? []) as Record<string, unknown>[]
      expect(docs.length, reader.label).toBeGreaterThan(0)
      check(reader, `graphql ${names.plural}`, list, docs)
      for (const entry of entries) {
        const one = await gql(
          `{ ${names.singular}(id: ${JSON.stringify(entry.id)}) { ${selection} } }`,
          {},
          reader.token,
        )
        const doc = one.data?.[names.singular] as Record<string, unknown> | null
        check(reader, `graphql ${names.singular}(${entry.id})`, one, doc ? [doc] : [])
      }
      if (hiddenFrom(reader).length) {
        const actor = hiddenFrom(reader)[0]!
        const search = await gql(
          `{ ${names.plural}(where: { userName: { like: ${JSON.stringify(actor.email)} } }) { totalDocs } }`,
          {},
          reader.token,
        )
        if ((search.data?.[names.plural]?.totalDocs ?? 0) > 0) problems.push(`${reader.label} graphql search by e-mail`)
      }
    }
    expect(problems).toEqual([])
  })

  it('the admin: its columns and filters, and the document sidebar’s history', async () => {
    problems.length = 0
    const { WorkflowPanel } = await import('@prongsai/workflow/rsc')
    for (const reader of people) {
      // The list's columns and filters follow the collection's field permissions.
      const access = await rest.get('/access', { token: reader.token })
      const fields = access.body.collections?.[AUDIT]?.fields ?? {}
      const all = usersSeen.get(reader.label)!.all
      for (const name of ['user', 'userName'])
        expect(Boolean(fields[name]?.read?.permission ?? fields[name]?.read), `${reader.label} ${name}`).toBe(all)
      // The sidebar's history of every document of ours the reader may open.
      const user = await t.payload.findByID({ collection: 'users', id: reader.id, depth: 0 })
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, t.payload)
      for (const person of [...people, deleted]) {
        const doc = await t.payload.find({
          collection: DOCS,
          where: { id: { equals: person.docId } },
          draft: true,
          user: req.user!,
          overrideAccess: false,
          depth: 0,
        })
        if (!doc.docs[0]) continue
        const element = await WorkflowPanel({
          collectionSlug: DOCS,
          id: person.docId,
          data: doc.docs[0] as unknown as Record<string, unknown>,
          req,
          // Keys as text, but the date locale must be one Intl knows (the panel formats dates with it).
          i18n: { language: 'th', t: (key: string) => (key === 'plugin-workflow:dateLocale' ? 'th-TH-u-ca-buddhist' : key) },
        })
        const text = JSON.stringify(element)
        const hidden = hiddenFrom(reader)
        for (const actor of hidden)
          for (const secret of [actor.name, actor.email])
            if (text.includes(secret)) problems.push(`${reader.label} sidebar of ${person.label}: shows ${secret}`)
        if (hidden.some((a) => a.id === person.id)) {
          armed++
          if (!text.includes('plugin-workflow:audit.hiddenUser'))
            problems.push(`${reader.label} sidebar of ${person.label}: no "another staff member"`)
        }
      }
    }
    expect(problems).toEqual([])
  })
})
