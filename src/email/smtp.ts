/**
 * E-mail through an SMTP server, with nodemailer: a small Payload email adapter (the
 * official @payloadcms/email-nodemailer is not published for the Payload version pinned
 * here). Each message sent is logged as one `[email] …` line, without its body.
 */
import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'

import nodemailer, { type SentMessageInfo, type Transporter } from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'

import type { SmtpEnv } from '@/env'
import { bilingual } from '@prongsai/shared/bilingual'
import { logLine } from './message'

export interface SmtpEmailOptions {
  smtp: SmtpEnv
  from: { address: string; name: string }
  /**
   * Check the connection and login once at start-up and log the outcome (the app starts
   * either way). Never during `next build`.
   * @default true
   */
  verify?: boolean
  /** Builds the transport (tests swap it). @default nodemailer.createTransport */
  createTransport?: (options: SMTPTransport.Options) => Transporter<SentMessageInfo>
}

/** What nodemailer is given for these settings: timeouts short enough that a save never hangs on a dead server. */
export function transportOptions(smtp: SmtpEnv): SMTPTransport.Options {
  return {
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.auth ? { user: smtp.auth.user, pass: smtp.auth.pass } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  }
}

export function smtpEmailAdapter({
  smtp,
  from,
  verify = true,
  createTransport = (options) => nodemailer.createTransport(options),
}: SmtpEmailOptions): PayloadEmailAdapter<SentMessageInfo> {
  return ({ payload }) => {
    const transport = createTransport(transportOptions(smtp))
    const where = `${smtp.host}:${smtp.port}`
    if (verify && process.env.NEXT_PHASE !== 'phase-production-build') {
      transport.verify().then(
        () => payload.logger.info(bilingual(`ส่งอีเมลผ่าน SMTP ${where}`, `E-mail is sent through SMTP ${where}`)),
        (error: Error) =>
          payload.logger.error(
            bilingual(
              `เชื่อมต่อ SMTP ${where} ไม่ได้ อีเมลจะส่งไม่สำเร็จจนกว่าจะแก้ไข (${error.message})`,
              `Cannot reach SMTP ${where}: e-mail will fail until this is fixed (${error.message})`,
            ),
          ),
      )
    }
    return {
      name: 'smtp',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message: SendEmailOptions) => {
        const info = await transport.sendMail({ ...message, from: message.from ?? from })
        payload.logger.info(logLine(message, { via: 'smtp', id: String(info.messageId ?? '-') }))
        return info
      },
    }
  }
}
