/**
 * The division rename on MongoDB (the SQLite migration's twin; MongoDB has no schema, so
 * only names in the data change): the collection `departments` becomes `divisions`, every
 * document's `department` field `division` (and `version.department` in the version
 * collections), a user's `departments` `divisions`, and a lock on a division names the new
 * collection. Written against the driver's few calls below, so that a test can run it on a
 * stand-in: no MongoDB server runs where this project is tested (README, Using MongoDB).
 */

/** The parts of the MongoDB driver's `Db` this migration uses. */
export interface MigrationDb {
  listCollections(filter?: object, options?: object): { toArray(): Promise<{ name: string }[]> }
  renameCollection(from: string, to: string, options?: object): Promise<unknown>
  collection(name: string): {
    updateMany(filter: object, update: object, options?: object): Promise<unknown>
  }
}

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
}

export const renameDivisions = (db: MigrationDb, session?: unknown) => rename(db, FORWARD, session)
export const renameDivisionsBack = (db: MigrationDb, session?: unknown) => rename(db, BACKWARD, session)
