import type { Payload } from 'payload'

import { inOrganisation } from './currentOrganisation'
import { ORGANISATION_FIELD, TENANTS_SLUG } from './slugs'

export interface NewOrganisation {
  name: string
  slug: string
  /** The profile's `type`: pao, city-/town-/subdistrict-municipality, sao. */
  kind: string
  province?: string
  /** Hosts its public site answers on (`www.example.go.th`). */
  domains?: string[]
  /** Its first administrator (a new account), if given. */
  admin?: { email: string; password: string; name?: string }
}

export interface DivisionTemplate {
  code: string
  nameTh: string
  shortName?: string
  nameEn?: string
}

/**
 * A new organisation ready to work in: the organisation with its domains, the usual
 * divisions of its kind, an empty draft profile, and its first administrator. All or
 * nothing: in one transaction (a second organisation with the same slug or domain is
 * refused, and nothing of it is left).
 */
export async function createOrganisation(
  payload: Payload,
  given: NewOrganisation,
  templates: Record<string, DivisionTemplate[]>,
): Promise<{ id: number | string; divisions: number; admin?: string }> {
  const divisions = templates[given.kind]
  if (!divisions) {
    throw new Error(
      `ไม่รู้จักประเภท "${given.kind}" ใช้: ${Object.keys(templates).join(', ')} / unknown kind "${given.kind}"; one of: ${Object.keys(templates).join(', ')}`,
    )
  }
  // The first account of a deployment becomes its platform administrator: never an organisation's.
  if (given.admin && (await payload.count({ collection: 'users', overrideAccess: true })).totalDocs === 0) {
    throw new Error(
      'ยังไม่มีผู้ดูแลแพลตฟอร์ม สร้างบัญชีแรกที่หน้า /admin ก่อน / The deployment has no platform administrator yet: create the first account at /admin first',
    )
  }
  const transactionID = await payload.db.beginTransaction()
  const req = { transactionID } as never
  try {
    const organisation = await payload.create({
      collection: TENANTS_SLUG,
      data: {
        name: given.name,
        slug: given.slug,
        kind: given.kind as never,
        province: given.province,
        domains: (given.domains ?? []).map((host) => ({ host })),
      },
      overrideAccess: true,
      req,
    })
    const made = await inOrganisation(organisation.id, async () => {
      for (const [index, division] of divisions.entries()) {
        await payload.create({ collection: 'divisions', data: { ...division, order: index + 1 } as never, overrideAccess: true, req })
      }
      await payload.create({
        collection: 'organisations',
        data: { nameTh: given.name, type: given.kind, province: given.province, _status: 'draft' } as never,
        draft: true,
        overrideAccess: true,
        req,
      })
      if (!given.admin) return undefined
      const secretariat = await payload.find({
        collection: 'divisions',
        where: { and: [{ [ORGANISATION_FIELD]: { equals: organisation.id } }, { code: { equals: divisions[0]!.code } }] },
        limit: 1,
        overrideAccess: true,
        req,
      })
      await payload.create({
        collection: 'users',
        data: {
          email: given.admin.email,
          password: given.admin.password,
          name: given.admin.name ?? `ผู้ดูแลระบบ ${given.name}`,
          roles: ['admin', 'publisher'],
          divisions: secretariat.docs.map((d) => d.id),
          tenants: [{ tenant: organisation.id }],
        } as never,
        overrideAccess: true,
        req,
      })
      return given.admin.email
    })
    if (transactionID) await payload.db.commitTransaction(transactionID)
    return { id: organisation.id, divisions: divisions.length, admin: made }
  } catch (error) {
    if (!transactionID) {
      // No transactions (a MongoDB without a replica set): what was created before the error stays.
      ;(error as Error).message += ' (ฐานข้อมูลนี้ไม่มีทรานแซกชัน บางส่วนอาจถูกบันทึกแล้ว / no transactions here: part of it may have been saved)'
      throw error
    }
    await payload.db.rollbackTransaction(transactionID)
    ;(error as Error).message += ' (ไม่มีอะไรถูกบันทึก / nothing was saved)'
    throw error
  }
}
