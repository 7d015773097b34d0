import { format, parse } from 'date-fns'
import { enUS } from 'date-fns/locale/en-US'
import { th } from 'date-fns/locale/th'
import { describe, expect, it } from 'vitest'

import { toEraPattern, withBuddhistEraYears, withPlainYears } from '@prongsai/buddhist-era'

withBuddhistEraYears(th)
withPlainYears(enUS)

// 2026-11-23 10:00 in Bangkok; date-fns formats in the process time zone, so use a local date.
const date = new Date(2026, 10, 23, 10, 0)

describe('Buddhist-era years in date-fns patterns', () => {
  it('turns every year token into yo and leaves quoted text alone', () => {
    expect(toEraPattern('d MMM yyyy HH:mm')).toBe('d MMM yo HH:mm')
    expect(toEraPattern('MMMM yyyy')).toBe('MMMM yo')
    expect(toEraPattern("MMM d, yyy h:mm a 'yyyy'")).toBe("MMM d, yo h:mm a 'yyyy'")
    expect(toEraPattern('d MMM yo')).toBe('d MMM yo')
  })

  it('prints BE years in Thai and plain CE years in English', () => {
    expect(format(date, 'd MMM yo', { locale: th })).toBe('23 พ.ย. 2569')
    expect(format(new Date(2022, 9, 1), 'MMMM yo', { locale: th })).toBe('ตุลาคม 2565')
    expect(format(date, 'd MMM yo', { locale: enUS })).toBe('23 Nov 2026')
  })

  it('keeps the ordinals of other units', () => {
    expect(format(date, 'do', { locale: enUS })).toBe('23rd')
  })

  it('reads a typed BE year back to the same instant; a CE year typed in Thai stays CE', () => {
    expect(parse('23 พ.ย. 2569', 'd MMM yo', new Date(), { locale: th }).getTime()).toBe(
      new Date(2026, 10, 23).getTime(),
    )
    expect(parse('23 พ.ย. 2026', 'd MMM yo', new Date(), { locale: th }).getTime()).toBe(
      new Date(2026, 10, 23).getTime(),
    )
    expect(parse('ตุลาคม 2565', 'MMMM yo', new Date(), { locale: th }).getTime()).toBe(new Date(2022, 9, 1).getTime())
    expect(parse('23 Nov 2026', 'd MMM yo', new Date(), { locale: enUS }).getTime()).toBe(
      new Date(2026, 10, 23).getTime(),
    )
  })

  it('patches once: applying it twice does not add 543 twice', () => {
    withBuddhistEraYears(th)
    expect(format(date, 'yo', { locale: th })).toBe('2569')
  })
})

describe("the admin's own date-fns locales", () => {
  it('are the ones patched: Payload pins its own date-fns, so they are taken through importDateFNSLocale', async () => {
    const { importDateFNSLocale } = await import('@payloadcms/translations')
    const { eraLocalesReady } = await import('@prongsai/buddhist-era/locale')
    await eraLocalesReady
    const payloadTh = await importDateFNSLocale('th')
    const payloadEn = await importDateFNSLocale('en-US')
    expect(format(date, 'd MMMM yo', { locale: payloadTh })).toBe('23 พฤศจิกายน 2569')
    expect(format(date, 'd MMMM yo', { locale: payloadEn })).toBe('23 November 2026')
  })
})
