import type { PayloadRequest } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'

/** The `format` a download asks for (`fallback` when none), or the 400 to answer for one it does not offer. */
export function formatParam<F extends string>(req: PayloadRequest, formats: readonly F[], fallback: F): F | Response {
  const format = (req.searchParams.get('format') ?? fallback) as F
  if (formats.includes(format)) return format
  const th = formats.length > 1 ? `${formats.slice(0, -1).join(', ')} หรือ ${formats.at(-1)}` : formats[0]
  const en = formats.length > 1 ? `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}` : formats[0]
  return Response.json(
    { errors: [{ message: bilingual(`ไม่รู้จักรูปแบบ ${format} (ใช้ ${th})`, `Unknown format ${format} (use ${en})`) }] },
    { status: 400 },
  )
}
