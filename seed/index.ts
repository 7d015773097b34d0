/**
 * Idempotent seed: running it again changes nothing. Records are matched by a natural
 * key (division code, organisation name, admin e-mail, document title) and only
 * created when absent, so edits made in the admin are never overwritten.
 */
import type { Payload } from 'payload'

import { DIVISIONS } from './data/divisions'
import { DEMO_DOCUMENTS, DEMO_MEDIA, DEMO_ORGANISATION_PROFILE } from './data/oit-demo'
import { DEFAULT_ADMIN, DEMO_ORGANISATION, DEMO_STAFF } from './data/organisation'
import { seedOitDemo } from './oit'

export interface SeedOptions {
  adminEmail?: string
  adminPassword?: string
  /** Also load the demo อบจ.'s OIT content for FY 2566. @default true */
  withDemoContent?: boolean
  log?: (line: string) => void
}

export interface SeedResult {
  created: Record<string, number>
  admin: { email: string; password: string; created: boolean }
}

export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
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

async function createUnlessExists(
  payload: Payload,
  collection: 'divisions' | 'organisations' | 'users',
  key: string,
  value: string,
  data: Record<string, unknown>,
): Promise<boolean> {
  const existing = await payload.count({
    collection,
    where: { [key]: { equals: value } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return false
  // The seed runs as the system, not as a visitor: access control does not apply.
  await payload.create({ collection, data: data as never, overrideAccess: true })
  return true
}
