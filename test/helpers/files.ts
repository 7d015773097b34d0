/** Small real files for upload tests (made by the same code as the demo seed's). */
import { imageBuffer, pdfBuffer } from '../../seed/files'

export async function pngBlob(width = 1200, height = 800): Promise<Blob> {
  return new Blob([new Uint8Array(await imageBuffer(width, height))], { type: 'image/png' })
}

export function pdfBlob(): Blob {
  return new Blob([new Uint8Array(pdfBuffer())], { type: 'application/pdf' })
}

/** Multipart body as the admin sends it: the file plus the other fields as `_payload` JSON. */
export function uploadForm(file: Blob, filename: string, data: Record<string, unknown>): FormData {
  const body = new FormData()
  body.append('file', file, filename)
  body.append('_payload', JSON.stringify(data))
  return body
}
