/**
 * Due reminders, a Payload job task: for the ITA framework of the current Thai fiscal
 * year, whatever has fallen due and is still not published is mailed to its division —
 * - a monthly item (สขร.1): each month of October–March that has ended without a
 *   complete published summary (or declaration of none);
 * - six-month data: once March has ended, an item with nothing in its window.
 * Each (year, item, period) is mailed once: what was sent is remembered in `payload.kv`
 * (a database table, so it survives restarts), written after the message went out.
 * Which months are missing, and why, is the status engine's answer (computeStatus.ts).
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { bilingual, type Label } from '../../../src/lib/bilingual'
import { firstHalfOfFiscalYear, fiscalYearOf, formatThaiDate } from '../../../src/lib/thai-calendar'
import type { OitRemindersSettings } from '../defaults'
import { withAssignedDivisions } from '../divisions/assignedDivisions'
import type { Framework, FrameworkItem } from '../framework/schema'
import { computeItemStatus, departmentNames } from '../status/computeStatus'
import { dueMonths } from '../status/nextDue'
import type { ItemStatus } from '../status/types'
import { absolute } from '../status/urls'
import { siteOrigin } from '../../../src/lib/siteOrigin'

export const DUE_REMINDERS_TASK = 'oitDueReminders'

/** Key prefix of what was sent, in `payload.kv`: `oit-reminder:<year>:<code>:<period>`. */
export const SENT_KEY_PREFIX = 'oit-reminder'

export interface DueRemindersInput {
  /** The moment to judge at (ISO). @default the real time */
  now?: null | string
}

export interface DueReminder {
  code: string
  department: string
  /** `YYYY-MM` for a month, `first-half` for the six months. */
  periods: string[]
  to: string[]
}

export interface DueRemindersOutput {
  /** The fiscal year judged (BE). */
  year: number
  /** Whether a framework of that year exists (otherwise nothing is done). */
  framework: boolean
  /** Messages sent in this run. */
  sent: number
  reminders: DueReminder[]
}

export interface DueRemindersOptions {
  payload: Payload
  req: PayloadRequest
  frameworks: readonly Framework[]
  /** Origin of the public site as configured; unset: the config's serverURL, else the last request origin seen. */
  siteUrl?: string
  recipients: OitRemindersSettings['recipients']
  now?: Date
}

/** One period of one item that is due and not there. */
interface Gap {
  key: string
  label: Label
  /** What the status engine says is wrong. */
  reasons: Label[]
}

const MONTHLY = 'monthly-first-half-current-fy'
const SIX_MONTHS = 'first-half-current-fy'

export const sentKey = (year: number, code: string, period: string) => `${SENT_KEY_PREFIX}:${year}:${code}:${period}`

export function dueRemindersTask(
  settings: OitRemindersSettings,
  context: { frameworks: readonly Framework[]; siteUrl?: string },
): TaskConfig<{ input: DueRemindersInput; output: DueRemindersOutput }> {
  return {
    slug: DUE_REMINDERS_TASK,
    label: 'OIT: แจ้งเตือนรายการที่ถึงกำหนด / due reminders',
    inputSchema: [{ name: 'now', type: 'date' }],
    outputSchema: [
      { name: 'year', type: 'number', required: true },
      { name: 'framework', type: 'checkbox', required: true },
      { name: 'sent', type: 'number', required: true },
      { name: 'reminders', type: 'json', required: true },
    ],
    // A failed message is not remembered: the retry sends only what did not go out.
    retries: 2,
    schedule: settings.schedule ? [{ cron: settings.schedule, queue: settings.queue }] : undefined,
    handler: async ({ input, req }) => ({
      output: await sendDueReminders({
        payload: req.payload,
        req,
        frameworks: context.frameworks,
        siteUrl: context.siteUrl,
        recipients: settings.recipients,
        now: input?.now ? new Date(input.now) : undefined,
      }),
    }),
  }
}

/** The task's work, callable on its own. Throws after the run if a message could not be sent. */
export async function sendDueReminders(options: DueRemindersOptions): Promise<DueRemindersOutput> {
  const { payload, req, frameworks, recipients } = options
  const now = options.now ?? new Date()
  if (Number.isNaN(now.getTime())) throw new Error(bilingual('วันที่ไม่ถูกต้อง', `Invalid date: ${String(options.now)}`))
  const year = fiscalYearOf(now)
  const yearFramework = frameworks.find((f) => f.year === year)
  if (!yearFramework) {
    payload.logger.info(
      bilingual(
        `แจ้งเตือน OIT: ไม่มีกรอบการประเมิน ITA ของปีงบประมาณ ${year} จึงไม่มีการแจ้งเตือน`,
        `OIT reminders: there is no ITA framework for fiscal year ${year}, so nothing to remind`,
      ),
    )
    return { year, framework: false, sent: 0, reminders: [] }
  }
  // Each item with the division that answers for it in this organisation.
  const framework = await withAssignedDivisions(payload, yearFramework, req)

  const half = firstHalfOfFiscalYear(year)
  const months = dueMonths(year, now)
  const halfEnded = half.end.getTime() <= now.getTime()
  const items = framework.items.filter(
    (item) => (item.window === MONTHLY && months.length > 0) || (item.window === SIX_MONTHS && halfEnded),
  )
  const departments = await departmentNames({ payload, req })
  // A job has no request of its own: the configured address, else the last one a person used.
  const siteUrl = siteOrigin(options.siteUrl || payload.config.serverURL, req) ?? ''
  const origin = siteUrl
  let warnedNoOrigin = false
  const reminders: DueReminder[] = []
  const failures: string[] = []

  for (const item of items) {
    const status = await computeItemStatus({ payload, req, framework, frameworks, siteUrl, now }, item, departments)
    const gaps: Gap[] = []
    for (const gap of gapsOf(item, status, year, now)) {
      if (!(await payload.kv.has(sentKey(year, item.code, gap.key)))) gaps.push(gap)
    }
    if (gaps.length === 0) continue

    const to = [
      ...new Set(
        (await recipients({ payload, req, departmentCode: item.department }))
          .map((address) => address.trim())
          .filter(Boolean),
      ),
    ]
    if (to.length === 0) {
      // Not remembered: once the division has someone, they are told.
      payload.logger.warn(
        bilingual(
          `แจ้งเตือน OIT: ${item.code} ถึงกำหนดแล้ว แต่ไม่มีผู้รับอีเมลของส่วนราชการ "${item.department}"`,
          `OIT reminders: ${item.code} is due but division "${item.department}" has nobody to e-mail`,
        ),
      )
      continue
    }
    if (!origin && !warnedNoOrigin) {
      warnedNoOrigin = true
      payload.logger.warn(
        bilingual(
          'แจ้งเตือน OIT: ไม่รู้ที่อยู่เว็บไซต์ (ไม่ได้ตั้ง NEXT_PUBLIC_SERVER_URL และยังไม่มีใครเปิดระบบตั้งแต่เริ่มทำงาน) ลิงก์ในอีเมลจึงไม่มีชื่อเว็บไซต์ ตั้ง NEXT_PUBLIC_SERVER_URL',
          'OIT reminders: the site address is unknown (NEXT_PUBLIC_SERVER_URL is not set and nobody has opened the app since it started), so e-mailed links lack it; set NEXT_PUBLIC_SERVER_URL',
        ),
      )
    }
    const message = reminderEmail({
      framework,
      item,
      status,
      gaps,
      link: absolute(origin, status.adminUrl),
    })
    try {
      await payload.sendEmail({ to, ...message })
    } catch (error) {
      failures.push(item.code)
      payload.logger.error({
        err: error,
        msg: bilingual(
          `แจ้งเตือน OIT: ส่งอีเมล ${item.code} ไม่สำเร็จ จะลองใหม่ในรอบถัดไป`,
          `OIT reminders: the e-mail for ${item.code} could not be sent; it will be tried again`,
        ),
      })
      continue
    }
    const sentAt = new Date().toISOString()
    for (const gap of gaps) await payload.kv.set(sentKey(year, item.code, gap.key), { sentAt, to })
    reminders.push({ code: item.code, department: item.department, periods: gaps.map((g) => g.key), to })
  }

  payload.logger.info(
    bilingual(
      `แจ้งเตือน OIT ${year}: ส่งอีเมล ${reminders.length} ฉบับ${reminders.length ? ` (${reminders.map((r) => `${r.code} ${r.periods.join(',')}`).join('; ')})` : ''}`,
      `OIT reminders ${year}: ${reminders.length} e-mail(s) sent`,
    ),
  )
  if (failures.length) {
    throw new Error(
      bilingual(
        `ส่งอีเมลแจ้งเตือนไม่สำเร็จ: ${failures.join(', ')}`,
        `Reminder e-mails could not be sent: ${failures.join(', ')}`,
      ),
    )
  }
  return { year, framework: true, sent: reminders.length, reminders }
}

/** What is due and not there for one item, per period. */
function gapsOf(item: FrameworkItem, status: ItemStatus, year: number, now: Date): Gap[] {
  if (item.window === MONTHLY) {
    const missing = status.reasons.filter((r) => r.code === 'month-missing')
    // The status names each missing month by the same labels (monthsOfFiscalYear).
    return dueMonths(year, now).flatMap((month) => {
      const reason = missing.find((r) => r.message.en.includes(month.labelEn))
      if (!reason) return []
      return [
        {
          key: month.firstDay.slice(0, 7),
          label: { th: `เดือน${formatThaiDate(month.start, { style: 'month' })}`, en: month.labelEn },
          reasons: [reason.message],
        },
      ]
    })
  }
  // Six-month data: nothing in the window (not a document, not a draft).
  if (item.window === SIX_MONTHS && (status.status === 'missing' || status.status === 'stale')) {
    const half = firstHalfOfFiscalYear(year)
    const last = new Date(half.end.getTime() - 1)
    return [
      {
        key: 'first-half',
        label: {
          th: `รอบ 6 เดือน ${formatThaiDate(half.start)} – ${formatThaiDate(last)}`,
          en: `six months, ${half.firstDay} to ${half.lastDay}`,
        },
        reasons: status.reasons.slice(0, 3).map((r) => r.message),
      },
    ]
  }
  return []
}

/** The reminder for one item: Thai, then English; plain text and the same as HTML. */
export function reminderEmail({
  framework,
  item,
  status,
  gaps,
  link,
}: {
  framework: Framework
  item: FrameworkItem
  status: ItemStatus
  gaps: Gap[]
  link: string
}): { subject: string; text: string; html: string } {
  // A provisional year's items may still change: the reader should know.
  const ita = `ITA ${framework.year}${framework.provisional ? ' (ชั่วคราว / provisional)' : ''}`
  const division = status.department.name ?? item.department
  const subject = bilingual(
    `[${ita}] ถึงกำหนด ${item.code} ${item.title.th}: ${gaps.map((g) => g.label.th).join(', ')}`,
    `${item.code} ${item.title.en} due: ${gaps.map((g) => g.label.en).join(', ')}`,
  )
  const th = {
    greeting: `เรียน ผู้รับผิดชอบ ${division}`,
    lead: `ข้อ ${item.code} ${item.title.th} (${ita}) ถึงกำหนดแล้ว แต่ยังไม่มีข้อมูลที่เผยแพร่ครบถ้วน สำหรับ`,
    action: 'กรุณาจัดทำและเผยแพร่ได้ที่',
    notes: item.notes.map((n) => n.th),
    footer: 'อีเมลนี้ส่งโดยอัตโนมัติจากระบบ แจ้งเตือนครั้งเดียวต่อข้อและช่วงเวลา',
  }
  const en = {
    greeting: `To the people responsible in ${division}`,
    lead: `Item ${item.code} ${item.title.en} (${ita}) is due, and nothing complete is published for`,
    action: 'Please prepare and publish it at',
    notes: item.notes.map((n) => n.en),
    footer: 'Sent automatically, once per item and period.',
  }
  const lines = (lang: 'en' | 'th') =>
    gaps.map((g) => `${g.label[lang]}${g.reasons.length ? `: ${g.reasons.map((r) => r[lang]).join('; ')}` : ''}`)
  const textPart = (lang: 'en' | 'th', words: typeof th) =>
    [
      words.greeting,
      '',
      words.lead,
      ...lines(lang).map((line) => `- ${line}`),
      '',
      `${words.action} ${link}`,
      ...words.notes.map((note) => `* ${note}`),
      '',
      words.footer,
    ].join('\n')
  const htmlPart = (lang: 'en' | 'th', words: typeof th) =>
    [
      `<div lang="${lang}">`,
      `<p>${escapeHtml(words.greeting)}</p>`,
      `<p>${escapeHtml(words.lead)}</p>`,
      `<ul>${lines(lang)
        .map((line) => `<li>${escapeHtml(line)}</li>`)
        .join('')}</ul>`,
      `<p>${escapeHtml(words.action)} <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
      ...words.notes.map((note) => `<p><small>* ${escapeHtml(note)}</small></p>`),
      `<p><small>${escapeHtml(words.footer)}</small></p>`,
      '</div>',
    ].join('\n')
  return {
    subject,
    text: `${textPart('th', th)}\n\n----------------------------------------\n\n${textPart('en', en)}\n`,
    html: `${htmlPart('th', th)}\n<hr>\n${htmlPart('en', en)}\n`,
  }
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
