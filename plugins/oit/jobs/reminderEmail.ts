/**
 * The e-mail of a due reminder for one item, plain text and the same as HTML: in the
 * readers' language when it is one of the plugin's (`th`, `en`), else Thai, then English.
 * Every word comes from the plugin's translations (`plugin-oit:reminder…`).
 */
import { bilingual } from '@prongsai/shared/bilingual'
import { escapeHtml } from '@prongsai/shared/escapeHtml'
import type { Framework, FrameworkItem } from '../framework/schema'
import { yearLabel } from '../framework/yearLabel'
import { divisionName } from '../status/explain'
import type { ItemStatus } from '../status/types'
import { type OitLanguage, say, translations } from '../translations'
import type { Gap } from './reminderGaps'

/** The words of one language's part. */
interface Words {
  subject: string
  greeting: string
  lead: string
  lines: string[]
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
  /** The readers' language; unknown or unset: Thai, then English. */
  language?: string
}

export interface ReminderMessage {
  subject: string
  text: string
  html: string
}

const SEPARATOR = '----------------------------------------'

export function reminderEmail(input: ReminderEmailInput): ReminderMessage {
  const { language, link } = input
  if (isOitLanguage(language)) {
    const words = wordsOf(input, language)
    return { subject: words.subject, text: `${textPart(words, link)}\n`, html: `${htmlPart(language, words, link)}\n` }
  }
  const th = wordsOf(input, 'th')
  const en = wordsOf(input, 'en')
  return {
    subject: bilingual(th.subject, en.subject),
    text: `${textPart(th, link)}\n\n${SEPARATOR}\n\n${textPart(en, link)}\n`,
    html: `${htmlPart('th', th, link)}\n<hr>\n${htmlPart('en', en, link)}\n`,
  }
}

function isOitLanguage(language: string | undefined): language is OitLanguage {
  return language !== undefined && Object.hasOwn(translations, language)
}

function wordsOf({ framework, item, status, gaps }: ReminderEmailInput, language: OitLanguage): Words {
  // A provisional year's items may still change: the reader should know.
  const year = yearLabel(framework)[language]
  const title = item.title[language]
  const division = divisionName(status.division, language)
  return {
    subject: say(language, 'reminderSubject', {
      year,
      code: item.code,
      title,
      periods: gaps.map((g) => g.label[language]).join(', '),
    }),
    greeting: say(language, 'reminderGreeting', { division }),
    lead: say(language, 'reminderLead', { code: item.code, title, year }),
    lines: gaps.map(
      (g) => `${g.label[language]}${g.reasons.length ? `: ${g.reasons.map((r) => r[language]).join('; ')}` : ''}`,
    ),
    action: say(language, 'reminderAction'),
    notes: item.notes.map((n) => n[language]),
    footer: say(language, 'reminderFooter'),
  }
}

function textPart(words: Words, link: string): string {
  return [
    words.greeting,
    '',
    words.lead,
    ...words.lines.map((line) => `- ${line}`),
    '',
    `${words.action} ${link}`,
    ...words.notes.map((note) => `* ${note}`),
    '',
    words.footer,
  ].join('\n')
}

function htmlPart(language: OitLanguage, words: Words, link: string): string {
  return [
    `<div lang="${language}">`,
    `<p>${escapeHtml(words.greeting)}</p>`,
    `<p>${escapeHtml(words.lead)}</p>`,
    `<ul>${words.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    `<p>${escapeHtml(words.action)} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    ...words.notes.map((note) => `<p><small>* ${escapeHtml(note)}</small></p>`),
    `<p><small>${escapeHtml(words.footer)}</small></p>`,
    '</div>',
  ].join('\n')
}
