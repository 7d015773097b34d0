/**
 * E-mail without an SMTP server (development, tests, a production site not yet given
 * one): each message is printed to the console, readable, and kept in an in-memory outbox
 * of the last messages for tests. Nothing leaves the machine.
 *
 * The outbox lives on `globalThis`: Next.js may load this module more than once in one
 * process (route handlers, server components, the admin), and they must share one outbox.
 */
import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'
import { addressesOf, bodyText, formatFrom, logLine, textOfHtml } from './message'

/** A message as the console adapter captured it. */
export interface CapturedEmail {
  /** When it was "sent" (ISO). */
  at: string
  /** `"Name" <address>` */
  from: string
  to: string[]
  cc: string[]
  bcc: string[]
  subject: string
  text?: string
  html?: string
}

/** How many messages the outbox keeps (the oldest go first). */
export const OUTBOX_SIZE = 100

const OUTBOX_KEY = Symbol.for('prongsai.email.outbox')

function box(): CapturedEmail[] {
  const store = globalThis as typeof globalThis & { [OUTBOX_KEY]?: CapturedEmail[] }
  return (store[OUTBOX_KEY] ??= [])
}

/** The last messages captured in this process, oldest first (a copy). */
export function outbox(): CapturedEmail[] {
  return box().slice()
}

/** Empties the outbox (between tests). */
export function clearOutbox(): void {
  box().length = 0
}

export interface ConsoleEmailOptions {
  from: { address: string; name: string }
  /** Say at start-up that nothing is sent (production without SMTP). @default false */
  warnNotSent?: boolean
  /** Where the printed message goes. @default console.log (stdout) */
  print?: (text: string) => void
  /** @default {@link OUTBOX_SIZE} */
  keep?: number
}

export function consoleEmailAdapter({
  from,
  warnNotSent = false,
  print = (text) => console.log(text),
  keep = OUTBOX_SIZE,
}: ConsoleEmailOptions): PayloadEmailAdapter<CapturedEmail> {
  return ({ payload }) => {
    if (warnNotSent && process.env.NEXT_PHASE !== 'phase-production-build') {
      payload.logger.warn(
        bilingual(
          'ยังไม่ได้ตั้ง SMTP_HOST: อีเมล (เช่น แจ้งเตือนและลืมรหัสผ่าน) จะไม่ถูกส่งจริง แต่พิมพ์ลงบันทึกของระบบแทน ตั้ง SMTP_HOST, EMAIL_FROM ฯลฯ เพื่อส่งอีเมล',
          'SMTP_HOST is not set: e-mail (reminders, password resets) is NOT sent, only printed to the log. Set SMTP_HOST, EMAIL_FROM, … to send it',
        ),
      )
    }
    return {
      name: 'console',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message: SendEmailOptions) => {
        const html = bodyText(message.html)
        const captured: CapturedEmail = {
          at: new Date().toISOString(),
          from: formatFrom(message.from, from),
          to: addressesOf(message.to),
          cc: addressesOf(message.cc),
          bcc: addressesOf(message.bcc),
          subject: String(message.subject ?? ''),
          text: bodyText(message.text),
          html,
        }
        const list = box()
        list.push(captured)
        if (list.length > keep) list.splice(0, list.length - keep)
        print(render(captured))
        return captured
      },
    }
  }
}

/** The message as a block a person reads, then the one line a script greps. */
function render(email: CapturedEmail): string {
  const body = email.text ?? (email.html ? textOfHtml(email.html) : '')
  const header = [
    ['จาก / From', email.from],
    ['ถึง / To', email.to.join(', ')],
    ...(email.cc.length ? [['สำเนา / Cc', email.cc.join(', ')]] : []),
    ...(email.bcc.length ? [['สำเนาลับ / Bcc', email.bcc.join(', ')]] : []),
    ['เรื่อง / Subject', email.subject],
  ]
  return [
    '┌── อีเมล (ไม่ได้ส่งจริง ไม่มี SMTP) / E-mail (not sent: no SMTP server) ──',
    ...header.map(([label, value]) => `│ ${label}: ${value}`),
    '│',
    ...body.split('\n').map((line) => `│ ${line}`),
    '└──',
    logLine(email),
  ].join('\n')
}
