/**
 * `npm run backup [-- --out DIR]`: a dated archive of the embedded database and the
 * uploaded files, safe while the app runs. Default folder: ./backups.
 */
import { loadEnv } from 'payload/node'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { parseEnv } from '@/env'
import { backup, BackupError, describeBackup } from './archive'

loadEnv()
const { values } = parseArgs({ options: { out: { type: 'string', default: 'backups' } } })
try {
  const { archive, manifest } = await backup(parseEnv(), path.resolve(values.out!))
  console.log(`[prongsai] ${archive}\n  ${describeBackup(manifest)}`)
  process.exit(0)
} catch (error) {
  console.error(`[prongsai] ${error instanceof BackupError ? error.message : String(error)}`)
  process.exit(1)
}
