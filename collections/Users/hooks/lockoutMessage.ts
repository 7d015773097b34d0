import type { CollectionAfterErrorHook } from 'payload'

import { LockedAuth } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'

/**
 * A locked account is told so in Thai and English, with how long it lasts and what to do,
 * instead of Payload's one-language "locked due to too many failed login attempts".
 * Same status (401): only the message changes.
 */
export const explainLockout: CollectionAfterErrorHook = ({ collection, error }) => {
  if (!(error instanceof LockedAuth) && error?.name !== 'LockedAuth') return
  const auth = collection?.auth
  const minutes = Math.max(1, Math.round((auth?.lockTime ?? 600_000) / 60_000))
  const attempts = auth?.maxLoginAttempts ?? 5
  const message = bilingual(
    `บัญชีนี้ถูกล็อกชั่วคราว ${minutes} นาที เพราะใส่รหัสผ่านผิด ${attempts} ครั้ง กรุณารอแล้วลองใหม่ หรือติดต่อผู้ดูแลระบบเพื่อปลดล็อก`,
    `This account is locked for ${minutes} minutes after ${attempts} failed sign-in attempts. Wait and try again, or ask an administrator to unlock it`,
  )
  return { response: { errors: [{ name: 'LockedAuth', message }] }, status: 401 }
}
