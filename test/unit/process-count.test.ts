/** How many server processes `npm start` runs (src/server/processCount.ts), from the parsed environment. */
import { describe, expect, it } from 'vitest'

import { parseEnv } from '../../src/env'
import { processCount } from '../../src/server/processCount'

const cwd = '/srv/prongsai'
const count = (source: Record<string, string>, cores: number) => {
  const env = parseEnv(source, cwd)
  return processCount(env.database.kind, env.processes, cores)
}

describe('npm start: how many server processes', () => {
  it('a server database: one per core, or WEB_CONCURRENCY', () => {
    expect(count({ DATABASE_URI: 'postgres://db.internal/prongsai' }, 2)).toBe(2)
    expect(count({ DATABASE_URI: 'postgres://db.internal/prongsai' }, 8)).toBe(8)
    expect(count({ DATABASE_URI: 'mongodb://db.internal/prongsai' }, 4)).toBe(4)
    expect(count({ DATABASE_URI: 'postgres://db.internal/prongsai', WEB_CONCURRENCY: '3' }, 8)).toBe(3)
    expect(count({ DATABASE_URI: 'postgres://db.internal/prongsai' }, 0)).toBe(1)
  })

  it('SQLite: one process, whatever the cores', () => {
    expect(count({}, 8)).toBe(1)
    expect(count({ WEB_CONCURRENCY: '1' }, 8)).toBe(1)
  })

  it('SQLite with WEB_CONCURRENCY above 1: refused, in Thai and English, naming PostgreSQL', () => {
    expect(() => count({ WEB_CONCURRENCY: '2' }, 8)).toThrowError(/SQLite.*WEB_CONCURRENCY=2.*\/ An SQLite database serves one process.*PostgreSQL/)
  })

  it.each(['0', '-1', 'two', '1.5'])('WEB_CONCURRENCY=%s is refused with a bilingual line', (value) => {
    expect(() => parseEnv({ WEB_CONCURRENCY: value }, cwd)).toThrowError(
      'WEB_CONCURRENCY ต้องเป็นจำนวนเต็มตั้งแต่ 1 / WEB_CONCURRENCY must be a whole number from 1',
    )
  })
})
