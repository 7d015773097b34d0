/** How the public site writes dates, sizes and kinds of file, Thai first. */
import { formatThaiDate, toThaiDigits } from '@prongsai/shared/thai-calendar'

/** A stored date, or null for anything that is not one. */
function asDate(value: unknown): Date | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** "1 ตุลาคม 2565", Buddhist era, Bangkok's calendar; Thai digits where the organisation chose them. */
export function siteDate(value: unknown, thaiDigits: boolean): string | null {
  const date = asDate(value)
  return date && formatThaiDate(date, { thaiDigits })
}

/** "มกราคม 2566". */
export function siteMonth(value: unknown, thaiDigits: boolean): string | null {
  const date = asDate(value)
  return date && formatThaiDate(date, { style: 'month', thaiDigits })
}

/** Digits as the organisation writes them. */
export function siteNumber(value: number | string, thaiDigits: boolean): string {
  return thaiDigits ? toThaiDigits(value) : String(value)
}

/** "1.2 MB". */
export function fileSize(bytes: unknown): string | null {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes)) return null
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** "PDF", "ภาพ PNG", … for a MIME type. */
export function fileKind(mime: unknown): string {
  if (typeof mime !== 'string') return 'ไฟล์'
  if (mime === 'application/pdf') return 'PDF'
  if (mime.startsWith('image/')) return `ภาพ ${mime.slice(6).toUpperCase()}`
  return mime
}

/** Links in content only to the web, mail and phone, or within the site: never `javascript:` or `data:`. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined
  const value = href.trim()
  // Control characters and backslashes let a browser read `/\evil.example` as another host.
  if (!value || /[\u0000-\u001f\u007f\\]/.test(value)) return undefined
  if (value.startsWith('#')) return value
  if (value.startsWith('/')) {
    // Within the site only: resolved against a stand-in origin, it must stay on it.
    const url = new URL(value, 'https://site.invalid')
    return url.origin === 'https://site.invalid' && !value.startsWith('//') ? value : undefined
  }
  try {
    const url = new URL(value)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.toString() : undefined
  } catch {
    return undefined
  }
}
