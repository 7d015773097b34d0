/**
 * What may be uploaded. Thai offices publish many documents as scanned PDFs, so PDFs
 * get a larger limit than photos. Kept as data so the hook and the README agree.
 */
export interface UploadRule {
  mimeTypes: string[]
  maxBytes: number
  label: { en: string; th: string }
}

const MB = 1024 * 1024

export const UPLOAD_RULES: UploadRule[] = [
  {
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    maxBytes: 10 * MB,
    label: { th: 'รูปภาพ JPEG/PNG/WebP', en: 'JPEG/PNG/WebP image' },
  },
  {
    mimeTypes: ['application/pdf'],
    maxBytes: 30 * MB,
    label: { th: 'เอกสาร PDF', en: 'PDF document' },
  },
]

export const ALLOWED_MIME_TYPES = UPLOAD_RULES.flatMap((rule) => rule.mimeTypes)

export function ruleFor(mimeType: string | undefined): UploadRule | undefined {
  return UPLOAD_RULES.find((rule) => mimeType && rule.mimeTypes.includes(mimeType))
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`
}
