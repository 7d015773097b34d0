/**
 * `npm run seed` (and `npm run dev`, with SEED_IF_EMPTY=1: seed only a site with no
 * users yet; `npm run dev:empty` / SEED_DEMO=0: no demo content), run with the tsx CLI.
 * What it does and prints: seed/start.ts.
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

import { parseEnv } from '@/env'
import { seedForStart } from './start'

const env = parseEnv()
if (env.isProduction && !env.seedAdminPassword) {
  // The demo password is printed and public: never make it a production login.
  console.error(
    '[prongsai] ตั้ง SEED_ADMIN_PASSWORD ก่อนเติมข้อมูลในระบบใช้งานจริง / set SEED_ADMIN_PASSWORD before seeding a production database',
  )
  process.exit(1)
}
const payload = await getPayload({ config })
const { SEED_IF_EMPTY, SEED_DEMO } = process.env
for (const line of await seedForStart(payload, env, { SEED_IF_EMPTY, SEED_DEMO })) console.log(line)
process.exit(0)
