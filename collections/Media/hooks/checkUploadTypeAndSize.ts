import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { formatMegabytes, ruleFor, UPLOAD_RULES } from '../uploadRules'

/**
 * Refuses an upload of a type or size we do not accept, with a message an editor can
 * act on in Thai and English, before Payload spends time resizing anything. (Payload
 * still checks the file's real content against `mimeTypes` afterwards.)
 */
export const checkUploadTypeAndSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const rule = ruleFor(file.mimetype)
  if (!rule) {
    const allowed = UPLOAD_RULES.map((r) => r.label.th).join(', ')
    const allowedEn = UPLOAD_RULES.map((r) => r.label.en).join(', ')
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: `ไม่รองรับไฟล์ประเภท ${file.mimetype} (รับเฉพาะ ${allowed}) / File type ${file.mimetype} is not accepted (only ${allowedEn})`,
        },
      ],
    })
  }
  if (file.size > rule.maxBytes) {
    throw new ValidationError({
      collection: 'media',
      errors: [
        {
          path: 'file',
          message: `ไฟล์ใหญ่เกินไป (${formatMegabytes(file.size)}) ${rule.label.th} ต้องไม่เกิน ${formatMegabytes(rule.maxBytes)} / File too large (${formatMegabytes(file.size)}): a ${rule.label.en} may be at most ${formatMegabytes(rule.maxBytes)}`,
        },
      ],
    })
  }
  return args
}
