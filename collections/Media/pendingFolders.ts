/**
 * The folders in which upload files wait for their transaction, beside the media folder
 * (never inside it, so they are never served; on the same disk, so hard links work):
 *
 * - `.media-pending-…`: hard links to the files of a delete or a file replacement, kept
 *   until the transaction ends (put back on rollback, let go on commit);
 * - `.media-new-…`: one empty marker per file a create or a replacement is about to write,
 *   kept until the transaction ends (the files are removed on rollback).
 *
 * Each folder's name says which collection and which process made it:
 * `<prefix><slug>.<pid>-<start token>-<random>`, the token beginning with 8 hex digits
 * of the host's name. A folder whose process is gone (killed, crashed) is abandoned, and
 * start-up recovery settles it from the committed database (recoverPendingFiles.ts); the
 * folders of a process still running (the app while `npm run seed` starts, a build on the
 * same data) are left alone. Several instances share one media folder (MEDIA_DIR on a
 * shared disk): a process id means nothing on another host, so another host's folder is
 * abandoned only once it is older than OTHER_HOST_GRACE_MS (no transaction runs that long).
 */
import { createHash, randomBytes } from 'node:crypto'
import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** Old files of a delete or a replacement, kept until the commit. */
export const PENDING_PREFIX = '.media-pending-'
/** Names of the files being written, removed again unless the commit happens. */
export const NEW_PREFIX = '.media-new-'

export type PendingKind = 'new' | 'pending'

const PREFIXES: Record<PendingKind, string> = { pending: PENDING_PREFIX, new: NEW_PREFIX }

/** How old another host's folder must be before it counts as abandoned. */
export const OTHER_HOST_GRACE_MS = 10 * 60_000

/** 8 hex digits naming this host in every folder's token. */
export const HOST_TAG = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 8)

/** One token per process start (the host's tag, then random), shared by every copy of this module the process loads. */
const TOKEN_KEY = Symbol.for('prongsai.pendingFolders.token')
function startToken(): string {
  const holder = globalThis as { [TOKEN_KEY]?: string }
  holder[TOKEN_KEY] ??= `${HOST_TAG}${randomBytes(4).toString('hex')}`
  return holder[TOKEN_KEY]
}

/** Tokens before hosts were named had 8 hex digits: from this host, as then only one host could be. */
const hostOf = (token: string) => (token.length === 16 ? token.slice(0, 8) : HOST_TAG)

function olderThan(folder: string, ms: number): boolean {
  try {
    return Date.now() - fsSync.statSync(folder).mtimeMs > ms
  } catch {
    return false
  }
}

/** Makes a new folder of `kind` for `slug` beside `staticDir`. */
export async function makePendingFolder(staticDir: string, kind: PendingKind, slug: string): Promise<string> {
  const parent = path.dirname(path.resolve(staticDir))
  return fs.mkdtemp(path.join(parent, `${PREFIXES[kind]}${slug}.${process.pid}-${startToken()}-`))
}

export interface PendingFolder {
  kind: PendingKind
  path: string
  /** Collection that made it; undefined for a folder made before slugs were named (legacy). */
  slug: string | undefined
  /** Its process is gone: nobody will finish it. */
  abandoned: boolean
}

const NAMED = /^(.+)\.(\d+)-([0-9a-f]+)-[^-]+$/

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function describe(parent: string, entry: string): PendingFolder | undefined {
  const kind = (Object.keys(PREFIXES) as PendingKind[]).find((k) => entry.startsWith(PREFIXES[k]))
  if (!kind) return undefined
  const rest = entry.slice(PREFIXES[kind].length)
  const match = NAMED.exec(rest)
  const full = path.join(parent, entry)
  // A folder from before owners were named: nothing can still be working on it after an upgrade.
  if (!match) return kind === 'pending' ? { kind, path: full, slug: undefined, abandoned: true } : undefined
  const [, slug, pidText, token] = match
  const pid = Number(pidText)
  // The same pid with another token is an earlier start (in a container the app is often pid 1).
  const abandoned =
    hostOf(token!) !== HOST_TAG
      ? olderThan(full, OTHER_HOST_GRACE_MS)
      : pid === process.pid
        ? token !== startToken()
        : !processIsAlive(pid)
  return { kind, path: full, slug, abandoned }
}

/** Every pending folder in `parent`, of every collection and process. */
export async function pendingFoldersIn(parent: string): Promise<PendingFolder[]> {
  const entries = await fs.readdir(parent).catch(() => [] as string[])
  return entries
    .sort()
    .map((entry) => describe(parent, entry))
    .filter((folder): folder is PendingFolder => Boolean(folder))
}

/** Every pending folder beside `staticDir`, of every collection and process. */
export const pendingFoldersBeside = (staticDir: string) => pendingFoldersIn(path.dirname(path.resolve(staticDir)))
