/**
 * Builds one template of the integration tests (test/helpers/templates.ts) in a process of
 * its own, run with tsx by test/int/global-setup.ts: `tsx test/helpers/build-template.ts
 * schema|seeded`, with DATA_DIR, MEDIA_DIR, DATABASE_URI and PAYLOAD_SECRET set by the
 * parent. Boots Payload as a test file does (the schema is pushed), seeds for `seeded`, then
 * closes the database so that it can be copied: an SQLite file with its write-ahead log
 * checkpointed into it, a PostgreSQL database nobody is connected to.
 *
 * Static imports: see seed/run.ts for why (tsx).
 */
import config from '@payload-config'
import fs from 'node:fs'
import { getPayload } from 'payload'

import { seed } from '../../seed'
import { closeDatabase } from './templates'

const name = process.argv[2]
if (name !== 'schema' && name !== 'seeded') {
  console.error('usage: tsx test/helpers/build-template.ts schema|seeded')
  process.exit(2)
}

const payload = await getPayload({ config })
if (name === 'seeded') {
  await seed(payload)
  // The seed's saves told other instances to expire the site: a test file's Payload is another
  // instance and would hear them as news. They are kept only a few minutes anyway.
  await payload.delete({ collection: 'instance-signals', where: { id: { exists: true } }, overrideAccess: true })
}

const uri = process.env.DATABASE_URI!
if (uri.startsWith('file:')) {
  // SQLite: everything into the database file, an empty log beside it.
  const { client } = payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown>; close: () => void } }
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  client.close()
  const file = uri.slice('file:'.length)
  const log = `${file}-wal`
  if (fs.existsSync(log) && fs.statSync(log).size > 0) throw new Error(`${log} still holds writes after the checkpoint`)
}
await closeDatabase(payload)
process.exit(0)
