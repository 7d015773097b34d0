/**
 * Due reminders, a Payload job task: for the ITA framework of the current Thai fiscal
 * year, whatever has fallen due and is still not published is mailed to its division —
 * - a monthly item (สขร.1): each month of October–March that has ended without a
 *   complete published summary (or declaration of none);
 * - six-month data: once March has ended, an item with nothing in its window.
 * Where documents belong to organisations, each organisation is judged and reminded on its
 * own: its documents, its divisions, its people.
 * Each (organisation, year, item, period) is mailed once: what was sent is remembered in `payload.kv`
 * (a database table, so it survives restarts), written after the message went out. The
 * recipients get one message per language (`Recipient`: the language each reads, if known).
 * Which months are missing, and why, is the status engine's answer (computeStatus.ts), read
 * by its reasons' fields (`reminderGaps.ts`); the message is `reminderEmail.ts`.
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'
import { byLanguage, type RecipientGroup } from '@prongsai/shared/recipient'
import { firstHalfOfFiscalYear, fiscalYearOf } from '@prongsai/shared/thai-calendar'
import type { OitRemindersSettings } from '../defaults'
import { withAssignedDivisions } from '../divisions/assignedDivisions'
import type { Framework, FrameworkItem } from '../framework/schema'
import { computeItemStatus, divisionNames } from '../status/computeStatus'
import { MONTHLY, SIX_MONTHS } from '../status/judge'
import { dueMonths } from '../status/nextDue'
import { absolute } from '../status/urls'
import { siteOrigin } from '@prongsai/shared/siteOrigin'
import { translations } from '../translations'
import type { OrganisationId } from '../organisations/scope'
import type { OitCustomConfig } from '../types'
import { type ReminderEmailInput, reminderEmail } from './reminderEmail'
import { type Gap, gapsOf } from './reminderGaps'

export { reminderEmail } from './reminderEmail'

export const DUE_REMINDERS_TASK = 'oitDueReminders'

/** Key prefix of what was sent, in `payload.kv`: `oit-reminder:[<organisation>:]<year>:<code>:<period>`. */
export const SENT_KEY_PREFIX = 'oit-reminder'

export interface DueRemindersInput {
  /** The moment to judge at (ISO). @default the real time */
  now?: null | string
}

export interface DueReminder {
  code: string
  division: string
  /** `YYYY-MM` for a month, `first-half` for the six months. */
  periods: string[]
  to: string[]
}

export interface DueRemindersOutput {
  /** The fiscal year judged (BE). */
  year: number
  /** Whether a framework of that year exists (otherwise nothing is done). */
  framework: boolean
  /** Items reminded in this run (each by one message per language of its recipients). */
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

export const sentKey = (year: number, code: string, period: string, organisation?: OrganisationId) =>
  organisation === undefined
    ? `${SENT_KEY_PREFIX}:${year}:${code}:${period}`
    : `${SENT_KEY_PREFIX}:${organisation}:${year}:${code}:${period}`

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
  const { payload, req, frameworks } = options
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
  const organisations = (payload.config.custom?.oit as OitCustomConfig | undefined)?.organisations
  const each: (OrganisationId | undefined)[] = organisations ? await organisations.all(payload) : [undefined]
  const reminders: DueReminder[] = []
  const failures: string[] = []
  for (const organisation of each) {
    const done = await remindOrganisation(options, { year, yearFramework, now, organisation })
    reminders.push(...done.reminders)
    failures.push(...done.failures)
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

/** One organisation's reminders (or the only organisation's): what went out, and what failed. */
async function remindOrganisation(
  options: DueRemindersOptions,
  { year, yearFramework, now, organisation }: { year: number; yearFramework: Framework; now: Date; organisation?: OrganisationId },
): Promise<{ reminders: DueReminder[]; failures: string[] }> {
  const { payload, req, frameworks } = options
  // Each item with the division that answers for it in this organisation.
  const framework = await withAssignedDivisions(payload, yearFramework, req, organisation)

  const half = firstHalfOfFiscalYear(year)
  const months = dueMonths(year, now)
  const halfEnded = half.end.getTime() <= now.getTime()
  const items = framework.items.filter(
    (item) => (item.window === MONTHLY && months.length > 0) || (item.window === SIX_MONTHS && halfEnded),
  )
  const divisions = await divisionNames({ payload, req, organisation })
  // A job has no request of its own: the configured address, else the last one a person used.
  const siteUrl = siteOrigin(options.siteUrl || payload.config.serverURL, req) ?? ''
  const origin = siteUrl
  let warnedNoOrigin = false
  const reminders: DueReminder[] = []
  const failures: string[] = []

  for (const item of items) {
    const status = await computeItemStatus({ payload, req, framework, frameworks, siteUrl, now, organisation }, item, divisions)
    const gaps = await unsent(payload, year, item.code, gapsOf(item, status, year, now), organisation)
    if (gaps.length === 0) continue
    const groups = await recipientsOf(options, item, organisation)
    const to = groups.flatMap((group) => group.to)
    if (to.length === 0) {
      // Not remembered: once the division has someone, they are told.
      payload.logger.warn(
        bilingual(
          `แจ้งเตือน OIT: ${item.code} ถึงกำหนดแล้ว แต่ไม่มีผู้รับอีเมลของส่วนราชการ "${item.division}"`,
          `OIT reminders: ${item.code} is due but division "${item.division}" has nobody to e-mail`,
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
    const message = { framework, item, status, gaps, link: absolute(origin, status.adminUrl) }
    // Remembered only once every language's message went out. If one fails, the item is not
    // remembered and the retry sends every group again: those whose message went out get it twice
    // (as before, where one message went to everyone: better twice than never).
    if (!(await sendEach(payload, groups, message))) {
      failures.push(item.code)
      continue
    }
    const sentAt = new Date().toISOString()
    for (const gap of gaps) await payload.kv.set(sentKey(year, item.code, gap.key, organisation), { sentAt, to })
    reminders.push({ code: item.code, division: item.division, periods: gaps.map((g) => g.key), to })
  }
  return { reminders, failures }
}

/** The gaps not mailed yet (what was sent is remembered in `payload.kv`). */
async function unsent(payload: Payload, year: number, code: string, gaps: Gap[], organisation?: OrganisationId): Promise<Gap[]> {
  const out: Gap[] = []
  for (const gap of gaps) if (!(await payload.kv.has(sentKey(year, code, gap.key, organisation)))) out.push(gap)
  return out
}

/** The division's addresses for an item, each once, by the language of their message. */
async function recipientsOf(
  options: DueRemindersOptions,
  item: FrameworkItem,
  organisation?: OrganisationId,
): Promise<RecipientGroup[]> {
  const { payload, req, recipients } = options
  return byLanguage(await recipients({ payload, req, divisionCode: item.division, organisation }), Object.keys(translations))
}

/** One message per language group; false if any could not be sent (each failure is logged). */
async function sendEach(
  payload: Payload,
  groups: RecipientGroup[],
  message: Omit<ReminderEmailInput, 'language'>,
): Promise<boolean> {
  let allSent = true
  for (const { language, to } of groups) {
    try {
      await payload.sendEmail({ to, ...reminderEmail({ ...message, language }) })
    } catch (error) {
      allSent = false
      payload.logger.error({
        err: error,
        msg: bilingual(
          `แจ้งเตือน OIT: ส่งอีเมล ${message.item.code} ถึง ${to.join(', ')} ไม่สำเร็จ จะลองใหม่ในรอบถัดไป`,
          `OIT reminders: the e-mail for ${message.item.code} to ${to.join(', ')} could not be sent; it will be tried again`,
        ),
      })
    }
  }
  return allSent
}
