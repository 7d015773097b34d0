/**
 * The gate's refusal, on a minimal config that knows nothing of OIT (two collections, one
 * gated), with a `formatMessage` that gives English only: the answer still carries the
 * refusal entry (code, missing rule ids, on the checklist's path) that the admin's red
 * banner follows, so a change of wording cannot silence the banner. Then the app's own
 * config: the same entry, in its Thai / English words.
 */
import type { Payload, SanitizedConfig } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishGatePlugin, REFUSAL_CODE, refusalIn } from '@prongsai/publish-gate'
import { RestClient } from '../helpers/rest'

let dir: string
let payload: Payload
let config: SanitizedConfig
let rest: RestClient

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'prongsai-gate-refusal-'))
  config = await buildConfig({
    secret: randomBytes(16).toString('hex'),
    telemetry: false,
    typescript: { autoGenerate: false },
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'test.db')}` } }),
    collections: [
      { slug: 'users', auth: true, fields: [] },
      {
        slug: 'notes',
        access: { read: () => true, create: () => true, update: () => true },
        versions: { drafts: true },
        fields: [
          { name: 'title', type: 'text' },
          { name: 'body', type: 'text' },
        ],
      },
    ],
    plugins: [
      publishGatePlugin({
        // English only, and nothing like the default wording.
        formatMessage: (byLanguage) => `E: ${byLanguage.en}`,
        refreshOnInit: false,
        collections: {
          notes: [
            {
              id: 'notes',
              label: { en: 'Notes' },
              when: {},
              rules: [{ id: 'body', level: 'required', label: { en: 'Body' }, message: { en: 'Body is missing' }, check: { type: 'present', path: 'body' } }],
            },
          ],
        },
      }),
    ],
  })
  payload = await getPayload({ config })
  rest = new RestClient(config)
}, 120_000)

afterAll(async () => {
  await payload?.db.destroy?.()
  await fs.rm(dir, { recursive: true, force: true })
})

describe('a refused publish is known by its structure', () => {
  it('minimal config, English-only formatMessage: the refusal entry is in the answer', async () => {
    const refused = await rest.post('/notes', { title: 'x', _status: 'published' }, { token: null })
    expect(refused.status).toBe(400)
    const entry = refusalIn(refused.body)
    expect(entry, JSON.stringify(refused.body)).toMatchObject({ code: REFUSAL_CODE, ruleIds: ['body'], path: 'publishChecklist' })
    expect(entry!.message).toBe('E: NOT published: 1 required component(s) missing')
    const field = refused.body.errors[0].data.errors.find((e: { ruleId?: string }) => e.ruleId === 'body')
    expect(field).toMatchObject({ path: 'body', level: 'required', message: 'E: Body is missing' })
    expect((await payload.count({ collection: 'notes' as never, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('a draft saves, and another kind of error has no refusal entry', async () => {
    const draft = await rest.post('/notes', { title: 'x', _status: 'draft' }, { token: null })
    expect(draft.status).toBe(201)
    expect(draft.body.doc.readiness).toBe('incomplete')
    const bad = await rest.post('/notes', { title: { no: 'object' }, _status: 'draft' }, { token: null })
    expect(refusalIn(bad.body)).toBeUndefined()
  })
})
