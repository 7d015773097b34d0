import type { PayloadRequest } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'
import type { Framework } from '../framework/schema'

/** The framework the `:year` of a request names, or the 400/404 response to give instead. */
export function resolveYear(req: PayloadRequest, frameworks: readonly Framework[]): Framework | Response {
  const raw = String(req.routeParams?.year ?? '')
  if (!/^\d{4}$/.test(raw)) {
    return Response.json(
      { errors: [{ message: bilingual(`ปีไม่ถูกต้อง: ${raw}`, `Invalid year: ${raw} (use a BE year such as 2566)`) }] },
      { status: 400 },
    )
  }
  const framework = frameworks.find((f) => f.year === Number(raw))
  if (framework) return framework
  const known = frameworks.map((f) => f.year).join(', ')
  return Response.json(
    {
      errors: [
        { message: bilingual(`ไม่มีกรอบการประเมินปี ${raw} (มี ${known})`, `No framework for ${raw} (known: ${known})`) },
      ],
    },
    { status: 404 },
  )
}

/** 401 for anyone not signed in: status and exports are for staff. */
export function requireStaff(req: PayloadRequest): Response | undefined {
  if (req.user) return undefined
  return Response.json(
    { errors: [{ message: bilingual('ต้องเข้าสู่ระบบก่อน', 'Sign in first: this is for staff') }] },
    { status: 401 },
  )
}

/** For staff endpoints: the framework of `:year`, or the 401/400/404 response to give instead. */
export function resolveYearForStaff(req: PayloadRequest, frameworks: readonly Framework[]): Framework | Response {
  return requireStaff(req) ?? resolveYear(req, frameworks)
}
