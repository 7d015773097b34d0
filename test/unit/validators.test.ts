/** Field validators on their own: the messages editors meet, and the edges. */
import { describe, expect, it } from 'vitest'

import { validateEmail, validatePhone, validateUrl } from '../../collections/fields/contact'
import { validateFiscalYear } from '../../collections/fields/fiscalYear'
import { validateAmount } from '../../collections/fields/money'
import { missingRequired } from '../../collections/fields/required'
import { validateMonthInFiscalYear } from '../../collections/oit/ProcurementMonthlySummaries'
import { publishGatePlugin } from '@prongsai/publish-gate'

describe('validatePhone', () => {
  it.each(['0 5452 1234', '054-521234', '054-521234 ต่อ 12', '+66 54 521 234', '08 1234 5678', '๐ ๕๔๕๒ ๑๒๓๔', '1111'])(
    'accepts %s',
    (phone) => expect(validatePhone(phone)).toBe(true),
  )
  it.each(['0 - - - - - - 1', 'โทรหาได้', '12345', '0 5452 12', '+1 415 555 0100'])('refuses %s', (phone) => {
    expect(validatePhone(phone)).toMatch(/^รูปแบบหมายเลขโทรศัพท์ไม่ถูกต้อง .* \/ Malformed phone number/)
  })
})

describe('other formats', () => {
  it('e-mail, URL, amount, fiscal year', () => {
    expect(validateEmail('saraban@example.go.th')).toBe(true)
    expect(validateEmail('saraban@')).toMatch(/Malformed e-mail/)
    expect(validateUrl('https://www.example.go.th/x')).toBe(true)
    expect(validateUrl('javascript:alert(1)')).toMatch(/https:\/\//)
    expect(validateAmount(0)).toBe(true)
    expect(validateAmount(-0.01)).toMatch(/Amount must not be negative/)
    expect(validateAmount(undefined, { required: true })).toMatch(/This field is required/)
    expect(validateFiscalYear(2566)).toBe(true)
    expect(validateFiscalYear(2023)).toMatch(/2023 \+ 543 = 2566/)
  })

  it('a custom validator still enforces required', () => {
    expect(missingRequired(null, true)).toMatch(/ต้องกรอกข้อมูลช่องนี้ \/ This field is required/)
    expect(missingRequired(0, true)).toBeUndefined()
    expect(missingRequired(null, false)).toBeUndefined()
  })
})

describe('validateMonthInFiscalYear (Bangkok months)', () => {
  it.each<[string, string | true, string]>([
    ['2022-09-30T17:00:00.000Z', true, 'October 2022 picked in Bangkok'],
    ['2022-10-01T00:00:00.000Z', true, 'October 2022 stored in UTC'],
    ['2023-09-01T00:00:00.000+07:00', true, 'September 2023 is the last month'],
    ['2022-09-20T00:00:00.000+07:00', 'กันยายน 2565 อยู่ในปีงบประมาณ 2565 ไม่ใช่ 2566', 'September 2022 belongs to FY 2565'],
    ['2023-10-01T00:00:00.000+07:00', 'ตุลาคม 2566 อยู่ในปีงบประมาณ 2567 ไม่ใช่ 2566', 'October 2023 opens FY 2567'],
  ])('%s → %s (%s)', (month, ok) => {
    const result = validateMonthInFiscalYear(month, 2566)
    if (ok === true) expect(result).toBe(true)
    else {
      // Issue 18.6: the message names Buddhist-era months and days, never CE ISO dates.
      expect(result).toContain(ok)
      expect(result).toContain('1 ต.ค. 65 – 30 ก.ย. 66')
      expect(result).not.toMatch(/20\d\d-\d\d/)
    }
  })
})

describe('publishGatePlugin configuration errors', () => {
  const collection = { slug: 'notes', fields: [{ name: 'title', type: 'text' }] }
  const set = (check: unknown) => ({
    id: 's',
    label: { th: 'ชุด', en: 'Set' },
    rules: [{ id: 'r', level: 'required', label: { th: 'ก', en: 'A' }, message: { th: 'ขาด', en: 'Missing' }, check }],
  })

  it('refuses a custom check it has no function for', () => {
    const plugin = publishGatePlugin({ collections: { notes: [set({ type: 'custom', name: 'isNice' })] as never } })
    expect(() => plugin({ collections: [collection] } as never)).toThrowError(
      '[publishGatePlugin] collection "notes" rule "r": no custom check "isNice" in customChecks',
    )
    const ok = publishGatePlugin({
      collections: { notes: [set({ type: 'custom', name: 'isNice' })] as never },
      customChecks: { isNice: () => true },
    })
    expect(() => ok({ collections: [collection] } as never)).not.toThrow()
  })

  it('refuses rules for a collection that does not exist, and malformed rules', () => {
    expect(() => publishGatePlugin({ collections: { nope: [] } })({ collections: [collection] } as never)).toThrowError(
      '[publishGatePlugin] no collection "nope" to gate',
    )
    expect(() =>
      publishGatePlugin({ collections: { notes: [set({ type: 'present', path: 'not a path' })] as never } })({
        collections: [collection],
      } as never),
    ).toThrowError(/^\[publishGatePlugin\] collection "notes" rule set 0: rules\.0\.check\.path: /)
  })
})
