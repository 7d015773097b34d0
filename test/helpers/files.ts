/** Small real files for upload tests, made on the fly (no fixtures to keep in git). */
import sharp from 'sharp'

export async function pngBlob(width = 1200, height = 800): Promise<Blob> {
  const buffer = await sharp({
    create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } },
  })
    .png()
    .toBuffer()
  return new Blob([new Uint8Array(buffer)], { type: 'image/png' })
}

/** A minimal but well-formed one-page PDF (header, objects, xref table, trailer, %%EOF). */
export function pdfBlob(): Blob {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefAt = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return new Blob([body], { type: 'application/pdf' })
}

/** Multipart body as the admin sends it: the file plus the other fields as `_payload` JSON. */
export function uploadForm(file: Blob, filename: string, data: Record<string, unknown>): FormData {
  const body = new FormData()
  body.append('file', file, filename)
  body.append('_payload', JSON.stringify(data))
  return body
}
