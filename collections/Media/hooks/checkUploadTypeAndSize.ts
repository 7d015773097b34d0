import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'
import fs from 'node:fs/promises'

import { bilingual } from '@prongsai/shared/bilingual'
import { formatMegabytes, ruleFor, sniffMimeType, UPLOAD_RULES, type UploadRule } from '../uploadRules'

/** The part of an uploaded file the checks need. */
export interface UploadedFile {
  name: string
  /** The type the browser declared (from the file name), not proven. */
  mimetype: string
  size: number
  /** First bytes of the file (at least 16; 1 KB is plenty). */
  head: Uint8Array
  /** Last bytes of the file (1 KB), for the PDF trailer. */
  tail: Uint8Array
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')

const allowedTh = () => UPLOAD_RULES.map((r) => r.label.th).join(', ')
const allowedEn = () => UPLOAD_RULES.map((r) => r.label.en).join(', ')

/** A name for a detected type an editor may recognise. */
function kindOf(mime: string | undefined): { th: string; en: string } {
  if (mime === 'image/svg+xml') return { th: 'ภาพ SVG (อาจมีสคริปต์)', en: 'an SVG image (which can carry script)' }
  if (mime === 'text/html') return { th: 'หน้าเว็บ HTML', en: 'an HTML page' }
  const rule = ruleFor(mime)
  if (rule && mime) return { th: `${rule.label.th} (${mime})`, en: `a ${rule.label.en} (${mime})` }
  if (mime) return { th: mime, en: mime }
  return { th: 'ไฟล์ชนิดที่ไม่รู้จัก', en: 'an unknown kind of file' }
}

/**
 * Why this upload is refused, as one "ไทย / English" message; undefined when it is accepted.
 * In order: the declared type, the size, then the content: the first bytes must be those of
 * a type we accept, of the same kind as declared (a PNG renamed .pdf is refused; a PNG
 * named .jpg is a photo all the same), the name must end like that kind, and a PDF must be
 * complete (the trailer Payload checks too).
 */
export function uploadProblem(file: UploadedFile): string | undefined {
  const rule = ruleFor(file.mimetype)
  if (!rule) {
    return bilingual(
      `ไม่รองรับไฟล์ประเภท ${file.mimetype} (รับเฉพาะ ${allowedTh()})`,
      `File type ${file.mimetype} is not accepted (only ${allowedEn()})`,
    )
  }
  if (file.size > rule.maxBytes) {
    return bilingual(
      `ไฟล์ใหญ่เกินไป (${formatMegabytes(file.size)}) ${rule.label.th} ต้องไม่เกิน ${formatMegabytes(rule.maxBytes)}`,
      `File too large (${formatMegabytes(file.size)}): a ${rule.label.en} may be at most ${formatMegabytes(rule.maxBytes)}`,
    )
  }
  const detected = sniffMimeType(file.head)
  const detectedRule: UploadRule | undefined = ruleFor(detected)
  if (detectedRule !== rule) {
    const kind = kindOf(detected)
    return bilingual(
      `เนื้อในไฟล์ "${file.name}" เป็น ${kind.th} ไม่ใช่ ${rule.label.th} ตามที่ระบุ จึงไม่รับไฟล์นี้`,
      `The content of "${file.name}" is ${kind.en}, not a ${rule.label.en} as its name or type says, so it was refused`,
    )
  }
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase()
  if (!extension || !rule.extensions.includes(extension)) {
    return bilingual(
      `ชื่อไฟล์ "${file.name}" ต้องลงท้ายด้วย ${rule.extensions.map((e) => `.${e}`).join(' ')} ตามชนิดของไฟล์ (${rule.label.th})`,
      `The file name "${file.name}" must end in ${rule.extensions.map((e) => `.${e}`).join(' ')} for its kind (${rule.label.en})`,
    )
  }
  if (detected === 'application/pdf') {
    const trailer = latin1(file.tail)
    if (!trailer.includes('%%EOF') || !trailer.includes('xref')) {
      return bilingual(
        `ไฟล์ PDF "${file.name}" เสียหายหรือไม่ครบ (ไม่มีส่วนท้ายของ PDF) ลองบันทึกหรือสแกนเป็น PDF ใหม่`,
        `The PDF "${file.name}" is damaged or incomplete (it has no PDF trailer): save or scan it as PDF again`,
      )
    }
  }
  return undefined
}

const PEEK = 1024

/** First and last bytes of the upload, from memory or from Payload's temporary file. */
async function peek(file: NonNullable<PayloadRequest['file']>): Promise<{ head: Uint8Array; tail: Uint8Array }> {
  const data = file.data as Buffer | undefined
  if (data && data.length > 0) {
    return { head: data.subarray(0, PEEK), tail: data.subarray(Math.max(0, data.length - PEEK)) }
  }
  if (!file.tempFilePath) return { head: new Uint8Array(), tail: new Uint8Array() }
  const handle = await fs.open(file.tempFilePath, 'r')
  try {
    const { size } = await handle.stat()
    const head = Buffer.alloc(Math.min(PEEK, size))
    const tail = Buffer.alloc(Math.min(PEEK, size))
    await handle.read(head, 0, head.length, 0)
    await handle.read(tail, 0, tail.length, Math.max(0, size - PEEK))
    return { head, tail }
  } finally {
    await handle.close()
  }
}

/**
 * Refuses an upload of a type, size or content we do not accept, with a message an editor
 * can act on in Thai and English, before Payload writes or resizes anything (so nothing is
 * saved). Payload checks the content again afterwards (file-type sniffing, SVG inspection,
 * the PDF trailer), with English messages.
 */
export const checkUploadTypeAndSize: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const message = uploadProblem({
    name: file.name,
    mimetype: file.mimetype,
    size: file.size,
    ...(await peek(file)),
  })
  if (message) {
    throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message }] }, req.t)
  }
  return args
}
