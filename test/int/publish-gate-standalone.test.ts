/**
 * The publish gate is generic (issue 19): it knows nothing of the app. Here it runs on a
 * minimal Payload config of its own, two collections, no OIT data, none of the app's
 * plugins, collections, access rules or settings, on a temporary SQLite database. A
 * publish that misses a required rule is refused with Payload's validation error and
 * nothing is stored; the same document is saved as a draft; once complete it publishes.
 * The plugin's files import nothing of the app either.
 */
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload, type Payload, ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishGatePlugin } from '@prongsai/publish-gate'
import type { RuleSet } from '@prongsai/publish-gate/types'

const RULES: RuleSet[] = [
  {
    id: 'article',
    label: { th: 'บทความ', en: 'Article' },
    when: {},
    rules: [
      {
        id: 'article.body',
        level: 'required',
        label: { th: 'เนื้อหา', en: 'Body' },
        message: { th: 'ต้องมีเนื้อหา', en: 'A body is required' },
        check: { type: 'present', path: 'body' },
      },
      {
        id: 'article.summary',
        level: 'recommended',
        label: { th: 'สรุป', en: 'Summary' },
        message: { th: 'ควรมีสรุป', en: 'A summary is recommended' },
        check: { type: 'present', path: 'summary' },
      },
    ],
  } as RuleSet,
]

let payload: Payload
let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), `publish-gate-standalone-${randomBytes(4).toString('hex')}-`))
  const config = buildConfig({
    secret: randomBytes(16).toString('hex'),
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'gate.db')}` }, push: true }),
    collections: [
      {
        slug: 'articles',
        versions: { drafts: true },
        fields: [
          { name: 'title', type: 'text', required: true },
          { name: 'body', type: 'textarea' },
          { name: 'summary', type: 'text' },
        ],
      },
      // Not gated: publishes whatever it holds.
      { slug: 'notes', versions: { drafts: true }, fields: [{ name: 'text', type: 'text' }] },
    ],
    plugins: [publishGatePlugin({ collections: { articles: RULES }, dashboardPanel: false })],
    telemetry: false,
    typescript: { autoGenerate: false },
  })
  payload = await getPayload({ config: await config })
})

afterAll(async () => {
  await payload?.db.destroy?.()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

describe('publish gate on a two-collection config with no OIT', () => {
  it('refuses to publish an article without its required body, and stores nothing', async () => {
    const before = await payload.count({ collection: 'articles' as never })
    const error = await payload
      .create({ collection: 'articles' as never, data: { title: 'ยังไม่ครบ', _status: 'published' } as never })
      .then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).status).toBe(400)
    expect(JSON.stringify((error as ValidationError).data)).toContain('A body is required')
    expect((await payload.count({ collection: 'articles' as never })).totalDocs).toBe(before.totalDocs)
  })

  it('saves the same article as a draft, marked incomplete', async () => {
    const draft = (await payload.create({
      collection: 'articles' as never,
      data: { title: 'ร่าง', _status: 'draft' } as never,
      draft: true,
    })) as unknown as Record<string, unknown>
    expect(draft._status).toBe('draft')
    expect(draft.readiness).toBe('incomplete')
  })

  it('publishes a complete article (a recommended rule only warns) and marks it ready', async () => {
    const doc = (await payload.create({
      collection: 'articles' as never,
      data: { title: 'ครบ', body: 'เนื้อหา', _status: 'published' } as never,
    })) as unknown as Record<string, unknown>
    expect(doc._status).toBe('published')
    expect(doc.readiness).toBe('ready')
    const completeness = doc.completeness as { missing: unknown[]; warnings: { ruleId: string }[] }
    expect(completeness.missing).toEqual([])
    expect(completeness.warnings.map((w) => w.ruleId)).toEqual(['article.summary'])
  })

  it('leaves a collection without rules alone', async () => {
    const note = (await payload.create({
      collection: 'notes' as never,
      data: { _status: 'published' } as never,
    })) as unknown as Record<string, unknown>
    expect(note._status).toBe('published')
    expect(note).not.toHaveProperty('readiness')
  })
})

describe('publish gate imports', () => {
  it('imports only payload, @payloadcms/*, react, zod, node built-ins and its own files', async () => {
    const root = path.resolve(__dirname, '../../plugins/publish-gate')
    const files = (await fs.readdir(root, { recursive: true })).filter((f) => /\.tsx?$/.test(f))
    const outside: string[] = []
    for (const file of files) {
      const source = await fs.readFile(path.join(root, file), 'utf8')
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
        if (spec!.startsWith('.')) {
          if (!path.resolve(root, path.dirname(file), spec!).startsWith(root)) outside.push(`${file}: ${spec}`)
        } else if (!/^(payload|payload\/.+|@payloadcms\/.+|react|zod|node:.+)$/.test(spec!)) {
          outside.push(`${file}: ${spec}`)
        }
      }
    }
    expect(outside).toEqual([])
  })
})
