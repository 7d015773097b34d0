/** The e-mail of a due reminder for one item: Thai, then English; plain text and the same as HTML. */
import { bilingual } from '@prongsai/shared/bilingual'
import { escapeHtml } from '@prongsai/shared/escapeHtml'
import type { Framework, FrameworkItem } from '../framework/schema'
import { yearLabel } from '../framework/yearLabel'
import type { ItemStatus } from '../status/types'
import type { Gap } from './reminderGaps'

type Language = 'en' | 'th'

/** The words of one language's part. */
interface Words {
  greeting: string
  lead: string
  action: string
  notes: string[]
  footer: string
}

export interface ReminderEmailInput {
  framework: Framework
  item: FrameworkItem
  status: ItemStatus
  gaps: Gap[]
  /** Where the division fixes it (the admin list of the item). */
  link: string
}

export function reminderEmail({ framework, item, status, gaps, link }: ReminderEmailInput): {
  subject: string
  text: string
  html: string
} {
  // A provisional year's items may still change: the reader should know.
  const ita = yearLabel(framework)
  const subject = bilingual(
    `[${ita.th}] ถึงกำหนด ${item.code} ${item.title.th}: ${gaps.map((g) => g.label.th).join(', ')}`,
    `${item.code} ${item.title.en} due: ${gaps.map((g) => g.label.en).join(', ')}`,
  )
  const words = wordsOf(item, status.division.name ?? item.division, ita)
  const lines = (language: Language) =>
    gaps.map(
      (g) => `${g.label[language]}${g.reasons.length ? `: ${g.reasons.map((r) => r[language]).join('; ')}` : ''}`,
    )
  return {
    subject,
    text: `${textPart(words.th, lines('th'), link)}\n\n----------------------------------------\n\n${textPart(words.en, lines('en'), link)}\n`,
    html: `${htmlPart('th', words.th, lines('th'), link)}\n<hr>\n${htmlPart('en', words.en, lines('en'), link)}\n`,
  }
}

function wordsOf(item: FrameworkItem, division: string, ita: { th: string; en: string }): Record<Language, Words> {
  return {
    th: {
      greeting: `เรียน ผู้รับผิดชอบ ${division}`,
      lead: `ข้อ ${item.code} ${item.title.th} (${ita.th}) ถึงกำหนดแล้ว แต่ยังไม่มีข้อมูลที่เผยแพร่ครบถ้วน สำหรับ`,
      action: 'กรุณาจัดทำและเผยแพร่ได้ที่',
      notes: item.notes.map((n) => n.th),
      footer: 'อีเมลนี้ส่งโดยอัตโนมัติจากระบบ แจ้งเตือนครั้งเดียวต่อข้อและช่วงเวลา',
    },
    en: {
      greeting: `To the people responsible in ${division}`,
      lead: `Item ${item.code} ${item.title.en} (${ita.en}) is due, and nothing complete is published for`,
      action: 'Please prepare and publish it at',
      notes: item.notes.map((n) => n.en),
      footer: 'Sent automatically, once per item and period.',
    },
  }
}

function textPart(words: Words, lines: string[], link: string): string {
  return [
    words.greeting,
    '',
    words.lead,
    ...lines.map((line) => `- ${line}`),
    '',
    `${words.action} ${link}`,
    ...words.notes.map((note) => `* ${note}`),
    '',
    words.footer,
  ].join('\n')
}

function htmlPart(language: Language, words: Words, lines: string[], link: string): string {
  return [
    `<div lang="${language}">`,
    `<p>${escapeHtml(words.greeting)}</p>`,
    `<p>${escapeHtml(words.lead)}</p>`,
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    `<p>${escapeHtml(words.action)} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    ...words.notes.map((note) => `<p><small>* ${escapeHtml(note)}</small></p>`),
    `<p><small>${escapeHtml(words.footer)}</small></p>`,
    '</div>',
  ].join('\n')
}
