/**
 * `npm run restore -- <archive> [--force]`: brings back an archive made by `npm run backup`.
 * Stop the app first. A database that has data is only replaced with --force, and is then
 * moved aside to DATA_DIR/before-restore-…, never deleted. Every file of the archive is
 * checked against its manifest first: an archive with a file missing or damaged is refused.
 */
import { loadEnv } from 'payload/node'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { parseEnv } from '@/env'
import { BackupError, describeBackup, restore } from './archive'

loadEnv()
const { values, positionals } = parseArgs({
  options: { force: { type: 'boolean', default: false } },
  allowPositionals: true,
})
if (positionals.length !== 1) {
  console.error('[prongsai] ใช้ / usage: npm run restore -- <archive.tar.gz> [--force]')
  process.exit(2)
}
try {
  const result = await restore(parseEnv(), path.resolve(positionals[0]!), { force: values.force })
  console.log(`[prongsai] กู้คืนแล้ว / restored: ${describeBackup(result.manifest)}`)
  if (result.verified === 'count') {
    console.log(
      '  ไฟล์สำรองรุ่นเก่า: ตรวจได้เพียงจำนวนไฟล์และจำนวนแถว ไม่ใช่เนื้อไฟล์ / an archive from before file hashes: only the number of files and rows could be checked, not their contents',
    )
  }
  if (result.movedAside) console.log(`  ข้อมูลเดิมย้ายไปที่ / previous data moved to: ${result.movedAside}`)
  process.exit(0)
} catch (error) {
  console.error(`[prongsai] ${error instanceof BackupError ? error.message : String(error)}`)
  process.exit(1)
}
