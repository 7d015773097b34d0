/**
 * Idempotent seed: running it again changes nothing. Records are matched by a natural
 * key (organisation slug, division code, profile name, admin e-mail, document title; each
 * within its organisation) and only created when absent, so edits made in the admin are
 * never overwritten. The demo has two organisations: the อบจ. with its content (the
 * deployment's first organisation) and a เทศบาล beside it (seed/secondOrganisation.ts).
 */
import type { Payload } from 'payload'

import { DIVISIONS } from './data/divisions'
import { DEMO_DOCUMENTS, DEMO_MEDIA, DEMO_ORGANISATION_PROFILE } from './data/oit-demo'
import { DEFAULT_ADMIN, DEMO_ORGANISATION, DEMO_STAFF } from './data/organisation'
import { seedOitDemo } from './oit'
import { ofThisOrganisation } from './scope'
import { seedSecondOrganisation } from './secondOrganisation'
import { refreshSummaries } from '@prongsai/oit/utilities'
import { inOrganisation } from '../src/tenancy/currentOrganisation'
import { ensureOneOrganisation, FIRST_ORGANISATION_SLUG } from '../src/tenancy/ensureOneOrganisation'
import { TENANTS_SLUG } from '../src/tenancy/slugs'

export interface SeedOptions {
  adminEmail?: string
  adminPassword?: string
  /** Also load the demo อบจ.'s OIT content for FY 2566. @default true */
  withDemoContent?: boolean
  /**
   * Also create the demo's second organisation (a เทศบาล beside the อบจ.; with the demo
   * content only). The demo started by `npm run dev` / `npm start` has it; tests that want
   * two organisations ask for it. @default false
   */
  withSecondOrganisation?: boolean
  log?: (line: string) => void
}

export interface SeedResult {
  created: Record<string, number>
  admin: { email: string; password: string; created: boolean }
}

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const first = await firstOrganisation(payload)
  return inOrganisation(first, () => seedFirst(payload, options))
}

/** The deployment's first organisation, named after the demo อบจ. while it has its starting name. */
async function firstOrganisation(payload: Payload): Promise<number | string> {
  await ensureOneOrganisation(payload)
  const { docs } = await payload.find({
    collection: TENANTS_SLUG,
    where: { slug: { equals: FIRST_ORGANISATION_SLUG } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const found = docs[0] ?? (await payload.find({ collection: TENANTS_SLUG, sort: 'createdAt', limit: 1, overrideAccess: true })).docs[0]!
  if (found.name === 'องค์กรของฉัน') {
    await payload.update({
      collection: TENANTS_SLUG,
      id: found.id,
      data: {
        name: DEMO_ORGANISATION.nameTh,
        kind: DEMO_ORGANISATION.type,
        province: DEMO_ORGANISATION.province,
        // The demo's own computer: http://localhost:3000 and http://127.0.0.1:3000 show this site.
        domains: found.domains?.length ? found.domains : [{ host: 'localhost' }, { host: '127.0.0.1' }],
      },
      overrideAccess: true,
    })
  }
  return found.id
}

async function seedFirst(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {})
  const created: Record<string, number> = { divisions: 0, organisations: 0, users: 0 }

  for (const [index, division] of DIVISIONS.entries()) {
    const made = await createUnlessExists(payload, 'divisions', 'code', division.code, {
      ...division,
      order: index + 1,
    })
    if (made) created.divisions!++
  }

  if (
    // A draft until its profile is filled: the publish gate would refuse an empty profile.
    await createUnlessExists(payload, 'organisations', 'nameTh', DEMO_ORGANISATION.nameTh, {
      ...DEMO_ORGANISATION,
      _status: 'draft',
    })
  ) {
    created.organisations!++
  }

  const email = (options.adminEmail ?? DEFAULT_ADMIN.email).toLowerCase()
  const password = options.adminPassword ?? DEFAULT_ADMIN.password
  const adminCreated = await createUnlessExists(payload, 'users', 'email', email, {
    email,
    password,
    name: DEFAULT_ADMIN.name,
    roles: ['admin'],
  })
  if (adminCreated) created.users!++

  if (options.withDemoContent ?? true) {
    const { docs: allDivisions } = await payload.find({
      collection: 'divisions',
      where: ofThisOrganisation(),
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
    for (const staff of DEMO_STAFF) {
      const divisions = staff.divisions.map((code) => allDivisions.find((d) => d.code === code)!.id)
      if (
        await createUnlessExists(payload, 'users', 'email', staff.email, {
          ...staff,
          roles: [...staff.roles],
          divisions,
          password,
        })
      ) {
        created.users!++
      }
    }
    const demo = await seedOitDemo(
      payload,
      { media: DEMO_MEDIA, organisationProfile: DEMO_ORGANISATION_PROFILE, documents: DEMO_DOCUMENTS },
      DEMO_ORGANISATION.nameTh,
    )
    for (const [collection, count] of Object.entries(demo)) {
      created[collection] = (created[collection] ?? 0) + count
    }
    if (options.withSecondOrganisation) {
      for (const [collection, count] of Object.entries(await seedSecondOrganisation(payload, password))) {
        created[collection] = (created[collection] ?? 0) + count
      }
      // The view across organisations shows both at once, not a minute later.
      await refreshSummaries(payload)
    }
  }

  const total = Object.values(created).reduce((a, b) => a + b, 0)
  log(
    `seed: สร้างใหม่ / created ${total}${
      total
        ? ` (${Object.entries(created)
            .filter(([, v]) => v > 0)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')})`
        : ''
    }`,
  )
  return { created, admin: { email, password, created: adminCreated } }
}

export async function createUnlessExists(
  payload: Payload,
  collection: 'divisions' | 'organisations' | 'users',
  key: string,
  value: string,
  data: Record<string, unknown>,
): Promise<boolean> {
  const existing = await payload.count({
    collection,
    // An account is one across the deployment (its e-mail); the rest, one per organisation.
    where: collection === 'users' ? { [key]: { equals: value } } : ofThisOrganisation({ [key]: { equals: value } }),
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return false
  // The seed runs as the system, not as a visitor: access control does not apply.
  await payload.create({ collection, data: data as never, overrideAccess: true })
  return true
}
