import { describe, expect, it } from 'vitest'

import { caretAfterFormat, formatMoney, readMoneyInput } from '../../src/lib/money-input'

const read = (typed: string) => {
  const r = readMoneyInput(typed)
  return r.ok ? [r.value, r.text] : 'refused'
}

describe('readMoneyInput', () => {
  it.each<[string, unknown]>([
    ['1250.50', [1250.5, '1,250.50']],
    ['1,250.50', [1250.5, '1,250.50']],
    ['๑,๒๕๐.๕๐', [1250.5, '1,250.50']],
    ['๑๒๕๐', [1250, '1,250']],
    ['1250000', [1250000, '1,250,000']],
    ['1 250 000 บาท', [1250000, '1,250,000']],
    ['฿499', [499, '499']],
    ['1234.', [1234, '1,234.']], // while typing the decimals
    ['.5', [0.5, '0.5']],
    ['0', [0, '0']],
    ['007', [7, '7']],
    ['-5', [-5, '-5']], // read; the field's validation refuses negatives
    ['', [null, '']],
    ['  ', [null, '']],
    ['abc', 'refused'],
    ['12a', 'refused'],
    ['1.2.3', 'refused'],
    ['.', 'refused'],
    ['1e5', 'refused'],
    ['๑,๒๕๐.๕๐.', 'refused'],
    ['99999999999999999999', 'refused'],
  ])('%s → %j', (typed, expected) => expect(read(typed)).toEqual(expected))
})

describe('formatMoney', () => {
  it.each<[null | number | undefined, string]>([
    [1250.5, '1,250.50'],
    [1250, '1,250'],
    [0, '0'],
    [null, ''],
    [undefined, ''],
    [1234567.891, '1,234,567.89'],
  ])('%s → %s', (value, expected) => expect(formatMoney(value)).toBe(expected))
})

describe('caretAfterFormat', () => {
  it('keeps the caret after the same digit when a separator appears before it', () => {
    // "1250|" typed → "1,250|"
    expect(caretAfterFormat('1250', 4, '1,250')).toBe(5)
    // "12|50" → "1,2|50"
    expect(caretAfterFormat('1250', 2, '1,250')).toBe(3)
    // Thai digits count as digits
    expect(caretAfterFormat('๑๒๕๐', 4, '1,250')).toBe(5)
    expect(caretAfterFormat('', 0, '')).toBe(0)
  })
})
