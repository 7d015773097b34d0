/**
 * The division rename on MongoDB (the SQLite migration's twin; MongoDB has no schema, so
 * only names in the data change): the collection `departments` becomes `divisions`, every
 * document's `department` field `division` (and `version.department` in the version
 * collections), a user's `departments` `divisions`, and a lock on a division names the new
 * collection. The admin's saved preferences follow: list columns and sorts that name the
 * field, and the key of the Divisions list's own (`collection-departments`). Existing users
 * get the e-mail language Thai (`language: 'th'`), as SQLite's new column gives them by
 * default; down takes it away again, as SQLite drops the column.
 * Written against the driver's few calls below, so that a test can run it on a stand-in:
 * no MongoDB server runs where this project is tested (README, Using MongoDB).
 */

/** The parts of the MongoDB driver's `Db` this migration uses. */
export interface MigrationDb {
  listCollections(filter?: object, options?: object): { toArray(): Promise<{ name: string }[]> }
  renameCollection(from: string, to: string, options?: object): Promise<unknown>
  collection(name: string): {
    find(filter?: object, options?: object): { toArray(): Promise<Record<string, unknown>[]> }
    updateMany(filter: object, update: object, options?: object): Promise<unknown>
    updateOne(filter: object, update: object, options?: object): Promise<unknown>
  }
}

const PREFERENCES = 'payload-preferences'

type Names = { collection: [string, string]; field: [string, string]; userField: [string, string] }

const FORWARD: Names = {
  collection: ['departments', 'divisions'],
  field: ['department', 'division'],
  userField: ['departments', 'divisions'],
}
const BACKWARD: Names = {
  collection: ['divisions', 'departments'],
  field: ['division', 'department'],
  userField: ['divisions', 'departments'],
}

/** A preference's value with every field name (a string, or an object's key) renamed, as the SQLite twin does in its JSON. */
function renamedValue(value: unknown, rename: Map<string, string>): unknown {
  if (typeof value === 'string') return rename.get(value) ?? value
  if (Array.isArray(value)) return value.map((v) => renamedValue(v, rename))
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [rename.get(k) ?? k, renamedValue(v, rename)]),
    )
  return value
}

/** Saved list columns and sorts name the fields; the Divisions list's preferences are keyed by its slug. */
async function renamePreferences(db: MigrationDb, names: Names, options: object): Promise<void> {
  const [from, to] = names.field
  const [fromUser, toUser] = names.userField
  const [fromCollection, toCollection] = names.collection
  const rename = new Map([
    [from, to],
    [`-${from}`, `-${to}`],
    [fromUser, toUser],
    [`-${fromUser}`, `-${toUser}`],
  ])
  const slugInKey = new RegExp(`(^|-)${fromCollection}(?=-|$)`)
  for (const preference of await db.collection(PREFERENCES).find({}, options).toArray()) {
    const value = renamedValue(preference.value, rename)
    const key = typeof preference.key === 'string' ? preference.key.replace(slugInKey, `$1${toCollection}`) : preference.key
    if (key === preference.key && JSON.stringify(value) === JSON.stringify(preference.value)) continue
    await db.collection(PREFERENCES).updateOne({ _id: preference._id }, { $set: { key, value } }, options)
  }
}

async function rename(db: MigrationDb, names: Names, session?: unknown): Promise<void> {
  const options = session ? { session } : {}
  const existing = new Set((await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name))
  const [fromCollection, toCollection] = names.collection
  // Renaming a collection cannot run in a transaction; it is first, and on a re-run there is nothing to rename.
  if (existing.has(fromCollection) && !existing.has(toCollection)) {
    await db.renameCollection(fromCollection, toCollection)
    existing.delete(fromCollection)
    existing.add(toCollection)
  }
  const [from, to] = names.field
  for (const name of [...existing].filter((n) => !n.startsWith('system.'))) {
    await db.collection(name).updateMany({ [from]: { $exists: true } }, { $rename: { [from]: to } }, options)
    await db
      .collection(name)
      .updateMany({ [`version.${from}`]: { $exists: true } }, { $rename: { [`version.${from}`]: `version.${to}` } }, options)
  }
  const [fromUser, toUser] = names.userField
  if (existing.has('users'))
    await db.collection('users').updateMany({ [fromUser]: { $exists: true } }, { $rename: { [fromUser]: toUser } }, options)
  if (existing.has('payload-locked-documents'))
    await db
      .collection('payload-locked-documents')
      .updateMany({ 'document.relationTo': fromCollection }, { $set: { 'document.relationTo': toCollection } }, options)
  if (existing.has(PREFERENCES)) await renamePreferences(db, names, options)
}

/** Each user's e-mail language: Thai where none is set (up), none at all (down). */
async function setLanguages(db: MigrationDb, direction: 'up' | 'down', session?: unknown): Promise<void> {
  const options = session ? { session } : {}
  const existing = (await db.listCollections({ name: 'users' }, { nameOnly: true }).toArray()).map((c) => c.name)
  if (!existing.includes('users')) return
  const users = db.collection('users')
  if (direction === 'up') await users.updateMany({ language: null }, { $set: { language: 'th' } }, options)
  else await users.updateMany({ language: { $exists: true } }, { $unset: { language: '' } }, options)
}

export async function renameDivisions(db: MigrationDb, session?: unknown): Promise<void> {
  await rename(db, FORWARD, session)
  await setLanguages(db, 'up', session)
}

export async function renameDivisionsBack(db: MigrationDb, session?: unknown): Promise<void> {
  await setLanguages(db, 'down', session)
  await rename(db, BACKWARD, session)
}
