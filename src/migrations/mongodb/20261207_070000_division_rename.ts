import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { type MigrationDb, renameDivisions, renameDivisionsBack } from './renameDivisions'

/** See renameDivisions.ts. */
const databaseOf = (payload: MigrateUpArgs['payload']) =>
  (payload.db as unknown as { connection: { db: MigrationDb } }).connection.db

export async function up({ payload, session }: MigrateUpArgs): Promise<void> {
  await renameDivisions(databaseOf(payload), session)
}

export async function down({ payload, session }: MigrateDownArgs): Promise<void> {
  await renameDivisionsBack(databaseOf(payload), session)
}
