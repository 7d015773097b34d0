/**
 * Drafts always save, blank rows included (issue 18 item 9): for every collection with
 * drafts and lists (arrays), from the config, a published demo document saved as a draft
 * with one blank row added to each list (nested lists too) saves; publishing that draft
 * is refused (HTTP 400) and the published version stays as it was. On สขร.1 the refusal
 * names the blank purchase ("รายการที่ N: ขาด…", path `rows.<index>.work`) (item 10).
 */
import type { Field, SanitizedCollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_ADMIN } from '../../seed/data/organisation'
import { appCollections, hasRows } from '../helpers/config-walk'
import { strip } from '../helpers/documents'
import { bootPayload, type TestPayload } from '../helpers/payload'
import { RestClient } from '../helpers/rest'

let t: TestPayload
let rest: RestClient

/** Adds a blank row to every list of the data, nested lists inside existing rows too. */
function withBlankRows(data: Record<string, unknown>, fields: Field[]): Record<string, unknown> {
  const out = { ...data }
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          out[tab.name] = withBlankRows((out[tab.name] as Record<string, unknown>) ?? {}, tab.fields)
        } else Object.assign(out, withBlankRows(out, tab.fields))
      }
    } else if (field.type === 'array') {
      const rows = Array.isArray(out[field.name]) ? (out[field.name] as Record<string, unknown>[]) : []
      out[field.name] = [...rows.map((row) => withBlankRows(row, field.fields)), {}]
    } else if (field.type === 'group' && 'name' in field && field.name) {
      out[field.name] = withBlankRows((out[field.name] as Record<string, unknown>) ?? {}, field.fields)
    } else if ((field.type === 'row' || field.type === 'collapsible' || field.type === 'group') && 'fields' in field) {
      Object.assign(out, withBlankRows(out, field.fields))
    }
  }
  return out
}

const withDraftsAndRows = async () =>
  (await appCollections(t.payload)).filter((c: SanitizedCollectionConfig) => c.versions?.drafts && hasRows(c.fields))

async function publishedDoc(slug: string) {
  const { docs } = await t.payload.find({
    collection: slug as never,
    where: { _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as Record<string, unknown> | undefined
}

beforeAll(async () => {
  t = await bootPayload({ seeded: true })
  rest = new RestClient(t.config)
  await rest.login(DEFAULT_ADMIN.email, DEFAULT_ADMIN.password)
}, 300_000)

afterAll(async () => {
  await t?.cleanup()
})

describe('drafts save with blank rows; publishing them is refused', () => {
  it('the config has collections with drafts and lists', async () => {
    const slugs = (await withDraftsAndRows()).map((c) => c.slug)
    expect(slugs).toContain('procurement-monthly-summaries')
    expect(slugs.length).toBeGreaterThan(5)
  })

  it('every such collection: a draft with a blank row in each list saves, its publish is refused', async () => {
    const failures: string[] = []
    let checked = 0
    for (const collection of await withDraftsAndRows()) {
      const before = await publishedDoc(collection.slug)
      if (!before) continue
      checked++
      const data = withBlankRows(strip(before) as Record<string, unknown>, collection.fields)
      const draft = await rest.patch(`/${collection.slug}/${before.id}?draft=true`, { ...data, _status: 'draft' })
      if (draft.status !== 200) {
        failures.push(`${collection.slug}: draft refused ${draft.status} ${JSON.stringify(draft.body).slice(0, 300)}`)
        continue
      }
      const publish = await rest.patch(`/${collection.slug}/${before.id}`, { ...data, _status: 'published' })
      if (publish.status !== 400) failures.push(`${collection.slug}: publish with blank rows answered ${publish.status}`)
      // The published version is untouched by both saves.
      const after = await publishedDoc(collection.slug)
      if (JSON.stringify(strip({ ...after, updatedAt: 0 })) !== JSON.stringify(strip({ ...before, updatedAt: 0 }))) {
        const found = await t.payload.findByID({ collection: collection.slug as never, id: before.id as never, depth: 0, overrideAccess: true })
        if ((found as { _status?: string })._status !== 'published') failures.push(`${collection.slug}: no longer published`)
        else failures.push(`${collection.slug}: the published version changed`)
      }
    }
    expect(checked).toBeGreaterThan(5)
    expect(failures).toEqual([])
  }, 300_000)

  it('สขร.1: the refusal names the blank purchase and points at its empty field', async () => {
    const before = (await publishedDoc('procurement-monthly-summaries'))!
    const rows = (before.rows as unknown[]) ?? []
    expect(rows.length).toBeGreaterThan(0)
    const data = { ...(strip(before) as Record<string, unknown>), rows: [...(strip(rows) as unknown[]), {}] }
    const draft = await rest.patch(`/procurement-monthly-summaries/${before.id}?draft=true`, { ...data, _status: 'draft' })
    expect(draft.status).toBe(200)
    const refused = await rest.patch(`/procurement-monthly-summaries/${before.id}`, { ...data, _status: 'published' })
    expect(refused.status).toBe(400)
    const errors = refused.body.errors[0].data.errors as { path: string; message: string; row?: number }[]
    const blank = rows.length
    const named = errors.find((e) => e.path === `rows.${blank}.work`)
    expect(named, JSON.stringify(errors)).toBeDefined()
    expect(named!.message).toContain(`รายการที่ ${blank + 1}: ขาดงานที่ซื้อหรือจ้าง`)
    expect(named!.message).toContain(`Item ${blank + 1}: missing Goods or work`)
    expect(named!.row).toBe(blank)
    const after = (await publishedDoc('procurement-monthly-summaries'))!
    expect((after.rows as unknown[]).length).toBe(rows.length)
  }, 120_000)
})
