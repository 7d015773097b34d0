import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'
import { BREACHED_PASSWORDS } from '../breachedPasswords'

/**
 * Password policy for every way a password is set: an account created by an administrator,
 * the first account ("create first user", which Payload saves through `create`), a change
 * in the account page or by an administrator (`update`), and a reset from the e-mailed link.
 *
 * Payload 3.90 checks nothing but a length of 3 (generatePasswordSaltHash). Its
 * `resetPassword` operation runs no hook that sees the new password (its beforeValidate
 * hooks get the stored user, already hashed), only `beforeOperation`: so the same check
 * runs there as well (see {@link enforcePasswordPolicyOnReset}).
 *
 * Twelve characters at least: sign-in is a password alone, and length is what holds a
 * stolen hash off longest (NIST SP 800-63B-4 asks 15 for a password as the only factor,
 * OWASP ASVS 5.0 at least 8 and recommends 15); twelve is long enough for that together with
 * the refused list and the lockout, short enough for "three Thai words in Latin letters"
 * (`tomyum-somtam-padthai`). No rules about character classes: they make passwords harder
 * to remember, not to guess.
 */
export const PASSWORD_MIN_LENGTH = 12
/** Hashing a longer text would only cost the server time. NIST asks for at least 64. */
export const PASSWORD_MAX_LENGTH = 256
/** At least this many different characters ("aaaaaaaaaaaa", "abababababab" are refused). */
const MIN_DISTINCT_CHARACTERS = 5

const normalise = (text: string) => text.normalize('NFC').toLowerCase()

/** The word inside the digits and symbols added around it: "!iloveyou2566" → "iloveyou". */
const core = (text: string) => text.replace(/^[^\p{L}\p{M}]+|[^\p{L}\p{M}]+$/gu, '')

/** The e-mail and its parts long enough to mean something: address, name, domain, its first label. */
function emailParts(email: string): string[] {
  const address = normalise(email.trim())
  const [local = '', domain = ''] = address.split('@')
  const firstLabel = domain.split('.')[0] ?? ''
  return [address, local, domain, firstLabel].filter((part) => part.length >= 3)
}

/**
 * Why this password is refused, as one "ไทย / English" message; undefined when it is accepted.
 * `emails`: the account's address (and, while it changes, the old one too).
 */
export function passwordProblem(password: unknown, emails: (string | null | undefined)[] = []): string | undefined {
  if (typeof password !== 'string') {
    return bilingual('รหัสผ่านต้องเป็นข้อความ', 'The password must be text')
  }
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) {
    return bilingual(
      `รหัสผ่านต้องยาวอย่างน้อย ${PASSWORD_MIN_LENGTH} ตัวอักษร (ลองใช้หลายคำต่อกัน)`,
      `The password must be at least ${PASSWORD_MIN_LENGTH} characters long (try several words together)`,
    )
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return bilingual(
      `รหัสผ่านต้องยาวไม่เกิน ${PASSWORD_MAX_LENGTH} ตัวอักษร`,
      `The password must be at most ${PASSWORD_MAX_LENGTH} characters long`,
    )
  }
  if (/^[\p{Nd}\s./-]+$/u.test(password)) {
    return bilingual(
      'รหัสผ่านต้องไม่เป็นตัวเลขล้วน เช่น วันเกิด เบอร์โทรศัพท์ หรือเลขประจำตัวประชาชน',
      'The password must not be digits only, such as a birth date, a phone number or a national ID number',
    )
  }
  const text = normalise(password)
  const word = core(text)
  const parts = emails.flatMap((email) => (typeof email === 'string' && email.includes('@') ? emailParts(email) : []))
  if (
    parts.some((part) => text === part || word === part) ||
    parts.some((part) => part.includes('@') && text.includes(part))
  ) {
    return bilingual(
      'รหัสผ่านต้องไม่ใช่อีเมลของบัญชีนี้หรือส่วนหนึ่งของอีเมล',
      "The password must not be the account's e-mail address or a part of it",
    )
  }
  if (new Set(text).size < MIN_DISTINCT_CHARACTERS) {
    return bilingual(
      'รหัสผ่านใช้ตัวอักษรซ้ำ ๆ ไม่กี่ตัว เดาได้ง่าย',
      'The password repeats the same few characters and is easy to guess',
    )
  }
  if (BREACHED_PASSWORDS.has(text) || (word.length > 0 && BREACHED_PASSWORDS.has(word))) {
    return bilingual(
      'รหัสผ่านนี้อยู่ในรายการรหัสผ่านที่รั่วไหลและใช้กันมาก ซึ่งผู้บุกรุกจะลองเป็นอันดับแรก กรุณาตั้งรหัสผ่านอื่น',
      'This password is on a list of common breached passwords that attackers try first: please choose another',
    )
  }
  return undefined
}

/** Throws a 400 ValidationError on the `password` field when the policy refuses the password. */
export function assertPasswordPolicy(
  password: unknown,
  emails: (string | null | undefined)[],
  collection: string,
  req: PayloadRequest,
): void {
  const message = passwordProblem(password, emails)
  if (!message) return
  throw new ValidationError({ collection, errors: [{ path: 'password', message }] }, req.t)
}

export const isSet = (password: unknown) => password !== undefined && password !== null && password !== ''

/** Create (also the first user) and update: before anything is validated or hashed. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  // An empty password on update is "unchanged" for Payload; on create Payload requires one itself.
  if ((operation !== 'create' && operation !== 'update') || !isSet(data?.password)) return data
  assertPasswordPolicy(data!.password, [data!.email, originalDoc?.email], collection.slug, req)
  return data
}
