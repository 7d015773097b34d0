/**
 * `npm run seed` (and `npm run dev`, with SEED_IF_EMPTY=1: seed only a site with no
 * users yet). Run with the tsx CLI rather than `payload run`: on Node 20 under load,
 * `payload run` silently exited 0 without running the script in 3 of 14 tries here,
 * while the tsx CLI (same tsx, hooks registered before the entry) did not fail once.
 */
// Node 20 exits with code 13 ("unsettled top-level await") when nothing but a pending
// import keeps the process alive while tsx's loader thread is busy (3 of 8 runs here
// under load). A timer holds the event loop open until we exit explicitly below.
const keepAlive = setInterval(() => {}, 60_000)

const { loadEnv } = await import('payload/node')
// Same .env handling as Payload's own CLI; before the config is imported.
loadEnv()
process.env.DISABLE_PAYLOAD_HMR = 'true'

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { parseEnv } = await import('../src/env')
const { seed } = await import('./index')

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
clearInterval(keepAlive)
process.exit(0)

export {}
