/**
 * The parts of a backup that do not depend on the database: the uploaded files, staged in
 * an instant with hard links, and the Bangkok time stamp of archive names.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import fs from 'node:fs/promises'
import path from 'node:path'

import { pendingFoldersBeside } from '../../collections/Media/pendingFolders'
import { BANGKOK_TIME_ZONE } from '@prongsai/shared/thai-calendar'
import { listFiles } from './manifest'

export const MEDIA_NAME = 'media'

/** Bangkok wall-clock stamp for file names: sortable, and what the office's clock says. */
export function stamp(date: Date): string {
  return format(new TZDate(date, BANGKOK_TIME_ZONE), 'yyyyMMdd-HHmmss')
}

/** Folders beside the media folder where deletes and replacements keep files until they commit. */
async function pendingFolders(mediaDir: string): Promise<string[]> {
  return (await pendingFoldersBeside(mediaDir)).filter((f) => f.kind === 'pending').map((f) => f.path)
}

/**
 * Hard-links the media files (and those a delete in progress has set aside) into
 * `target`, skipping names already there. Called before and after the database snapshot,
 * so that a file saved or deleted in between is in the archive either way.
 */
export async function stageMedia(mediaDir: string, target: string): Promise<void> {
  const sources = new Map((await listFiles(mediaDir)).map((name) => [name, path.join(mediaDir, name)]))
  // A delete in progress has moved its files aside until it commits; the snapshot may still list them.
  for (const aside of await pendingFolders(mediaDir)) {
    for (const name of await listFiles(aside)) if (!sources.has(name)) sources.set(name, path.join(aside, name))
  }
  for (const [name, source] of sources) {
    const staged = path.join(target, name)
    if (await fs.lstat(staged).catch(() => undefined)) continue
    await fs.mkdir(path.dirname(staged), { recursive: true })
    // Hard links where possible: the media folder is captured in an instant, not copied slowly.
    await fs.link(source, staged).catch(async (error) => {
      // Gone meanwhile (a delete that committed): nothing to keep.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      await fs.copyFile(source, staged)
    })
  }
}
