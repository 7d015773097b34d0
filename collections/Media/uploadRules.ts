/**
 * What may be uploaded. Thai offices publish many documents as scanned PDFs, so PDFs
 * get a larger limit than photos. Kept as data so the hook and the README agree.
 */
export interface UploadRule {
  mimeTypes: string[]
  /** File-name endings (lower case, no dot) a file of this kind may have. */
  extensions: string[]
  maxBytes: number
  label: { en: string; th: string }
}

const MB = 1024 * 1024

export const UPLOAD_RULES: UploadRule[] = [
  {
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    extensions: ['jpg', 'jpeg', 'jfif', 'png', 'webp'],
    maxBytes: 10 * MB,
    label: { th: 'รูปภาพ JPEG/PNG/WebP', en: 'JPEG/PNG/WebP image' },
  },
  {
    mimeTypes: ['application/pdf'],
    extensions: ['pdf'],
    maxBytes: 30 * MB,
    label: { th: 'เอกสาร PDF', en: 'PDF document' },
  },
]

export const ALLOWED_MIME_TYPES = UPLOAD_RULES.flatMap((rule) => rule.mimeTypes)

/** The largest file any rule accepts: what the multipart parser must let through. */
export const MAX_UPLOAD_BYTES = Math.max(...UPLOAD_RULES.map((rule) => rule.maxBytes))

export function ruleFor(mimeType: string | undefined): UploadRule | undefined {
  return UPLOAD_RULES.find((rule) => mimeType && rule.mimeTypes.includes(mimeType))
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`
}

/**
 * What a file really is, from its first bytes (the signatures of the types we accept),
 * whatever its name or declared type says. Text formats that must never pass as one of
 * them are named too, for the message: SVG (can carry script), HTML, XML.
 */
export function sniffMimeType(head: Uint8Array): string | undefined {
  const starts = (bytes: number[], at = 0) => bytes.every((byte, i) => head[at + i] === byte)
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf' // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp' // RIFF....WEBP
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(head.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  if (/<svg[\s>]/.test(text)) return 'image/svg+xml'
  if (text.startsWith('<!doctype html') || /<(html|script|body|iframe)[\s>]/.test(text)) return 'text/html'
  if (text.startsWith('<?xml')) return 'application/xml'
  return undefined
}
