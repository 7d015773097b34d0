/**
 * Every error message a client gets is "ไทย / English" (src/i18n/bilingualMessage.ts):
 * Payload's own strings get the other language of the same string, its hard-coded English
 * gets the Thai written for it, anything else a Thai (or English) line by status.
 */
import { describe, expect, it } from 'vitest'

import { isBilingual, toBilingual } from '../../src/i18n/bilingualMessage'

describe('toBilingual', () => {
  it('leaves a message that already is alone', () => {
    expect(toBilingual('ต้องเป็นตัวเลข / must be a number')).toBe('ต้องเป็นตัวเลข / must be a number')
    expect(isBilingual('"and" และ "or" ซ้อนลึก / "and" / "or" nested')).toBe(true)
  })

  it("puts Payload's English beside its Thai, variables and appended paths kept", () => {
    expect(toBilingual('คุณไม่ได้รับอนุญาตให้ดำเนินการสิ่งนี้', 403)).toBe(
      'คุณไม่ได้รับอนุญาตให้ดำเนินการสิ่งนี้ / You are not allowed to perform this action.',
    )
    expect(toBilingual('ช่องต่อไปนี้ไม่ถูกต้อง: title')).toBe(
      'ช่องต่อไปนี้ไม่ถูกต้อง / The following field is invalid: title',
    )
    expect(toBilingual('ช่องต่อไปนี้ไม่ถูกต้อง: title, year')).toBe(
      'ช่องต่อไปนี้ไม่ถูกต้อง / The following fields are invalid: title, year',
    )
  })

  it('names the invalid fields once, after both languages, as the admin’s toast reads them (first colon, then commas)', () => {
    const message = toBilingual('ช่องต่อไปนี้ไม่ถูกต้อง: รูปถ่าย, ช่องทางการติดต่อ > โทรศัพท์, รายการตรวจก่อนเผยแพร่')
    const [intro, list] = [message.slice(0, message.indexOf(':')), message.slice(message.indexOf(':') + 1)]
    expect(intro).toBe('ช่องต่อไปนี้ไม่ถูกต้อง / The following fields are invalid')
    expect(list.split(',').map((item) => item.trim())).toEqual(['รูปถ่าย', 'ช่องทางการติดต่อ > โทรศัพท์', 'รายการตรวจก่อนเผยแพร่'])
  })

  it("puts Payload's Thai beside its English", () => {
    expect(toBilingual('You are not allowed to perform this action.', 403)).toBe(
      'คุณไม่ได้รับอนุญาตให้ดำเนินการสิ่งนี้ / You are not allowed to perform this action.',
    )
    expect(toBilingual('The following field is invalid: file')).toBe('ช่องต่อไปนี้ไม่ถูกต้อง / The following field is invalid: file')
  })

  it('has Thai for the English Payload hard-codes, and a line by status for the rest', () => {
    expect(toBilingual('The following path cannot be queried: nosuch')).toBe(
      'ค้นหาหรือเรียงตามช่องต่อไปนี้ไม่ได้: nosuch / The following path cannot be queried: nosuch',
    )
    // Payload has this one in its translations too: its own Thai.
    expect(toBilingual('Missing ID of document to update.')).toBe('ไม่พบ ID ของเอกสารที่ต้องการแก้ไข / Missing ID of document to update.')
    expect(toBilingual('Missing ID of version to restore.')).toMatch(/^ไม่ได้ระบุรหัส \(id\).* \/ Missing ID/)
    expect(toBilingual('heading node failed to validate: Heading tag must be one of h1, h2.')).toMatch(
      /^ส่วน "heading" ในข้อความจัดรูปแบบไม่ถูกต้อง \/ heading node/,
    )
    expect(toBilingual('Something nobody wrote down', 409)).toBe('ข้อมูลขัดแย้งกับที่มีอยู่ / Something nobody wrote down')
    expect(toBilingual('ข้อความไทยที่ไม่มีในรายการ', 404)).toBe('ข้อความไทยที่ไม่มีในรายการ / Not found')
    for (const message of ['', 'x', 'ก']) expect(isBilingual(toBilingual(message, 500)), message).toBe(true)
  })
})
