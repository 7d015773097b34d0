import type { MongooseAdapter } from '@payloadcms/db-mongodb'

import { mongoTransactionVerdict } from './mongoTransactions'

/**
 * `afterOpenConnection` of the MongoDB adapter: asks the server what it is and refuses
 * (production) or warns (development) when saves would run without transactions.
 */
export function checkMongoTransactions(isProduction: boolean) {
  return async (adapter: MongooseAdapter): Promise<void> => {
    const client = adapter.connection.getClient()
    const hello = (await adapter.connection.db!.admin().command({ hello: 1 })) as { setName?: string; msg?: string }
    const verdict = mongoTransactionVerdict({ uriReplicaSet: client.options.replicaSet, hello }, isProduction)
    if (verdict.level === 'ok') return
    if (verdict.level === 'warn') {
      adapter.payload.logger.warn(`[prongsai] ${verdict.message}`)
      return
    }
    throw new Error(`[prongsai] ${verdict.message}`)
  }
}
