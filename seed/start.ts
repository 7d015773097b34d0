/**
 * What `npm run dev` / `npm run seed` do before Next.js starts (seed/run.ts calls it): seed
 * an empty database (with the demo อบจ. unless SEED_DEMO=0) and say, in Thai and English,
 * where the admin is and with which accounts to sign in.
 */
import type { Payload } from 'payload'

import type { AppEnv } from '@/env'
import { DEMO_STAFF } from './data/organisation'
import { seed } from './index'

/** The variables read here besides src/env.ts: SEED_IF_EMPTY (set by `npm run dev`) and SEED_DEMO. */
export interface StartSwitches {
  SEED_IF_EMPTY?: string
  /** `0`, `false` or `no`: the admin, the divisions and a blank organisation only, no demo content or staff. */
  SEED_DEMO?: string
}

/** Whether the demo content and staff are loaded (SEED_DEMO unset or anything but 0/false/no). */
export function wantsDemo(switches: StartSwitches): boolean {
  return !/^(0|false|no)$/i.test(switches.SEED_DEMO?.trim() ?? '')
}

const ROLE_NAMES: Record<string, string> = {
  editor: 'ผู้จัดทำ / editor',
  reviewer: 'ผู้ตรวจทาน / reviewer',
  publisher: 'ผู้เผยแพร่ / publisher',
}

/** Seeds when asked, and returns the lines to print. */
export async function seedForStart(
  payload: Payload,
  env: Pick<AppEnv, 'port' | 'seedAdminEmail' | 'seedAdminPassword' | 'serverUrl'>,
  switches: StartSwitches,
): Promise<string[]> {
  const url = `${env.serverUrl ?? `http://localhost:${env.port}`}/admin`
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (switches.SEED_IF_EMPTY && users > 0) {
    return ['', `โปร่งใส Prongsai: ${url}  (มีข้อมูลอยู่แล้ว ไม่เติมข้อมูลสาธิต / database already has data, not seeding)`, '']
  }
  const demo = wantsDemo(switches)
  const started = performance.now()
  const lines: string[] = []
  const result = await seed(payload, {
    adminEmail: env.seedAdminEmail,
    adminPassword: env.seedAdminPassword,
    withDemoContent: demo,
    // The demo shows two organisations side by side (the อบจ. on localhost, a เทศบาล on sabaidee.localhost).
    withSecondOrganisation: demo,
    log: (line) => lines.push(line),
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const password = env.seedAdminPassword ? '(SEED_ADMIN_PASSWORD)' : result.admin.password
  lines.push(
    '',
    demo
      ? `โปร่งใส Prongsai — ข้อมูลสาธิตพร้อมแล้ว / demo data ready (${seconds} s)`
      : `โปร่งใส Prongsai — ระบบว่าง ไม่มีข้อมูลสาธิต (SEED_DEMO=0) / empty site, no demo data (${seconds} s)`,
    `  ผู้ดูแลระบบ / admin: ${url}`,
    result.admin.created
      ? `  อีเมล / e-mail: ${result.admin.email}   รหัสผ่าน / password: ${password}`
      : `  บัญชี ${result.admin.email} มีอยู่แล้ว รหัสผ่านไม่ถูกเปลี่ยน / account exists, password unchanged`,
  )
  if (demo) {
    lines.push(`  เจ้าหน้าที่สาธิต (รหัสผ่านเดียวกัน) / demo staff (same password):`)
    for (const staff of DEMO_STAFF) {
      lines.push(`    ${staff.email.padEnd(26)} ${ROLE_NAMES[staff.roles[0]] ?? staff.roles[0]} · ${staff.name}`)
    }
    lines.push('  ระบบจริง: เริ่มโดยไม่มีข้อมูลสาธิตด้วย npm run dev:empty / a real site: start empty with npm run dev:empty')
  }
  lines.push('')
  return lines
}
