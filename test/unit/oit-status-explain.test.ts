/**
 * The words of the OIT status (plugins/oit/status/explain.ts): every kind of reason is put
 * into Thai and English from the plugin's translations, with every placeholder filled and
 * no key missing; the words are those the status has always used.
 */
import { describe, expect, it } from 'vitest'

import { explainReason, reasonText, translations } from '@prongsai/oit/utilities'
import type { DocumentRef, ReasonCode, ReasonFacts } from '@prongsai/oit/types'

const document: DocumentRef = {
  collection: 'news',
  id: 7,
  title: 'รายงาน 2566',
  fiscalYear: 2564,
  status: 'published',
  adminUrl: '/admin/collections/news/7',
}
const context = {
  year: 2566,
  item: {
    code: 'o2',
    title: { th: 'ข้อมูลผู้บริหาร', en: 'Executives' },
    components: [
      {
        key: 'top-executive',
        label: { th: 'ผู้บริหารสูงสุด', en: 'The top executive' },
      },
    ] as never,
  },
}

/** One reason of every kind (and every variant of a kind), as the judge makes them. */
const EXAMPLES: Record<ReasonCode, ReasonFacts[]> = {
  'component-missing': [
    { code: 'component-missing', document, component: 'o2.photo', path: 'photo', finding: { th: 'ขาดรูป', en: 'No photo' } },
  ],
  'recommended-missing': [
    { code: 'recommended-missing', document, component: 'o2.line', finding: { th: 'ไม่มีไลน์', en: 'No LINE' } },
  ],
  'below-minimum': [{ code: 'below-minimum', counted: 1, minimum: 3 }],
  'drafts-only': [{ code: 'drafts-only', document: { ...document, status: 'draft' } }],
  'out-of-window': [
    { code: 'out-of-window', document },
    { code: 'out-of-window', document: { ...document, fiscalYear: null } },
    { code: 'out-of-window', document: { ...document, fiscalYear: 2566 }, until: '2023-02-28T12:00:00+07:00' },
  ],
  'month-missing': [
    { code: 'month-missing', month: '2023-01', pending: true },
    { code: 'month-missing', month: '2022-10', pending: false },
  ],
  'item-check-failed': [{ code: 'item-check-failed', component: 'o2.top-executive' }],
  nothing: [{ code: 'nothing' }],
}

describe('explain: every reason in Thai and English', () => {
  it('the two languages have the same keys, none empty', () => {
    expect(Object.keys(translations.en['plugin-oit']).sort()).toEqual(Object.keys(translations.th['plugin-oit']).sort())
    for (const language of ['th', 'en'] as const)
      for (const [key, text] of Object.entries(translations[language]['plugin-oit'])) expect(text, `${language}:${key}`).not.toBe('')
  })

  const cases = Object.values(EXAMPLES)
    .flat()
    .flatMap((reason) => [
      ...(['th', 'en'] as const).map((language) => [reason.code, language, reason] as const),
      ['hidden ' + reason.code, 'th', { ...reason, document: undefined, unreadable: true as const }] as const,
    ])
  it.each(cases)('%s (%s) is put into words, every placeholder filled', (_, language, reason) => {
    const text = reasonText(reason, context, language)
    expect(text).not.toMatch(/\{\{|\}\}|plugin-oit:|undefined|null/)
    expect(text.trim()).not.toBe('')
    if (language === 'th') expect(text).toMatch(/[ก-๙]/)
    else expect(text).toMatch(/[A-Za-z]/)
  })

  it('the words are those the status has always used', () => {
    const say = (reason: ReasonFacts) => explainReason(reason, context).message
    expect(say(EXAMPLES['month-missing'][0]!)).toEqual({
      th: 'สขร.1 เดือนมกราคม 2566 ยังไม่ได้เผยแพร่หรือยังไม่ครบ',
      en: 'The monthly summary for January 2023 is not published or not complete',
    })
    expect(say(EXAMPLES['month-missing'][1]!)).toEqual({
      th: 'ไม่มี สขร.1 หรือประกาศว่าไม่มีการจัดซื้อจัดจ้าง ของเดือนตุลาคม 2565',
      en: 'No monthly summary, nor a declaration of no procurement, for October 2022',
    })
    expect(say(EXAMPLES['out-of-window'][0]!)).toEqual({
      th: 'ไม่อยู่ในช่วงที่ ITA 2566 ประเมิน: รายงาน 2566 (ปีงบประมาณ 2564)',
      en: 'Outside the period ITA 2566 assesses: รายงาน 2566 (FY 2564)',
    })
    expect(say(EXAMPLES['out-of-window'][2]!)).toEqual({
      th: 'รายงาน 2566: ข้อมูลถึง 28 กุมภาพันธ์ 2566 ยังไม่ครบรอบ 6 เดือน (ต้องถึง 31 มีนาคม 2566)',
      en: 'รายงาน 2566: the data ends 2023-02-28, short of the six months (to 2023-03-31)',
    })
    expect(say(EXAMPLES['item-check-failed'][0]!)).toEqual({ th: 'ขาดผู้บริหารสูงสุด', en: 'The top executive is missing' })
    expect(say(EXAMPLES['below-minimum'][0]!)).toEqual({
      th: 'มีเอกสารที่ครบถ้วน 1 จาก 3 ฉบับที่กำหนด',
      en: '1 complete document(s) of the 3 required',
    })
    expect(say(EXAMPLES.nothing[0]!)).toEqual({ th: 'ยังไม่มีข้อมูลข้อมูลผู้บริหาร', en: 'Nothing published for Executives' })
    expect(say(EXAMPLES['component-missing'][0]!)).toEqual({ th: 'รายงาน 2566: ขาดรูป', en: 'รายงาน 2566: No photo' })
    // The reason keeps its machine fields beside its words.
    expect(explainReason(EXAMPLES['month-missing'][0]!, context)).toMatchObject({ month: '2023-01', pending: true })
  })
})
