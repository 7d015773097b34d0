import type { IncomingAuthType } from 'payload'

/**
 * Five wrong passwords in a row lock the account for ten minutes (Payload counts them per
 * account and refuses even the right password meanwhile; a successful sign-in or an
 * administrator's "unlock" resets the count). Five is enough for the usual typos and a
 * Caps Lock; with the refused-password list (hooks/passwordPolicy.ts) it leaves an attacker
 * about 720 guesses a day at one account. Ten minutes, not hours: staff e-mail addresses
 * are often public (an office's contact page), and a long lock would let anyone who knows
 * one keep that person out of the admin at will.
 */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_TIME_MS = 10 * 60 * 1000

/**
 * Sign-in options of the Users collection. The session cookie is `Secure` in production
 * (so it is only sent over HTTPS: production must be served over HTTPS, browsers also
 * accept it from http://localhost), never readable by scripts (Payload sets HttpOnly), and
 * `SameSite=Lax`: another site's form or script gets no cookie sent along.
 */
export function usersAuth(nodeEnv: string | undefined = process.env.NODE_ENV): IncomingAuthType {
  return {
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_TIME_MS,
    cookies: {
      secure: nodeEnv === 'production',
      sameSite: 'Lax',
    },
  }
}
