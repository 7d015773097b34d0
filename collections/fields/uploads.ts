import type { PayloadRequest, UploadField } from 'payload'

import { bilingual, type Label } from '@prongsai/shared/bilingual'

type MediaKind = 'image' | 'pdf'

const KIND: Record<MediaKind, { test: (mime: string) => boolean; th: string; en: string }> = {
  image: { test: (m) => m.startsWith('image/'), th: 'รูปภาพ', en: 'an image' },
  pdf: { test: (m) => m === 'application/pdf', th: 'ไฟล์ PDF', en: 'a PDF' },
}

/** The file ids a file field holds (one or many, populated or not). */
export function idsOf(value: unknown): (number | string)[] {
  const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
  return list
    .map((v) => (v && typeof v === 'object' ? (v as { id?: number | string }).id : v))
    .filter((v): v is number | string => v !== undefined && v !== null && v !== '')
}

/** Checks that every referenced file is of the expected kind (the picker filter is only a convenience). */
async function validateKinds(
  value: unknown,
  kinds: MediaKind[],
  req: PayloadRequest,
  required: boolean,
): Promise<string | true> {
  const ids = idsOf(value)
  if (ids.length === 0) {
    return required ? bilingual('ต้องแนบไฟล์', 'A file is required') : true
  }
  for (const id of ids) {
    const media = await req.payload
      .findByID({ collection: 'media', id, depth: 0, req, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    if (!media) return bilingual(`ไม่พบไฟล์ที่อ้างถึง (${id})`, `Referenced file not found (${id})`)
    const mime = String((media as { mimeType?: string }).mimeType ?? '')
    if (!kinds.some((kind) => KIND[kind].test(mime))) {
      const th = kinds.map((k) => KIND[k].th).join(' หรือ ')
      const en = kinds.map((k) => KIND[k].en).join(' or ')
      return bilingual(`ต้องเป็น${th} (ได้รับ ${mime || 'ไม่ทราบชนิด'})`, `Must be ${en} (got ${mime || 'unknown type'})`)
    }
  }
  return true
}

export interface MediaFieldOptions {
  required?: boolean
  hasMany?: boolean
  description?: Label
}

function mediaField(name: string, label: Label, kinds: MediaKind[], options: MediaFieldOptions): UploadField {
  const mimeFilter =
    kinds.length === 1 && kinds[0] === 'pdf'
      ? { mimeType: { equals: 'application/pdf' } }
      : kinds.length === 1
        ? { mimeType: { like: 'image/' } }
        : undefined
  const field = {
    name,
    type: 'upload',
    relationTo: 'media',
    label,
    required: options.required ?? false,
    hasMany: options.hasMany ?? false,
    filterOptions: mimeFilter,
    // What the field takes, as data (other code may wrap filterOptions: src/tenancy/uploadsOfOwnOrganisation.ts).
    custom: { mediaKinds: kinds },
    admin: options.description ? { description: options.description } : undefined,
    validate: (value: unknown, { req, required }: { req: PayloadRequest; required?: boolean }) =>
      validateKinds(value, kinds, req, Boolean(required)),
  }
  return field as unknown as UploadField
}

/** An uploaded PDF (scanned or born-digital official document). */
export const pdfField = (name: string, label: Label, options: MediaFieldOptions = {}) =>
  mediaField(name, label, ['pdf'], options)

/** An uploaded image (photo, chart, QR code). */
export const imageField = (name: string, label: Label, options: MediaFieldOptions = {}) =>
  mediaField(name, label, ['image'], options)

/** An image or a PDF (e.g. a structure chart, which offices publish either way). */
export const imageOrPdfField = (name: string, label: Label, options: MediaFieldOptions = {}) =>
  mediaField(name, label, ['image', 'pdf'], options)
