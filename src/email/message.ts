/**
 * What every adapter needs of a message: its recipients as plain addresses, its sender as
 * one header value, and one line a log (or a test reading the log) can grep.
 */
import type { SendEmailOptions } from 'payload'

import addressparser from 'nodemailer/lib/addressparser'

type AddressField = SendEmailOptions['to']

/** `"Name" <a@b>, c@d` / `{ name, address }` / arrays of them → `['a@b', 'c@d']`. */
export function addressesOf(field: AddressField | SendEmailOptions['from']): string[] {
  if (!field) return []
  const list = Array.isArray(field) ? field : [field]
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return addressparser(entry, { flatten: true }).map((a) => a.address)
    return entry?.address ? [entry.address] : []
  })
}

/** The sender as a header: `"Name" <address>`. */
export function formatFrom(from: SendEmailOptions['from'], fallback: { address: string; name: string }): string {
  if (typeof from === 'string' && from) return from
  if (from && typeof from === 'object' && from.address) return headerAddress(from.address, from.name)
  return headerAddress(fallback.address, fallback.name)
}

function headerAddress(address: string, name?: string): string {
  return name ? `"${name.replace(/["\\]/g, '')}" <${address}>` : address
}

/** `[email] to=a@b,c@d subject="…"`: one line per message, the same from every adapter. */
export function logLine(
  message: Pick<SendEmailOptions, 'bcc' | 'cc' | 'subject' | 'to'>,
  extra: Record<string, string> = {},
): string {
  const recipients = [...addressesOf(message.to), ...addressesOf(message.cc), ...addressesOf(message.bcc)]
  const fields = Object.entries(extra).map(([key, value]) => ` ${key}=${value}`)
  return `[email] to=${recipients.join(',') || '-'} subject=${JSON.stringify(message.subject ?? '')}${fields.join('')}`
}

/** A readable text version of an HTML body, for the console when a message has no text part. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** Text of a body that may be a string, a Buffer or absent (streams and attachments are not read). */
export function bodyText(body: SendEmailOptions['text']): string | undefined {
  if (typeof body === 'string') return body
  if (Buffer.isBuffer(body)) return body.toString('utf8')
  return undefined
}
