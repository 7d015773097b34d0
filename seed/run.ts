/**
 * `npm run seed` (and `npm run dev`, with SEED_IF_EMPTY=1: seed only a site with no
 * users yet), run with the tsx CLI.
 *
 * Why not `payload run`: on Node 20 here it exited 0 without running the script in 3 of
 * 14 tries under load. Why static imports: with the imports made by `await import()` in
 * the body, the tsx CLI hung with no output in 3 of 18 runs (and exited 13 without a
 * timer holding the event loop); resolved statically, 0 of 10 (load-env.ts comes first so
 * that .env is read before the config evaluates).
 */
import './load-env'

import config from '@payload-config'
import { getPayload } from 'payload'

import { parseEnv } from '../src/env'
import { seed } from './index'

const env = parseEnv()
if (env.isProduction && !env.seedAdminPassword) {
  // The demo password is printed and public: never make it a production login.
  console.error(
    '[prongsai] ตั้ง SEED_ADMIN_PASSWORD ก่อนเติมข้อมูลในระบบใช้งานจริง / set SEED_ADMIN_PASSWORD before seeding a production database',
  )
  process.exit(1)
}
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
      ? `  อีเมล / e-mail: ${result.admin.email}   รหัสผ่าน / password: ${env.seedAdminPassword ? '(SEED_ADMIN_PASSWORD)' : result.admin.password}\n`
      : `  บัญชี ${result.admin.email} มีอยู่แล้ว รหัสผ่านไม่ถูกเปลี่ยน / account exists, password unchanged\n`,
  )
}
process.exit(0)
