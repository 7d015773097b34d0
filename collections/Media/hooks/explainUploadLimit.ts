import type { CollectionAfterErrorHook } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'
import { formatMegabytes, UPLOAD_RULES } from '../uploadRules'

/**
 * A file over the multipart parser's limit never reaches the hook above: Payload answers
 * 413 "File size limit has been reached" (English only) while reading the request. Said in
 * Thai and English here, with the limit in force, the same way the size rule says it.
 */
export const explainUploadLimit: CollectionAfterErrorHook = ({ error, req }) => {
  if ((error as { status?: number })?.status !== 413) return
  const parserLimit = req.payload.config.upload?.limits?.fileSize ?? 20 * 1024 * 1024
  const message = bilingual(
    `ไฟล์ใหญ่เกินไป ไฟล์ที่อัปโหลดต้องไม่เกิน ${formatMegabytes(parserLimit)} (${UPLOAD_RULES.map((r) => `${r.label.th} ไม่เกิน ${formatMegabytes(Math.min(r.maxBytes, parserLimit))}`).join(', ')})`,
    `File too large: an upload may be at most ${formatMegabytes(parserLimit)} (${UPLOAD_RULES.map((r) => `${r.label.en} at most ${formatMegabytes(Math.min(r.maxBytes, parserLimit))}`).join(', ')})`,
  )
  return {
    response: {
      errors: [
        { name: 'ValidationError', message, data: { collection: 'media', errors: [{ path: 'file', message }] } },
      ],
    },
    status: 413,
  }
}
