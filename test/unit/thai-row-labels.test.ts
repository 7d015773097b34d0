/**
 * Every array and blocks field of every collection has Thai labels: Payload otherwise
 * builds them from the field's name, and the Thai admin reads "เพิ่ม Bidder", "Bidder 01".
 * Read from the sanitized config, so a field added later is checked for free.
 */
import type { SanitizedConfig } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { rowsFields } from '../helpers/config-walk'

const THAI = /[\u0E00-\u0E7F]/

function thai(label: unknown): string | undefined {
  if (label && typeof label === 'object' && 'th' in label) return String((label as { th: unknown }).th)
  return undefined
}

let config: SanitizedConfig

beforeAll(async () => {
  process.env.PAYLOAD_SECRET ??= 'unit-test-secret-for-labels'
  process.env.DATABASE_URI ??= 'file:/tmp/never-opened-by-this-test.db'
  config = await (await import('../../payload.config')).default
}, 120_000)

describe('Thai labels of rows', () => {
  it('finds the array fields it should walk (สขร.1 bidders among them)', () => {
    const paths = config.collections.flatMap((c) => rowsFields(c.fields).map((r) => `${c.slug}.${r.path}`))
    expect(paths.some((p) => p.endsWith('rows.bidders'))).toBe(true)
    expect(paths.length).toBeGreaterThan(10)
  })

  it('every array/blocks field has a Thai label and Thai singular/plural row labels', () => {
    const missing: string[] = []
    for (const collection of config.collections) {
      if (collection.slug.startsWith('payload-')) continue
      for (const { path, field } of rowsFields(collection.fields)) {
        const where = `${collection.slug}.${path}`
        // Fields the admin never shows (Payload's own sign-in sessions).
        if (field.admin?.hidden || field.admin?.disabled) continue
        if (!THAI.test(thai(field.label) ?? '')) missing.push(`${where}: label`)
        if (!THAI.test(thai(field.labels?.singular) ?? '')) missing.push(`${where}: labels.singular`)
        if (!THAI.test(thai(field.labels?.plural) ?? '')) missing.push(`${where}: labels.plural`)
        if (field.type === 'blocks') {
          for (const block of field.blocks) {
            if (typeof block === 'string') continue
            if (!THAI.test(thai(block.labels?.singular) ?? '')) missing.push(`${where}.${block.slug}: block labels`)
          }
        }
      }
    }
    expect(missing).toEqual([])
  })
})
