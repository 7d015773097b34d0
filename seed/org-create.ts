/**
 * `npm run org:create -- --name "องค์การบริหารส่วนตำบลตัวอย่าง" --slug sao-example --kind sao
 *   [--province "จังหวัด"] [--domain www.example.go.th ...] [--admin admin@example.go.th]`
 * A new organisation on this deployment, from the template of its kind
 * (seed/data/divisionTemplates.ts; src/tenancy/createOrganisation.ts). With --admin, its
 * first administrator gets a generated password, printed once.
 */
import './load-env'

import config from '@payload-config'
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'

import { createOrganisation } from '@/tenancy/createOrganisation'
import { DIVISION_TEMPLATES } from './data/divisionTemplates'

const USAGE =
  'ใช้ / usage: npm run org:create -- --name <ชื่อ> --slug <a-z0-9-> --kind <pao|city-municipality|town-municipality|subdistrict-municipality|sao> [--province <จังหวัด>] [--domain <host> ...] [--admin <e-mail>]'

let values
try {
  ;({ values } = parseArgs({
    options: {
      name: { type: 'string' },
      slug: { type: 'string' },
      kind: { type: 'string' },
      province: { type: 'string' },
      domain: { type: 'string', multiple: true },
      admin: { type: 'string' },
    },
  }))
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`)
  process.exit(2)
}
if (!values.name || !values.slug || !values.kind) {
  console.error(USAGE)
  process.exit(2)
}
const payload = await getPayload({ config })
const password = randomBytes(12).toString('base64url')
try {
  const made = await createOrganisation(
    payload,
    {
      name: values.name,
      slug: values.slug,
      kind: values.kind,
      province: values.province,
      domains: values.domain,
      admin: values.admin ? { email: values.admin, password } : undefined,
    },
    DIVISION_TEMPLATES,
  )
  console.log(`สร้างองค์กร "${values.name}" แล้ว (id ${made.id}, ส่วนราชการ ${made.divisions}) / organisation created`)
  if (made.admin) console.log(`ผู้ดูแลระบบ / admin: ${made.admin}  รหัสผ่าน / password: ${password}  (เปลี่ยนเมื่อเข้าระบบครั้งแรก / change it at first sign-in)`)
  process.exit(0)
} catch (error) {
  console.error(`สร้างองค์กรไม่สำเร็จ / the organisation was not created:\n${(error as Error).message}`)
  process.exit(1)
}
