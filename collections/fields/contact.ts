import type { TextField } from 'payload'

import { bilingual, type Label } from '@prongsai/shared/bilingual'
import { fromThaiDigits } from '@prongsai/shared/thai-calendar'
import { missingRequired } from './required'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
// Thai numbers as offices write them (Arabic or Thai digits): 0 5452 1234, 054-521234 ต่อ 12,
// +66 54 521 234, 08 1234 5678, or a 4-digit hotline such as 1111. Judged on the digits.
const EXTENSION = /\s*(ต่อ|ext\.?|x)\s*\d{1,5}$/i

export function validateEmail(value: null | string | undefined): string | true {
  if (!value) return true
  return EMAIL.test(value.trim()) ? true : bilingual('รูปแบบอีเมลไม่ถูกต้อง', 'Malformed e-mail address')
}

function isThaiPhone(raw: string): boolean {
  const text = fromThaiDigits(raw.trim()).replace(EXTENSION, '')
  if (!/^\+?[\d\s().-]+$/.test(text)) return false
  const digits = text.replace(/\D/g, '')
  if (/^1\d{3}$/.test(digits)) return true // hotline
  const national = text.trim().startsWith('+66') ? `0${digits.slice(2)}` : digits
  return /^0\d{8,9}$/.test(national)
}

export function validatePhone(value: null | string | undefined): string | true {
  if (!value) return true
  return isThaiPhone(value)
    ? true
    : bilingual(
        'รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง เช่น 0 5452 1234 หรือ 054-521234 ต่อ 12',
        'Malformed phone number, e.g. 0 5452 1234 or 054-521234 ext 12',
      )
}

export function validateUrl(value: null | string | undefined): string | true {
  if (!value) return true
  try {
    const url = new URL(value.trim())
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // falls through to the message
  }
  return bilingual('ลิงก์ต้องขึ้นต้นด้วย https:// หรือ http://', 'Link must be a full URL starting with https:// or http://')
}

function textWith(
  name: string,
  label: Label,
  validate: (v: null | string | undefined) => string | true,
  options: { required?: boolean; placeholder?: string },
): TextField {
  return {
    name,
    type: 'text',
    label,
    required: options.required ?? false,
    validate: (value: null | string | undefined, args: { required?: boolean }) =>
      missingRequired(value, args?.required) ?? validate(value),
    admin: options.placeholder ? { placeholder: options.placeholder } : undefined,
  }
}

/** An e-mail address (a text field, so that our own bilingual message is shown). */
export const emailField = (name: string, label: Label, options: { required?: boolean } = {}) =>
  textWith(name, label, validateEmail, { ...options, placeholder: 'saraban@example.go.th' })

export const phoneField = (name: string, label: Label, options: { required?: boolean } = {}) =>
  textWith(name, label, validatePhone, { ...options, placeholder: '0 5452 1234' })

/** A web address (http/https only). */
export const urlField = (name: string, label: Label, options: { required?: boolean } = {}) =>
  textWith(name, label, validateUrl, { ...options, placeholder: 'https://' })
