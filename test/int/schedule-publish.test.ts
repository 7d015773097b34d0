/**
 * Scheduled publishing (issue 17, item 8): the admin's `schedule-publish` server function,
 * called as the admin calls it (the layout's replacement first, else Payload's own, as
 * `handleServerFunctions` picks), as every role on documents of the own and another
 * division: only who may publish the document schedules or cancels its publication, and a
 * refusal leaves the job queue as it was. Also the queue's own doors (`/api/payload-jobs/run`,
 * `/handle-schedules`, the Local API with a user): administrators only. And the dialog the
 * admin opens for it is the Buddhist-era one wherever scheduled publishing is on.
 */
import type { PayloadRequest } from 'payload'

import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import fs from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ERA_PUBLISH_BUTTON } from '@prongsai/buddhist-era'
import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { serverFunctions } from '../../src/app/(payload)/serverFunctions'
import { copyOfPublished } from '../helpers/documents'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

const PASSWORD = 'Schedule-pub-3kRz!2569'
const ROLES = ['editor', 'reviewer', 'publisher', 'admin'] as const
type Role = (typeof ROLES)[number]
type Division = 'other' | 'own'
const THAI = /[\u0E00-\u0E7F]/
const JOBS = 'payload-jobs'

let t: TestPayload
let rest: RestClient
const users = {} as Record<Role | 'scheduler', Record<string, unknown>>
const tokens = {} as Record<Role, string>
const law = { own: 0, other: 0 } as Record<Division, number>

/** The function the admin runs for `schedule-publish`, chosen as handleServerFunctions does. */
const schedulePublish = (serverFunctions as Record<string, unknown>)['schedule-publish'] ?? schedulePublishHandler

async function call(role: Role | 'scheduler', args: Record<string, unknown>) {
  const req = await createLocalReq({ user: { ...users[role], collection: 'users' } as never }, t.payload)
  const fn = schedulePublish as (a: Record<string, unknown>) => Promise<{ error?: string; message?: string }>
  return fn({ ...args, req, user: req.user, importMap: {}, cookies: new Map(), locale: undefined, permissions: {} })
}

const pending = async () =>
  (
    await t.payload.db.find({
      collection: JOBS,
      limit: 0,
      pagination: false,
      sort: 'id',
      where: { completedAt: { exists: false } },
    })
  ).docs as Record<string, unknown>[]

const tomorrow = () => new Date(Date.now() + 86_400_000)

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  const division = async (code: string) =>
    (await t.payload.find({ collection: 'divisions', where: { code: { equals: code } }, limit: 1 })).docs[0]!.id
  const own = await division('finance')
  const other = await division('procurement')
  for (const role of ['editor', 'reviewer', 'publisher', 'scheduler'] as const) {
    const email = `${role}@schedule.example.go.th`
    users[role] = (await t.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email,
        password: PASSWORD,
        name: role,
        roles: [role === 'scheduler' ? 'publisher' : role],
        divisions: [own],
      } as never,
    })) as unknown as Record<string, unknown>
    if (role !== 'scheduler') tokens[role] = await rest.login(email, PASSWORD)
  }
  users.admin = (await t.payload.find({ collection: 'users', where: { email: { equals: DEFAULT_ADMIN.email } } }))
    .docs[0] as unknown as Record<string, unknown>
  tokens.admin = await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
  for (const where of ['own', 'other'] as const) {
    const data = await copyOfPublished(t.payload, 'laws', `ตั้งเวลา ${where}`)
    const doc = await t.payload.create({
      collection: 'laws',
      data: { ...data, _status: 'draft', division: where === 'own' ? own : other } as never,
      draft: true,
    })
    law[where] = doc.id as number
  }
}, 180_000)

afterAll(async () => {
  await t?.cleanup()
})

const mayPublish = (role: Role) => role === 'publisher' || role === 'admin'

describe('schedule-publish: only who may publish the document schedules or cancels it', () => {
  const cases = ROLES.flatMap((role) => (['own', 'other'] as Division[]).map((where) => ({ role, where })))

  it('the admin layout hands the replacement to handleServerFunctions', async () => {
    const layout = await fs.readFile(path.resolve('src/app/(payload)/layout.tsx'), 'utf8')
    expect(layout).toMatch(/handleServerFunctions\(\{[^}]*serverFunctions/s)
  })

  it.each(cases.map((c) => [`schedule · ${c.role} · ${c.where}`, c] as const))('%s', async (_, c) => {
    for (const type of ['publish', 'unpublish']) {
      const before = await pending()
      const result = await call(c.role, {
        type,
        date: tomorrow(),
        doc: { relationTo: 'laws', value: String(law[c.where]) },
      })
      const after = await pending()
      if (mayPublish(c.role)) {
        expect(result.error, JSON.stringify(result)).toBeUndefined()
        expect(after).toHaveLength(before.length + 1)
        const job = after.at(-1)!
        expect(job.taskSlug).toBe('schedulePublish')
        expect((job.input as { doc: { value: string } }).doc.value).toBe(String(law[c.where]))
      } else {
        expect(result.error, JSON.stringify(result)).toBeTruthy()
        const [th, en] = String(result.error).split(' / ')
        expect(th).toMatch(THAI)
        expect(en).toMatch(/schedule/i)
        expect(after).toEqual(before)
      }
    }
  })

  it.each(cases.map((c) => [`cancel another user’s schedule · ${c.role} · ${c.where}`, c] as const))(
    '%s',
    async (_, c) => {
      const scheduled = await call('scheduler', {
        type: 'publish',
        date: tomorrow(),
        doc: { relationTo: 'laws', value: String(law[c.where]) },
      })
      expect(scheduled.error).toBeUndefined()
      const job = (await pending()).at(-1)!
      const before = await pending()
      const result = await call(c.role, { deleteID: job.id })
      const after = await pending()
      if (mayPublish(c.role)) {
        expect(result.error, JSON.stringify(result)).toBeUndefined()
        // Gone, and nothing queued in its place.
        expect(after.map((j) => j.id)).toEqual(before.map((j) => j.id).filter((id) => id !== job.id))
      } else {
        expect(result.error, JSON.stringify(result)).toBeTruthy()
        expect(String(result.error)).toMatch(THAI)
        expect(after).toEqual(before)
      }
    },
  )

  it('an unknown schedule, or a document that does not exist, is a clear "not found"', async () => {
    const before = await pending()
    for (const args of [
      { deleteID: 999_999 },
      { type: 'publish', date: tomorrow(), doc: { relationTo: 'laws', value: '999999' } },
      { type: 'publish', date: tomorrow(), doc: { relationTo: 'divisions', value: '1' } },
    ]) {
      const result = await call('publisher', args)
      expect(String(result.error), JSON.stringify(args)).toMatch(THAI)
    }
    expect(await pending()).toEqual(before)
  })
})

describe('the job queue’s own doors: administrators only', () => {
  it.each(ROLES.map((role) => [role] as const))('%s: run and handle-schedules over REST', async (role) => {
    for (const route of ['/payload-jobs/run', '/payload-jobs/handle-schedules']) {
      const res = await rest.get(route, { token: tokens[role] })
      if (role === 'admin') expect(res.status, route).toBe(200)
      else {
        expect(res.status, `${route}: ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400)
        expect(res.status).toBeLessThan(500)
      }
    }
    expect((await rest.get('/payload-jobs/run', { token: null })).status).toBeGreaterThanOrEqual(400)
  })

  it.each(ROLES.map((role) => [role] as const))('%s: queue and cancel through the Local API with a user', async (role) => {
    const req = (await createLocalReq({ user: { ...users[role], collection: 'users' } as never }, t.payload)) as PayloadRequest
    const before = await pending()
    const queue = t.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'laws', value: String(law.other) } } as never,
      waitUntil: tomorrow(),
      overrideAccess: false,
      req,
    })
    if (role === 'admin') await expect(queue).resolves.toBeTruthy()
    else {
      await expect(queue).rejects.toThrow()
      expect(await pending()).toEqual(before)
    }
    const victim = await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'laws', value: String(law.own) } } as never,
      waitUntil: tomorrow(),
    })
    const cancel = t.payload.jobs.cancelByID({ id: victim.id as number, overrideAccess: false, req })
    if (role === 'admin') await expect(cancel).resolves.toBeUndefined()
    else {
      await expect(cancel).rejects.toThrow()
      expect((await pending()).some((j) => j.id === victim.id)).toBe(true)
    }
  })
})

describe('the schedule dialog the admin shows (issue 18, item 12)', () => {
  /** A publish button config entry's module path. */
  const pathOf = (component: unknown) =>
    typeof component === 'string' ? component : (component as { path?: string } | undefined)?.path

  it('is the Buddhist-era one for every collection and global with scheduled publishing', () => {
    const { config } = t.payload
    const workflowButton = pathOf((config.custom.workflow as { publishButton?: unknown }).publishButton)
    type Entity = { slug: string; versions: unknown; button: unknown }
    const schedules = ({ versions }: Entity) =>
      Boolean((versions as { drafts?: { schedulePublish?: unknown } } | undefined)?.drafts?.schedulePublish)
    const entities: Entity[] = [
      ...config.collections.map((c): Entity => ({ slug: c.slug, versions: c.versions, button: c.admin.components?.edit?.PublishButton })),
      ...config.globals.map((g): Entity => ({ slug: g.slug, versions: g.versions, button: g.admin.components?.elements?.PublishButton })),
    ].filter(schedules)
    expect(entities.length).toBeGreaterThan(0)
    for (const entity of entities) {
      const button = pathOf(entity.button)
      // Either the era button itself, or the workflow's gate, which renders its `publishButton`.
      const shown = button?.endsWith('#PublishIfAllowed') ? workflowButton : button
      expect({ slug: entity.slug, shown }).toEqual({ slug: entity.slug, shown: ERA_PUBLISH_BUTTON.path })
    }
    // PublishIfAllowed renders it by its path: the import map must have it.
    expect(Object.values(config.admin.dependencies ?? {}).map((d) => d.path)).toContain(ERA_PUBLISH_BUTTON.path)
  })
})
