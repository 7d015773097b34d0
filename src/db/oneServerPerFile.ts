/**
 * One app process per embedded database file. SQLite lets a second process open the file,
 * but this app's writes are queued inside one process (serializeTransactions.ts): a second
 * process's saves would meet "database is locked" at random later, and its public pages
 * would not hear of the first one's changes. So the second process is refused when it
 * starts, with a message that says who holds the file.
 *
 * The holder keeps `<file>.instance` (its process id, host and start time) and touches it
 * every HEARTBEAT_MS. A claim is stale, and taken over, when its process is gone (same
 * host) or when it has not been touched for STALE_MS (a process on another host that
 * shares the file, or a container that was killed). The same process may open the
 * database again (tests, a development server that reloads).
 *
 * Several instances need PostgreSQL (README, "Which database").
 */
import type { BaseDatabaseAdapter, DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'

import fs from 'node:fs'
import os from 'node:os'

import { bilingual } from '@prongsai/shared/bilingual'

const HEARTBEAT_MS = 5_000
export const STALE_MS = 15_000

interface Holder {
  pid: number
  host: string
  startedAt: string
}

export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError'
}

const lockFileOf = (file: string) => `${file}.instance`

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readHolder(lock: string): { holder?: Holder; touchedAt: number } | undefined {
  try {
    const touchedAt = fs.statSync(lock).mtimeMs
    try {
      return { holder: JSON.parse(fs.readFileSync(lock, 'utf8')) as Holder, touchedAt }
    } catch {
      return { touchedAt } // half-written or foreign: judged by its age alone
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Whether the claim in `lock` still stands for a process other than this one. */
function heldByAnother(found: { holder?: Holder; touchedAt: number }, now: number): boolean {
  const { holder, touchedAt } = found
  if (holder?.host === os.hostname() && holder.pid === process.pid) return false
  if (holder?.host === os.hostname()) return isAlive(holder.pid)
  return now - touchedAt < STALE_MS
}

function refusal(file: string, holder: Holder | undefined, lock: string): DatabaseInUseError {
  const who = holder ? `pid ${holder.pid} @ ${holder.host}` : '?'
  return new DatabaseInUseError(
    bilingual(
      `ฐานข้อมูล ${file} ถูกใช้โดยโปรแกรมอีกตัวอยู่แล้ว (${who}): SQLite รองรับแอปได้ตัวเดียวต่อไฟล์ หยุดตัวเดิมก่อน หรือใช้ PostgreSQL เมื่อต้องการหลายเครื่อง (ถ้าแน่ใจว่าไม่มีตัวใดทำงานอยู่ ลบ ${lock} ได้)`,
      `the database ${file} is already in use by another app process (${who}): SQLite serves one app process per file. Stop that one first, or use PostgreSQL for several instances (if you are sure none is running, delete ${lock})`,
    ),
  )
}

/** Takes the file for this process, or throws DatabaseInUseError. Returns a release function. */
export function claimDatabaseFile(file: string, now = Date.now()): () => void {
  const lock = lockFileOf(file)
  const found = readHolder(lock)
  if (found && heldByAnother(found, now)) throw refusal(file, found.holder, lock)
  const mine: Holder = { pid: process.pid, host: os.hostname(), startedAt: new Date(now).toISOString() }
  const temp = `${lock}.${process.pid}.tmp`
  fs.writeFileSync(temp, JSON.stringify(mine), { mode: 0o600 })
  fs.renameSync(temp, lock)
  const heartbeat = setInterval(() => {
    const time = new Date()
    try {
      fs.utimesSync(lock, time, time)
    } catch {
      // Removed by hand: the next start decides again.
    }
  }, HEARTBEAT_MS)
  heartbeat.unref()
  const release = () => {
    clearInterval(heartbeat)
    const current = readHolder(lock)
    if (current?.holder?.pid === process.pid && current.holder.host === mine.host) fs.rmSync(lock, { force: true })
  }
  process.once('exit', release)
  return release
}

/** Wraps the adapter: it claims the file before it opens it, and gives it back when destroyed. */
export function oneServerPerFile<T extends BaseDatabaseAdapter>(
  result: DatabaseAdapterResult<T>,
  file: string,
): DatabaseAdapterResult<T> {
  return {
    ...result,
    init: (args) => {
      const release = claimDatabaseFile(file)
      const adapter = result.init(args)
      const destroy = adapter.destroy?.bind(adapter)
      adapter.destroy = async () => {
        release()
        await destroy?.()
      }
      return adapter
    },
  }
}
