/**
 * E-mail adapters (src/email): the console adapter prints a readable message and one
 * greppable line and keeps an outbox shared through globalThis; the SMTP adapter really
 * talks SMTP (to a small server in this test) with login, Thai subject and body intact.
 */
import type { Payload } from 'payload'

import net from 'node:net'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { parseEnv } from '../../src/env'
import { clearOutbox, createEmailAdapter, outbox } from '../../src/email'
import { consoleEmailAdapter } from '../../src/email/console'
import { addressesOf, logLine } from '../../src/email/message'
import { smtpEmailAdapter, transportOptions } from '../../src/email/smtp'

const FROM = { address: 'no-reply@example.go.th', name: 'โปร่งใส Prongsai' }

function fakePayload() {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  return { payload: { logger } as unknown as Payload, logger }
}

const SUBJECT = 'แจ้งเตือน: สขร.1 เดือนตุลาคม 2565 ยังไม่เผยแพร่ / Reminder: October 2022 summary'
const TEXT = 'เรียน ผู้รับผิดชอบ กองคลัง\nกรุณาเผยแพร่ สขร.1 เดือนตุลาคม 2565\n\nPlease publish it.'

beforeEach(() => clearOutbox())

describe('console adapter (no SMTP)', () => {
  it('prints the message readably, then one [email] line, and keeps it in the outbox', async () => {
    const printed: string[] = []
    const { payload } = fakePayload()
    const adapter = consoleEmailAdapter({ from: FROM, print: (text) => printed.push(text) })({ payload })
    expect(adapter.name).toBe('console')
    expect(adapter.defaultFromAddress).toBe(FROM.address)

    await adapter.sendEmail({
      to: '"สมชาย ใจดี" <somchai@example.go.th>, malee@example.go.th',
      subject: SUBJECT,
      text: TEXT,
    })

    expect(printed).toHaveLength(1)
    const lines = printed[0]!.split('\n')
    expect(printed[0]).toContain('│ เรื่อง / Subject: ' + SUBJECT)
    expect(printed[0]).toContain('│ ถึง / To: somchai@example.go.th, malee@example.go.th')
    expect(printed[0]).toContain('│ จาก / From: "โปร่งใส Prongsai" <no-reply@example.go.th>')
    expect(printed[0]).toContain('│ กรุณาเผยแพร่ สขร.1 เดือนตุลาคม 2565')
    // The last line is the one a script greps: every recipient, the subject JSON-quoted.
    expect(lines.at(-1)).toBe(`[email] to=somchai@example.go.th,malee@example.go.th subject=${JSON.stringify(SUBJECT)}`)
    expect(lines.filter((l) => l.startsWith('[email] '))).toHaveLength(1)

    const [kept] = outbox()
    expect(kept).toMatchObject({
      to: ['somchai@example.go.th', 'malee@example.go.th'],
      subject: SUBJECT,
      text: TEXT,
      from: '"โปร่งใส Prongsai" <no-reply@example.go.th>',
    })
    expect(Date.parse(kept!.at)).not.toBeNaN()
  })

  it('shows an HTML-only message as text, and names Cc/Bcc', async () => {
    const printed: string[] = []
    const adapter = consoleEmailAdapter({ from: FROM, print: (t) => printed.push(t) })(fakePayload())
    await adapter.sendEmail({
      to: [{ name: 'ก', address: 'a@example.go.th' }],
      cc: 'c@example.go.th',
      bcc: ['b@example.go.th'],
      subject: 'HTML',
      html: '<p>รายการ &amp; ลิงก์</p><ul><li>หนึ่ง</li><li>สอง</li></ul>',
    })
    expect(printed[0]).toContain('│ รายการ & ลิงก์')
    expect(printed[0]).toContain('│ - หนึ่ง')
    expect(printed[0]).toContain('│ สำเนา / Cc: c@example.go.th')
    expect(printed[0]!.split('\n').at(-1)).toBe(
      '[email] to=a@example.go.th,c@example.go.th,b@example.go.th subject="HTML"',
    )
    expect(outbox()[0]!.html).toContain('<li>หนึ่ง</li>')
  })

  it('keeps only the last N messages, oldest first; clearOutbox empties it', async () => {
    const adapter = consoleEmailAdapter({ from: FROM, print: () => {}, keep: 3 })(fakePayload())
    for (let i = 1; i <= 5; i++) await adapter.sendEmail({ to: 'x@example.go.th', subject: `#${i}`, text: '-' })
    expect(outbox().map((m) => m.subject)).toEqual(['#3', '#4', '#5'])
    // A copy: changing it changes nothing.
    outbox().pop()
    expect(outbox()).toHaveLength(3)
    clearOutbox()
    expect(outbox()).toEqual([])
  })

  it('one outbox per process, even when the module is loaded twice (as Next.js may)', async () => {
    vi.resetModules()
    const second = await import('../../src/email/console')
    const adapter = second.consoleEmailAdapter({ from: FROM, print: () => {} })(fakePayload())
    await adapter.sendEmail({ to: 'y@example.go.th', subject: 'จากอีกสำเนาของโมดูล', text: '-' })
    expect(outbox().map((m) => m.subject)).toEqual(['จากอีกสำเนาของโมดูล'])
    second.clearOutbox()
    expect(outbox()).toEqual([])
  })

  it('writes to stdout by default', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      const adapter = createEmailAdapter(parseEnv({ NODE_ENV: 'development' }))(fakePayload())
      await adapter.sendEmail({ to: 'z@example.go.th', subject: 'ทดสอบ', text: 'สวัสดี' })
      expect(log).toHaveBeenCalledTimes(1)
      expect(String(log.mock.calls[0]![0])).toMatch(/\n\[email\] to=z@example\.go\.th subject="ทดสอบ"$/)
    } finally {
      log.mockRestore()
    }
  })
})

describe('createEmailAdapter', () => {
  it('without SMTP: the console adapter, silent in development', () => {
    const { payload, logger } = fakePayload()
    const adapter = createEmailAdapter(parseEnv({ NODE_ENV: 'development' }))({ payload })
    expect(adapter.name).toBe('console')
    expect(adapter.defaultFromAddress).toBe('no-reply@prongsai.invalid')
    expect(adapter.defaultFromName).toBe('โปร่งใส Prongsai')
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it('production without SMTP_HOST: still starts, with a clear bilingual warning', () => {
    const { payload, logger } = fakePayload()
    const env = parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) })
    const adapter = createEmailAdapter(env)({ payload })
    expect(adapter.name).toBe('console')
    expect(logger.warn).toHaveBeenCalledTimes(1)
    const warning = String(logger.warn.mock.calls[0]![0])
    expect(warning).toContain('ยังไม่ได้ตั้ง SMTP_HOST')
    expect(warning).toContain('SMTP_HOST is not set: e-mail')
  })

  it('with SMTP_HOST: the SMTP adapter, sender from EMAIL_FROM and EMAIL_FROM_NAME', () => {
    const env = parseEnv({
      SMTP_HOST: 'smtp.example.go.th',
      EMAIL_FROM: 'oit@example.go.th',
      EMAIL_FROM_NAME: 'อบจ.สุขใจ',
    })
    const adapter = createEmailAdapter(env, { smtp: { verify: false } })(fakePayload())
    expect(adapter.name).toBe('smtp')
    expect(adapter.defaultFromAddress).toBe('oit@example.go.th')
    expect(adapter.defaultFromName).toBe('อบจ.สุขใจ')
  })
})

describe('message helpers', () => {
  it('parses every way of naming recipients', () => {
    expect(addressesOf('"ชื่อ, มีจุลภาค" <a@x.th>, b@x.th')).toEqual(['a@x.th', 'b@x.th'])
    expect(addressesOf([{ name: 'n', address: 'c@x.th' }, 'd@x.th'])).toEqual(['c@x.th', 'd@x.th'])
    expect(addressesOf(undefined)).toEqual([])
    expect(logLine({ to: [], subject: 'a "b"' })).toBe('[email] to=- subject="a \\"b\\""')
  })
})

/** A tiny SMTP server: records the session, accepts one login, every recipient and the message. */
function fakeSmtpServer() {
  const session = { commands: [] as string[], data: '', auth: '' }
  const server = net.createServer((socket) => {
    let buffer = ''
    let inData = false
    socket.write('220 fake.example.go.th ESMTP\r\n')
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1')
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n')
        if (end === -1) return
        session.data = Buffer.from(buffer.slice(0, end), 'latin1').toString('latin1')
        buffer = buffer.slice(end + 5)
        inData = false
        socket.write('250 2.0.0 Ok: queued as FAKE1\r\n')
      }
      let newline
      while (!inData && (newline = buffer.indexOf('\r\n')) !== -1) {
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 2)
        session.commands.push(line)
        const verb = line.split(' ')[0]!.toUpperCase()
        if (verb === 'EHLO') socket.write('250-fake.example.go.th\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n')
        else if (verb === 'AUTH') {
          session.auth = Buffer.from(line.split(' ')[2] ?? '', 'base64').toString('utf8')
          socket.write('235 2.7.0 Authentication successful\r\n')
        } else if (verb === 'DATA') {
          inData = true
          socket.write('354 End data with <CR><LF>.<CR><LF>\r\n')
          // The message may already be in the buffer.
          if (buffer) socket.emit('data', Buffer.alloc(0))
        } else if (verb === 'QUIT') socket.end('221 2.0.0 Bye\r\n')
        else socket.write('250 2.0.0 Ok\r\n')
      }
    })
  })
  return new Promise<{ port: number; session: typeof session; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        session,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) back to text. */
function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    )
}

function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split('\r\n\r\n')
  const body = rest.join('\r\n\r\n')
  if (/content-transfer-encoding:\s*base64/i.test(head!)) return Buffer.from(body, 'base64').toString('utf8')
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head!)) {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return Buffer.from(body, 'latin1').toString('utf8')
}

describe('SMTP adapter', () => {
  let server: Awaited<ReturnType<typeof fakeSmtpServer>>
  beforeEach(async () => {
    server = await fakeSmtpServer()
  })
  afterEach(async () => {
    await server.close()
  })

  it('sends through the server: login, envelope, Thai subject and body intact, one log line', async () => {
    const env = parseEnv({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(server.port),
      SMTP_USER: 'oit@example.go.th',
      SMTP_PASS: 'รหัส ผ่าน',
      EMAIL_FROM_NAME: 'อบจ.สุขใจ',
    })
    const { payload, logger } = fakePayload()
    const adapter = createEmailAdapter(env, { smtp: { verify: false } })({ payload })
    const info = (await adapter.sendEmail({ to: 'somchai@example.go.th', subject: SUBJECT, text: TEXT })) as {
      accepted: string[]
      response: string
    }
    expect(info.accepted).toEqual(['somchai@example.go.th'])
    expect(info.response).toContain('queued as FAKE1')

    const { commands, data, auth } = server.session
    expect(auth).toBe('\0oit@example.go.th\0รหัส ผ่าน')
    // The sender defaults to the login name when EMAIL_FROM is unset.
    expect(commands).toContain('MAIL FROM:<oit@example.go.th>')
    expect(commands).toContain('RCPT TO:<somchai@example.go.th>')
    const headers = data.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ')
    const subject = /^Subject: (.*)$/im.exec(headers)![1]!
    expect(decodeWords(subject)).toBe(SUBJECT)
    expect(decodeWords(/^From: (.*)$/im.exec(headers)![1]!)).toBe('อบจ.สุขใจ <oit@example.go.th>')
    expect(decodeBody(data).replace(/\r\n/g, '\n').trimEnd()).toBe(TEXT)

    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(/^\[email\] to=somchai@example\.go\.th subject=".*" via=smtp id=<.+>$/),
    )
  })

  it('checks the server at start-up: says so when it answers, and when it cannot be reached', async () => {
    const ok = fakePayload()
    smtpEmailAdapter({ smtp: { host: '127.0.0.1', port: server.port, secure: false, auth: undefined }, from: FROM })(ok)
    await vi.waitFor(() => expect(ok.logger.info).toHaveBeenCalledWith(expect.stringContaining('ส่งอีเมลผ่าน SMTP')))

    await server.close()
    server = await fakeSmtpServer() // for afterEach
    const down = fakePayload()
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo
        probe.close(() => resolve(port))
      })
    })
    smtpEmailAdapter({ smtp: { host: '127.0.0.1', port: closed, secure: false, auth: undefined }, from: FROM })(down)
    await vi.waitFor(() =>
      expect(down.logger.error).toHaveBeenCalledWith(expect.stringContaining('เชื่อมต่อ SMTP 127.0.0.1')),
    )
  })

  it('maps the settings onto nodemailer, with short timeouts', () => {
    expect(
      transportOptions({ host: 'smtp.x.th', port: 465, secure: true, auth: { user: 'u', pass: 'p' } }),
    ).toMatchObject({
      host: 'smtp.x.th',
      port: 465,
      secure: true,
      auth: { user: 'u', pass: 'p' },
      connectionTimeout: 15_000,
    })
  })
})
