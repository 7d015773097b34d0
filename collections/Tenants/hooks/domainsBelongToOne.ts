import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { hostOf } from '@/tenancy/hostOf'
import { TENANTS_SLUG } from '@/tenancy/slugs'

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

type DomainRow = { host?: null | string }

/**
 * A site's domains are stored as bare host names, each answering for one organisation only:
 * a host another organisation already has, or one given twice, is refused with its reason.
 */
export const domainsBelongToOne: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data || !Array.isArray(data.domains)) return data
  const rows = (data.domains as DomainRow[]).map((row) => ({ ...row, host: hostOf(row?.host) }))
  const errors: { message: string; path: string }[] = []
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    const path = `domains.${index}.host`
    if (!row.host || !HOST.test(row.host)) {
      errors.push({ path, message: 'ชื่อโดเมนไม่ถูกต้อง เช่น www.example.go.th / Not a host name, e.g. www.example.go.th' })
    } else if (seen.has(row.host)) {
      errors.push({ path, message: `ใส่ ${row.host} ซ้ำ / ${row.host} is listed twice` })
    }
    seen.add(row.host)
  })
  const hosts = [...seen].filter((host) => HOST.test(host))
  if (hosts.length > 0) {
    const { docs } = await req.payload.find({
      collection: TENANTS_SLUG,
      where: {
        'domains.host': { in: hosts },
        ...(originalDoc?.id !== undefined ? { id: { not_equals: originalDoc.id } } : {}),
      },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const taken = new Set(docs.flatMap((doc) => ((doc as { domains?: DomainRow[] }).domains ?? []).map((row) => row.host)))
    rows.forEach((row, index) => {
      if (row.host && taken.has(row.host)) {
        errors.push({
          path: `domains.${index}.host`,
          message: `${row.host} เป็นโดเมนขององค์กรอื่นแล้ว / ${row.host} already belongs to another organisation`,
        })
      }
    })
  }
  if (errors.length > 0) throw new ValidationError({ collection: TENANTS_SLUG, errors }, req.t)
  return { ...data, domains: rows }
}
