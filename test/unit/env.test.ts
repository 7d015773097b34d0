import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { parseEnv } from '../../src/env'

const cwd = '/srv/prongsai'

describe('parseEnv', () => {
  it('defaults to the embedded SQLite file under ./data', () => {
    const env = parseEnv({ NODE_ENV: 'development' }, cwd)
    expect(env.database).toEqual({ kind: 'sqlite', uri: `file:${path.join(cwd, 'data', 'prongsai.db')}` })
    expect(env.mediaDir).toBe(path.join(cwd, 'data', 'media'))
    expect(env.payloadSecret).toBeUndefined()
  })

  it.each([
    ['mongodb://db.internal:27017/prongsai', 'mongodb'],
    ['mongodb+srv://user:pw@cluster.example.net/prongsai', 'mongodb'],
    ['file:./data/other.db', 'sqlite'],
    ['postgres://prongsai:pw@db.internal:5432/prongsai', 'postgres'],
    ['postgresql://db.internal/prongsai?sslmode=require', 'postgres'],
  ])('%s selects %s', (uri, kind) => {
    expect(parseEnv({ DATABASE_URI: uri }, cwd).database).toEqual({ kind, uri })
  })

  it.each(['mysql://x', 'postgres:/localhost/prongsai', 'data/prongsai.db', 'MONGODB://x'])(
    'refuses DATABASE_URI=%s with one bilingual line',
    (uri) => {
      expect(() => parseEnv({ DATABASE_URI: uri }, cwd)).toThrowError(
        /^DATABASE_URI ต้องขึ้นต้นด้วย .* \/ DATABASE_URI must start with postgres:\/\/, postgresql:\/\/, mongodb:\/\/, mongodb\+srv:\/\/ or file:$/,
      )
    },
  )

  it('requires PAYLOAD_SECRET in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' }, cwd)).toThrowError(
      'ต้องตั้ง PAYLOAD_SECRET เมื่อใช้งานจริง (production) / PAYLOAD_SECRET is required in production',
    )
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) }, cwd).isProduction).toBe(true)
  })

  it('lets `next build` through without a secret (it signs nothing)', () => {
    const env = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }, cwd)
    expect(env.payloadSecret).toBeTruthy()
  })

  it('refuses a short secret, a bad port, a bad e-mail and a bad URL', () => {
    expect(() => parseEnv({ PAYLOAD_SECRET: 'short' }, cwd)).toThrow(/at least 16 characters/)
    expect(() => parseEnv({ PORT: 'eighty' }, cwd)).toThrow(/PORT/)
    expect(() => parseEnv({ SEED_ADMIN_EMAIL: 'not-an-email' }, cwd)).toThrow(/SEED_ADMIN_EMAIL/)
    expect(() => parseEnv({ NEXT_PUBLIC_SERVER_URL: 'www.example' }, cwd)).toThrow(/NEXT_PUBLIC_SERVER_URL/)
  })

  it('treats empty values as unset', () => {
    const env = parseEnv({ DATABASE_URI: '', PAYLOAD_SECRET: '  ' }, cwd)
    expect(env.database.kind).toBe('sqlite')
    expect(env.payloadSecret).toBeUndefined()
  })
})

describe('parseEnv: e-mail', () => {
  const smtp = { SMTP_HOST: 'smtp.example.go.th', EMAIL_FROM: 'oit@example.go.th' }

  it('without SMTP_HOST: no SMTP, a local sender and the default name', () => {
    expect(parseEnv({}, cwd).email).toEqual({
      from: { address: 'no-reply@prongsai.invalid', name: 'โปร่งใส Prongsai' },
      smtp: undefined,
    })
    expect(parseEnv({ EMAIL_FROM: 'a@example.go.th', EMAIL_FROM_NAME: 'อบจ.สุขใจ' }, cwd).email.from).toEqual({
      address: 'a@example.go.th',
      name: 'อบจ.สุขใจ',
    })
  })

  it('production without SMTP_HOST still starts (the adapter warns instead)', () => {
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) }, cwd).email.smtp).toBeUndefined()
  })

  it.each([
    [{}, { port: 587, secure: false }],
    [{ SMTP_SECURE: 'true' }, { port: 465, secure: true }],
    [{ SMTP_PORT: '465' }, { port: 465, secure: true }],
    [
      { SMTP_PORT: '2525', SMTP_SECURE: 'no' },
      { port: 2525, secure: false },
    ],
    [
      { SMTP_PORT: '25', SMTP_SECURE: 'FALSE' },
      { port: 25, secure: false },
    ],
  ])('SMTP %j gives port and TLS %j', (extra, expected) => {
    expect(parseEnv({ ...smtp, ...extra }, cwd).email.smtp).toEqual({
      host: 'smtp.example.go.th',
      auth: undefined,
      ...expected,
    })
  })

  it('a login: both user and password (the password exactly as written)', () => {
    const env = parseEnv({ ...smtp, SMTP_USER: ' oit@example.go.th ', SMTP_PASS: ' p@ss word ' }, cwd)
    expect(env.email.smtp?.auth).toEqual({ user: 'oit@example.go.th', pass: ' p@ss word ' })
  })

  it('the sender falls back to the login name when it is an address, else is required', () => {
    const env = parseEnv({ SMTP_HOST: 'smtp.example.go.th', SMTP_USER: 'oit@example.go.th', SMTP_PASS: 'pw' }, cwd)
    expect(env.email.from.address).toBe('oit@example.go.th')
    expect(() => parseEnv({ SMTP_HOST: 'smtp.example.go.th', SMTP_USER: 'oit', SMTP_PASS: 'pw' }, cwd)).toThrowError(
      /^ต้องตั้ง EMAIL_FROM .* \/ EMAIL_FROM \(the sender address\) is required when sending through SMTP$/,
    )
  })

  it.each([
    [{ ...smtp, SMTP_HOST: 'smtp://smtp.example.go.th' }, /^SMTP_HOST ต้องเป็น.* \/ SMTP_HOST must be a host name/],
    [{ ...smtp, SMTP_HOST: 'smtp.example.go.th:587' }, /SMTP_HOST must be a host name/],
    [{ ...smtp, SMTP_PORT: '70000' }, /^SMTP_PORT ต้องเป็นตัวเลข.* \/ SMTP_PORT must be a number/],
    [{ ...smtp, SMTP_SECURE: 'maybe' }, /^SMTP_SECURE ต้องเป็น true หรือ false.* \/ SMTP_SECURE must be true or false/],
    [{ ...smtp, EMAIL_FROM: 'not an address' }, /^EMAIL_FROM ต้องเป็นอีเมล.* \/ EMAIL_FROM must be an e-mail address/],
    [{ ...smtp, EMAIL_FROM_NAME: 'a\nBcc: x@y' }, /EMAIL_FROM_NAME must be one line/],
    [{ ...smtp, SMTP_USER: 'oit' }, /^ต้องตั้ง SMTP_USER และ SMTP_PASS คู่กัน.* \/ SMTP_USER and SMTP_PASS go together/],
    [{ SMTP_PORT: '587' }, /^ตั้ง SMTP_PORT ไว้แต่ไม่มี SMTP_HOST.* \/ SMTP_PORT is set but SMTP_HOST is not/],
  ])('refuses %j with one bilingual line', (source, message) => {
    expect(() => parseEnv(source, cwd)).toThrowError(message)
  })
})

describe('JOBS_CRON', () => {
  it('defaults to every minute and takes a five- or six-field pattern', () => {
    expect(parseEnv({}, '/srv/app').jobsCron).toBe('* * * * *')
    expect(parseEnv({ JOBS_CRON: '*/5 * * * * *' }, '/srv/app').jobsCron).toBe('*/5 * * * * *')
  })

  it('refuses what is not a cron pattern, in Thai and English', () => {
    expect(() => parseEnv({ JOBS_CRON: 'every minute' }, '/srv/app')).toThrowError(
      /^JOBS_CRON ต้องเป็นรูปแบบ cron .* \/ JOBS_CRON must be a cron pattern/,
    )
  })
})
