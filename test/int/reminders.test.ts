/**
 * Due reminders (plugins/oit/jobs/dueReminders.ts) on the app's own config: divisions
 * from the seed, division users, a published สขร.1 for November 2565 and a draft for
 * December; the task runs as a Payload job with a pinned date in FY 2566. Each missing
 * month, and each six-month item once March has ended, is mailed to the division's
 * editors and reviewers once; the next run sends nothing new.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { DUE_REMINDERS_TASK } from '@prongsai/oit'
import type { DueRemindersOutput } from '@prongsai/oit/types'
import { parseFrameworks } from '@prongsai/oit/utilities'
import { seed } from '../../seed/index'
import { clearOutbox, outbox } from '../../src/email'
import { forgetLastSeenOrigin, rememberOrigin } from '@prongsai/shared/siteOrigin'
import { frameworkSources } from '../helpers/frameworks'
import { bootPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload
let payload: Payload
const division: Record<string, number | string> = {}
/** The deployment's one organisation: what was sent is remembered per organisation. */
let organisation: number | string

/** Bangkok midnight of a day, as stored. */
const bkk = (ymd: string) => new Date(`${ymd}T00:00:00.000+07:00`).toISOString()

async function user(email: string, roles: string[], divisions: string[]) {
  await payload.create({
    collection: 'users',
    data: { email, password: 'test-password-1', roles, divisions: divisions.map((c) => division[c]) } as never,
    overrideAccess: true,
  })
}

/** Queues the task for `now` (its slug is not in the generated types). */
async function queueAt(now: string): Promise<{ id: number | string }> {
  const job = await payload.jobs.queue({ task: DUE_REMINDERS_TASK as never, input: { now } as never })
  return job as unknown as { id: number | string }
}

/** Queues the task for `now` and runs that job, as the scheduler would; returns its output. */
async function runAt(now: string): Promise<DueRemindersOutput> {
  const job = await queueAt(now)
  const { jobStatus } = await payload.jobs.runByID({ id: job.id, silent: true })
  expect(jobStatus?.[job.id]?.status).toBe('success')
  const done = (await payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })) as unknown as {
    completedAt?: string
    hasError?: boolean
    error?: unknown
    log?: { taskSlug: string; state: string; output?: DueRemindersOutput }[]
  }
  expect(done.hasError, JSON.stringify(done.error)).toBeFalsy()
  expect(done.completedAt).toBeTruthy()
  const entry = done.log!.find((l) => l.taskSlug === DUE_REMINDERS_TASK)!
  expect(entry.state).toBe('succeeded')
  return entry.output!
}

const FEB_15 = '2023-02-15T10:00:00+07:00'
const APR_05 = '2023-04-05T10:00:00+07:00'

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
  // No NEXT_PUBLIC_SERVER_URL in tests: the links use the address staff last opened the app at.
  rememberOrigin('http://localhost:3000')
  // Keep finished jobs (deleted by default) so that each run's output can be read back.
  payload.config.jobs.deleteJobOnComplete = false
  await seed(payload, { withDemoContent: false })
  organisation = (await payload.find({ collection: 'tenants', limit: 1, overrideAccess: true })).docs[0]!.id
  const { docs } = await payload.find({ collection: 'divisions', pagination: false, depth: 0 })
  for (const d of docs as { id: number; code: string }[]) division[d.code] = d.id

  await user('kanya@finance.example.go.th', ['editor'], ['finance'])
  await user('head@finance.example.go.th', ['reviewer'], ['finance'])
  // Publishers see every division's status: not reminded.
  await user('publisher@example.go.th', ['publisher'], ['finance'])
  await user('somsri@personnel.example.go.th', ['editor'], ['personnel'])
  // strategy (o12) and secretariat (o37) have nobody yet.

  // November 2565: a published declaration of no procurement (complete); December: a draft only.
  await payload.create({
    collection: 'procurement-monthly-summaries',
    data: {
      title: 'สรุปผลการจัดซื้อจัดจ้าง เดือนพฤศจิกายน 2565 (สขร.1)',
      month: bkk('2022-11-01'),
      fiscalYear: 2566,
      declaredNone: { isNone: true, explanation: 'เดือนพฤศจิกายน 2565 ไม่มีการจัดซื้อจัดจ้าง' },
      division: division.finance,
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'procurement-monthly-summaries',
    data: {
      title: 'สรุปผลการจัดซื้อจัดจ้าง เดือนธันวาคม 2565 (สขร.1)',
      month: bkk('2022-12-01'),
      fiscalYear: 2566,
      division: division.finance,
      _status: 'draft',
    } as never,
    draft: true,
    overrideAccess: true,
  })
  clearOutbox()
})

afterAll(async () => {
  forgetLastSeenOrigin()
  await t?.cleanup()
})

describe('due reminders', () => {
  it('is a task of the jobs config, scheduled daily on the default queue', () => {
    const task = t.config.jobs.tasks?.find((task) => task.slug === DUE_REMINDERS_TASK)
    expect(task?.schedule).toEqual([{ cron: '0 8 * * *', queue: 'default' }])
  })

  it('the scheduler (what autoRun does every minute) queues it for the next 08:00, once', async () => {
    const first = await payload.jobs.handleSchedules({ queue: 'default' })
    // (Beside it, the OIT plugin's refresh of the stored statuses, every minute.)
    expect(first.queued.map((q) => q.taskConfig?.slug).filter((slug) => slug === DUE_REMINDERS_TASK)).toEqual([DUE_REMINDERS_TASK])
    const again = await payload.jobs.handleSchedules({ queue: 'default' })
    expect(again.queued.filter((q) => q.taskConfig?.slug === DUE_REMINDERS_TASK)).toEqual([])
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: DUE_REMINDERS_TASK } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const waitUntil = new Date((docs[0] as { waitUntil: string }).waitUntil)
    expect(waitUntil.getTime()).toBeGreaterThan(Date.now())
    expect([waitUntil.getHours(), waitUntil.getMinutes()]).toEqual([8, 0])
    // Not run here: the tests pin their own dates.
    await payload.jobs.cancelByID({ id: docs[0]!.id })
  })

  it('15 Feb 2566: the months that ended without a summary, to the division editors and reviewers', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    let output: DueRemindersOutput
    let printed: string
    try {
      output = await runAt(FEB_15)
      printed = log.mock.calls.map((c) => String(c[0])).join('\n')
    } finally {
      log.mockRestore()
    }
    // October, December (a draft is not a summary) and January; November is published.
    // Six-month data is not due before March ends.
    expect(output).toMatchObject({ year: 2566, framework: true, sent: 1 })
    expect(output.reminders).toEqual([
      {
        code: 'o21',
        division: 'finance',
        periods: ['2022-10', '2022-12', '2023-01'],
        to: ['head@finance.example.go.th', 'kanya@finance.example.go.th'],
      },
    ])

    const mails = outbox()
    expect(mails).toHaveLength(1)
    const [mail] = mails
    expect(mail!.to).toEqual(['head@finance.example.go.th', 'kanya@finance.example.go.th'])
    expect(mail!.subject).toContain('o21 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน')
    expect(mail!.subject).toContain('เดือนตุลาคม 2565, เดือนธันวาคม 2565, เดือนมกราคม 2566')
    // Both read Thai (the default e-mail language): Thai only (other languages: mail-language.test.ts).
    expect(mail!.subject).not.toContain('Monthly procurement summary')
    expect(mail!.subject).not.toContain('พฤศจิกายน')
    expect(mail!.text).toContain('เรียน ผู้รับผิดชอบ กองคลัง')
    expect(mail!.text).toContain('- เดือนตุลาคม 2565: ไม่มี สขร.1 หรือประกาศว่าไม่มีการจัดซื้อจัดจ้าง ของเดือนตุลาคม 2565')
    expect(mail!.text).toContain('- เดือนธันวาคม 2565: สขร.1 เดือนธันวาคม 2565 ยังไม่ได้เผยแพร่หรือยังไม่ครบ')
    expect(mail!.text).not.toContain('October 2022')
    expect(mail!.text).not.toContain('พฤศจิกายน')
    expect(mail!.text).toContain('http://localhost:3000/admin/collections/procurement-monthly-summaries')
    expect(mail!.html).toContain('<a href="http://localhost:3000/admin/collections/procurement-monthly-summaries">')

    // The console adapter's greppable line, as a browser test reads it from the dev server.
    expect(printed).toMatch(
      /^\[email\] to=head@finance\.example\.go\.th,kanya@finance\.example\.go\.th subject=".*o21/m,
    )

    expect((await payload.kv.keys()).filter((k) => k.startsWith('oit-reminder:')).sort()).toEqual([
      `oit-reminder:${organisation}:2566:o21:2022-10`,
      `oit-reminder:${organisation}:2566:o21:2022-12`,
      `oit-reminder:${organisation}:2566:o21:2023-01`,
    ])
  })

  it('the next run the same day sends nothing new', async () => {
    const output = await runAt(FEB_15)
    expect(output).toMatchObject({ year: 2566, sent: 0, reminders: [] })
    expect(outbox()).toHaveLength(1)
  })

  it('5 Apr 2566: the new months, and six-month data with nothing in the window', async () => {
    clearOutbox()
    const output = await runAt(APR_05)
    const byCode = Object.fromEntries(output.reminders.map((r) => [r.code, r]))
    // o21: February and March only; October, December, January were sent already.
    expect(byCode.o21!.periods).toEqual(['2023-02', '2023-03'])
    // o16 is every division's: its editors and reviewers of every division.
    expect(byCode.o16).toMatchObject({ division: 'all', periods: ['first-half'] })
    expect(byCode.o16!.to).toEqual([
      'head@finance.example.go.th',
      'kanya@finance.example.go.th',
      'somsri@personnel.example.go.th',
    ])
    expect(byCode.o29).toEqual({
      code: 'o29',
      division: 'personnel',
      periods: ['first-half'],
      to: ['somsri@personnel.example.go.th'],
    })
    // o12 (strategy) and o37 (secretariat) have nobody to tell: nothing sent, nothing remembered.
    expect(Object.keys(byCode).sort()).toEqual(['o16', 'o21', 'o29'])
    expect(output.sent).toBe(3)

    const o29 = outbox().find((m) => m.subject.includes('o29'))!
    expect(o29.subject).toContain('รอบ 6 เดือน 1 ตุลาคม 2565 – 31 มีนาคม 2566')
    expect(o29.text).toContain('ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')
    expect(o29.text).toContain('ยังไม่มีข้อมูล')
    expect(o29.text).toContain('http://localhost:3000/admin/collections/statistics?where[kind][equals]=complaint')
    expect(o29.text).toContain('- รอบ 6 เดือน 1 ตุลาคม 2565 – 31 มีนาคม 2566')
    expect(await payload.kv.has(`oit-reminder:${organisation}:2566:o37:first-half`)).toBe(false)
  })

  it('a division that gets someone is told then, once', async () => {
    await user('lek@secretariat.example.go.th', ['reviewer'], ['secretariat'])
    clearOutbox()
    const output = await runAt(APR_05)
    expect(output.reminders).toEqual([
      { code: 'o37', division: 'secretariat', periods: ['first-half'], to: ['lek@secretariat.example.go.th'] },
    ])
    expect(outbox().map((m) => m.to)).toEqual([['lek@secretariat.example.go.th']])

    clearOutbox()
    expect((await runAt(APR_05)).sent).toBe(0)
    expect(outbox()).toEqual([])
  })

  it('a message that cannot be sent is not remembered: the retry sends it', async () => {
    await user('plan@strategy.example.go.th', ['editor'], ['strategy'])
    clearOutbox()
    const send = vi.spyOn(payload, 'sendEmail').mockRejectedValueOnce(new Error('SMTP down'))
    try {
      const job = await queueAt(APR_05)
      const first = await payload.jobs.runByID({ id: job.id, silent: true })
      expect(first.jobStatus?.[job.id]?.status).not.toBe('success')
      expect(await payload.kv.has(`oit-reminder:${organisation}:2566:o12:first-half`)).toBe(false)
      expect(outbox()).toEqual([])
      // The task's retries: the same job runs again and this time the message goes.
      const second = await payload.jobs.runByID({ id: job.id, silent: true })
      expect(second.jobStatus?.[job.id]?.status).toBe('success')
    } finally {
      send.mockRestore()
    }
    expect(outbox().map((m) => m.to)).toEqual([['plan@strategy.example.go.th']])
    expect(await payload.kv.get(`oit-reminder:${organisation}:2566:o12:first-half`)).toMatchObject({
      to: ['plan@strategy.example.go.th'],
    })
  })

  it('outside any framework year it says so and does nothing', async () => {
    // The fiscal year after the newest year file, whichever files there are: 20 November of it.
    const next = Math.max(...parseFrameworks(frameworkSources()).map((f) => f.year)) + 1
    clearOutbox()
    const info = vi.spyOn(payload.logger, 'info')
    try {
      const output = await runAt(`${next - 544}-11-20T10:00:00+07:00`)
      expect(output).toEqual({ year: next, framework: false, sent: 0, reminders: [] })
      expect(info).toHaveBeenCalledWith(expect.stringContaining(`ไม่มีกรอบการประเมิน ITA ของปีงบประมาณ ${next}`))
    } finally {
      info.mockRestore()
    }
    expect(outbox()).toEqual([])
  })
})
