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
  ])('%s selects %s', (uri, kind) => {
    expect(parseEnv({ DATABASE_URI: uri }, cwd).database).toEqual({ kind, uri })
  })

  it.each(['postgres://localhost/prongsai', 'mysql://x', 'data/prongsai.db', 'MONGODB://x'])(
    'refuses DATABASE_URI=%s with one bilingual line',
    (uri) => {
      expect(() => parseEnv({ DATABASE_URI: uri }, cwd)).toThrowError(
        /^DATABASE_URI ต้องขึ้นต้นด้วย .* \/ DATABASE_URI must start with mongodb:\/\/, mongodb\+srv:\/\/ or file:$/,
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
