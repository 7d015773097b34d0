import { type DatabaseKind, EnvError } from '../env'

/**
 * How many server processes `npm start` runs (src/server/start.ts). A server database
 * (PostgreSQL, MongoDB): one per core unless WEB_CONCURRENCY says otherwise, since each
 * Node.js process uses one core for rendering. SQLite: one, and asking for more is an
 * error: the file has one writer at a time, and a second process is refused at start
 * (src/db/oneServerPerFile.ts) rather than left to fail later with "database is locked".
 */
export function processCount(kind: DatabaseKind, requested: number | undefined, cores: number): number {
  if (kind === 'sqlite') {
    if (requested !== undefined && requested > 1) {
      throw new EnvError(
        `ฐานข้อมูล SQLite ใช้ได้กับโปรเซสเดียว (ตั้ง WEB_CONCURRENCY=${requested}) ใช้ PostgreSQL เมื่อต้องการหลายโปรเซส / ` +
          `An SQLite database serves one process (WEB_CONCURRENCY=${requested} was set): use PostgreSQL for several`,
      )
    }
    return 1
  }
  return requested ?? Math.max(1, cores)
}
