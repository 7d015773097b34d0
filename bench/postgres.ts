/**
 * What the benches share about PostgreSQL and this machine's processes: the server they
 * use (the tests' own: TEST_POSTGRES_URI, or what .ci/postgres.sh sets up), a database's URI
 * on it, one statement run on it, and a process's CPU time from /proc.
 */
import fs from 'node:fs'
import pg from 'pg'

import { withDatabaseName } from '../test/helpers/payload'

export const POSTGRES_SERVER = process.env.TEST_POSTGRES_URI || 'postgres://prongsai:prongsai@127.0.0.1:5432/postgres'

/** The server's URI with its password hidden, for printed lines. */
export const POSTGRES_SHOWN = POSTGRES_SERVER.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

/** The URI of database `name` on the server. */
export const onDatabase = (name: string): string => withDatabaseName(POSTGRES_SERVER, name)

/** Runs one statement on the server; the error's message if it fails (a server that does not answer among them). */
export async function onPostgres(statement: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query(statement)
    return undefined
  } catch (error) {
    return (error as Error).message
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** /proc's clock ticks per second (USER_HZ, 100 on Linux whatever the kernel's own rate). */
const TICKS = 100

/** A process's name, parent and CPU seconds so far (user + system), from /proc; undefined once it is gone. */
export function procStat(pid: number): { name: string; ppid: number; cpuSeconds: number } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return {
      name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      ppid: Number(fields[1]),
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS,
    }
  } catch {
    return undefined
  }
}
