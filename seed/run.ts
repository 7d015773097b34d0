/**
 * `npm run seed` (and `npm run dev`, with SEED_IF_EMPTY=1: seed only a site with no
 * users yet). Run through `payload run`, which loads the config and the .env file.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { parseEnv } from '../src/env'
import { seed } from './index'

const env = parseEnv()
const payload = await getPayload({ config })
const url = `${env.serverUrl ?? `http://localhost:${env.port}`}/admin`

const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
if (process.env.SEED_IF_EMPTY && users > 0) {
  console.log(`\nโปร่งใส Prongsai: ${url}  (มีข้อมูลอยู่แล้ว ไม่เติมข้อมูลสาธิต / database already has data, not seeding)\n`)
} else {
  const started = performance.now()
  const result = await seed(payload, {
    adminEmail: env.seedAdminEmail,
    adminPassword: env.seedAdminPassword,
    log: (line) => console.log(line),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`\nโปร่งใส Prongsai — ข้อมูลสาธิตพร้อมแล้ว / demo data ready (${seconds} s)`)
  console.log(`  ผู้ดูแลระบบ / admin: ${url}`)
  console.log(
    result.admin.created
      ? `  อีเมล / e-mail: ${result.admin.email}   รหัสผ่าน / password: ${result.admin.password}\n`
      : `  บัญชี ${result.admin.email} มีอยู่แล้ว รหัสผ่านไม่ถูกเปลี่ยน / account exists, password unchanged\n`,
  )
}
process.exit(0)
