/**
 * What the browser tests read or write in the app's database directly, for what no API
 * shows (queued jobs): SQLite through libsql, PostgreSQL through pg. `$1`-style
 * parameters on both.
 */
import { createClient } from '@libsql/client'
import pg from 'pg'

export async function runSql(uri: string, sql: string, args: unknown[] = []): Promise<Record<string, unknown>[]> {
  if (/^postgres(ql)?:/.test(uri)) {
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    try {
      return (await client.query(sql, args)).rows
    } finally {
      await client.end()
    }
  }
  const db = createClient({ url: uri })
  try {
    const { rows } = await db.execute({ sql: sql.replace(/\$(\d+)/g, '?$1'), args: args as never })
    return rows as unknown as Record<string, unknown>[]
  } finally {
    db.close()
  }
}
