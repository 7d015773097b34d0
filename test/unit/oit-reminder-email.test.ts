/**
 * The due reminder e-mail (plugins/oit/jobs/reminderEmail.ts) in the readers' language: Thai
 * only, English only, or Thai then English when the language is unknown; every word from the
 * plugin's translations (a reworded key shows in the message).
 */
import { describe, expect, it } from 'vitest'

import type { Framework, FrameworkItem, ItemStatus } from '@prongsai/oit/types'
import { reminderEmail, translations } from '@prongsai/oit/utilities'

const THAI = /[\u0E00-\u0E7F]/
const input = {
  framework: { year: 2569, provisional: true } as Framework,
  item: {
    code: 'o21',
    division: 'finance',
    title: { th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน', en: 'Monthly procurement summary' },
    notes: [{ th: 'หมายเหตุ <ข้อ>', en: 'A note <item>' }],
  } as FrameworkItem,
  status: { division: { code: 'finance', name: 'Finance Division' } } as ItemStatus,
  gaps: [
    {
      key: '2025-10',
      label: { th: 'เดือนตุลาคม 2568', en: 'October 2025' },
      reasons: [{ th: 'ไม่มี สขร.1', en: 'No summary' }],
    },
  ],
  link: 'https://www.example.go.th/admin/collections/procurement-monthly-summaries?a=1&b=2',
}

describe('reminder e-mail', () => {
  it('English only for English readers, every word from the translations', () => {
    const mail = reminderEmail({ ...input, language: 'en' })
    expect(mail.subject).toBe('o21 Monthly procurement summary due: October 2025')
    expect(mail.text).toBe(
      [
        'To the people responsible in Finance Division',
        '',
        'Item o21 Monthly procurement summary (ITA 2569 (provisional)) is due, and nothing complete is published for',
        '- October 2025: No summary',
        '',
        `Please prepare and publish it at ${input.link}`,
        '* A note <item>',
        '',
        'Sent automatically, once per item and period.',
        '',
      ].join('\n'),
    )
    expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(THAI)
    expect(mail.html).toMatch(/^<div lang="en">/)
    expect(mail.html).toContain('* A note &lt;item&gt;')
    expect(mail.html).toContain('?a=1&amp;b=2')
  })

  it('Thai only for Thai readers', () => {
    const mail = reminderEmail({ ...input, language: 'th' })
    expect(mail.subject).toBe('[ITA 2569 (ชั่วคราว)] ถึงกำหนด o21 สรุปผลการจัดซื้อจัดจ้างรายเดือน: เดือนตุลาคม 2568')
    expect(mail.text.split('\n')[0]).toBe('เรียน ผู้รับผิดชอบ Finance Division')
    expect(mail.text).toContain('- เดือนตุลาคม 2568: ไม่มี สขร.1')
    expect(mail.text).toContain('อีเมลนี้ส่งโดยอัตโนมัติจากระบบ')
    for (const english of ['To the people', 'is due', 'Please', 'Sent automatically', 'October', 'No summary', 'A note'])
      expect(`${mail.subject}${mail.text}${mail.html}`).not.toContain(english)
    expect(mail.html).toMatch(/^<div lang="th">/)
    expect(mail.html).not.toContain('lang="en"')
  })

  it('Thai, then English, when the language is unknown or unset', () => {
    for (const language of [undefined, 'fr']) {
      const mail = reminderEmail({ ...input, language })
      expect(mail.subject).toBe(
        '[ITA 2569 (ชั่วคราว)] ถึงกำหนด o21 สรุปผลการจัดซื้อจัดจ้างรายเดือน: เดือนตุลาคม 2568 / o21 Monthly procurement summary due: October 2025',
      )
      const [th, en] = mail.text.split('\n----------------------------------------\n')
      expect(th).toMatch(/^เรียน ผู้รับผิดชอบ Finance Division\n/)
      expect(en).toMatch(/^\nTo the people responsible in Finance Division\n/)
      expect(mail.html).toMatch(/^<div lang="th">[\s\S]*<hr>\n<div lang="en">/)
    }
  })

  it('an item of every division is greeted in the reader\'s language ("ทุกส่วนราชการ", "All divisions")', () => {
    // As the status engine once wrote it: the Thai name, whatever the reader's language.
    for (const status of [{ division: { code: 'all' } }, { division: { code: 'all', name: 'ทุกส่วนราชการ' } }]) {
      const item = { ...input.item, division: 'all' }
      const en = reminderEmail({ ...input, item, status: status as ItemStatus, language: 'en' })
      expect(en.text.split('\n')[0]).toBe(`To the people responsible in ${translations.en['plugin-oit'].allDivisions}`)
      expect(`${en.subject}${en.text}${en.html}`).not.toMatch(THAI)
      const th = reminderEmail({ ...input, item, status: status as ItemStatus, language: 'th' })
      expect(th.text.split('\n')[0]).toBe('เรียน ผู้รับผิดชอบ ทุกส่วนราชการ')
    }
  })

  it('the words are the translations: none is written in reminderEmail.ts', () => {
    for (const language of ['th', 'en'] as const) {
      const mail = reminderEmail({ ...input, language })
      const words = translations[language]['plugin-oit']
      expect(mail.text).toContain(words.reminderAction)
      expect(mail.text).toContain(words.reminderFooter)
    }
  })
})
