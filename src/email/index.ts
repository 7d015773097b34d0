/**
 * Payload's e-mail adapter for the app (`email:` in payload.config.ts), picked from the
 * environment (src/env.ts):
 * - SMTP_HOST set: messages go out through that SMTP server (nodemailer);
 * - otherwise: each message is printed to the console and kept in memory ({@link outbox}),
 *   and in production a warning says at start-up that nothing is sent.
 *
 * Code that sends mail calls `payload.sendEmail({ to, subject, text, html })` and never
 * needs to know which.
 */
import type { PayloadEmailAdapter } from 'payload'

import type { AppEnv } from '@/env'
import { consoleEmailAdapter, type ConsoleEmailOptions } from './console'
import { smtpEmailAdapter, type SmtpEmailOptions } from './smtp'

export { type CapturedEmail, clearOutbox, outbox } from './console'

export interface EmailAdapterOptions {
  /** Options of the console adapter (where it prints, how many messages it keeps). */
  console?: Pick<ConsoleEmailOptions, 'keep' | 'print'>
  /** Options of the SMTP adapter (start-up check, transport factory). */
  smtp?: Pick<SmtpEmailOptions, 'createTransport' | 'verify'>
}

export function createEmailAdapter(
  env: Pick<AppEnv, 'email' | 'isProduction'>,
  options: EmailAdapterOptions = {},
): PayloadEmailAdapter {
  const { from, smtp } = env.email
  if (smtp) return smtpEmailAdapter({ smtp, from, ...options.smtp })
  return consoleEmailAdapter({ from, warnNotSent: env.isProduction, ...options.console })
}
