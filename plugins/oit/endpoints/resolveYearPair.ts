import type { PayloadRequest } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'
import type { Framework } from '../framework/schema'

const badRequest = (th: string, en: string) =>
  Response.json({ errors: [{ message: bilingual(th, en) }] }, { status: 400 })

/** The two frameworks `?from=&to=` name, or the 400/404 response to give instead (as `resolveYear`). */
export function resolveYearPair(
  req: PayloadRequest,
  frameworks: readonly Framework[],
): { from: Framework; to: Framework } | Response {
  const raw = { from: req.searchParams.get('from') ?? '', to: req.searchParams.get('to') ?? '' }
  if (!raw.from || !raw.to) {
    return badRequest(
      'ต้องระบุปีที่จะเทียบทั้งสองปี เช่น ?from=2566&to=2569',
      'Give both years to compare, e.g. ?from=2566&to=2569',
    )
  }
  for (const value of [raw.from, raw.to]) {
    if (!/^\d{4}$/.test(value))
      return badRequest(`ปีไม่ถูกต้อง: ${value}`, `Invalid year: ${value} (use a BE year such as 2566)`)
  }
  if (raw.from === raw.to) {
    return badRequest(`ต้องเป็นคนละปี (ได้ ${raw.from} ทั้งสองปี)`, `Give two different years (got ${raw.from} twice)`)
  }
  const from = frameworks.find((f) => f.year === Number(raw.from))
  const to = frameworks.find((f) => f.year === Number(raw.to))
  if (from && to) return { from, to }
  const unknown = [from ? undefined : raw.from, to ? undefined : raw.to].filter(Boolean).join(', ')
  const known = frameworks.map((f) => f.year).join(', ')
  return Response.json(
    {
      errors: [
        {
          message: bilingual(
            `ไม่มีกรอบการประเมินปี ${unknown} (มี ${known})`,
            `No framework for ${unknown} (known: ${known})`,
          ),
        },
      ],
    },
    { status: 404 },
  )
}
