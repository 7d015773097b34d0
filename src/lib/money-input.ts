/**
 * Amounts of money as editors type them: thousands separators, Thai digits (๑,๒๕๐.๕๐),
 * a trailing "บาท". Pure, for the admin's money field and its tests. What is not an
 * amount is said so, never dropped.
 */
import { fromThaiDigits } from '@prongsai/shared/thai-calendar'

export type MoneyInput =
  /** `value` null: nothing typed. `text`: the amount as shown while typing (1,250.5). */
  | { ok: true; value: null | number; text: string }
  | { ok: false }

const AMOUNT = /^(-?)(\d*)(?:\.(\d*))?$/

/** Reads typed text into baht; `text` is what the input shows for it (separators added). */
export function readMoneyInput(typed: string): MoneyInput {
  const bare = fromThaiDigits(typed)
    .replace(/บาท|฿/g, '')
    .replace(/[\s,]/g, '')
  if (bare === '') return { ok: true, value: null, text: '' }
  const parts = AMOUNT.exec(bare)
  if (!parts || (parts[2] === '' && !parts[3])) return { ok: false }
  const [, sign, whole, fraction] = parts
  const value = Number(`${sign}${whole || '0'}.${fraction || '0'}`)
  if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) return { ok: false }
  const grouped = (whole || (fraction !== undefined ? '0' : '')).replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+$)/g, ',')
  return { ok: true, value, text: `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}` }
}

/** A stored amount as the input shows it: 1250.5 → "1,250.50", 1250 → "1,250". */
export function formatMoney(value: null | number | undefined): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return ''
  return value.toLocaleString('en-US', {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  })
}

/**
 * Where the caret goes in `formatted` so that it follows the same number of digits (and
 * decimal point) as it did at `caret` in `typed`: separators added or removed around it
 * do not move it across a digit.
 */
export function caretAfterFormat(typed: string, caret: number, formatted: string): number {
  const significant = (c: string) => /[\d๐-๙.-]/.test(c)
  let count = 0
  for (let i = 0; i < caret && i < typed.length; i++) if (significant(typed[i]!)) count++
  if (count === 0) return 0
  for (let i = 0; i < formatted.length; i++) {
    if (significant(formatted[i]!)) count--
    if (count === 0) return i + 1
  }
  return formatted.length
}
