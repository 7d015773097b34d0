import { describe, expect, it } from 'vitest'

import { mongoTransactionVerdict } from '../../src/db/mongoTransactions'

describe('MongoDB without transactions', () => {
  it('is fine when the connection string names the replica set', () => {
    expect(mongoTransactionVerdict({ uriReplicaSet: 'rs0', hello: { setName: 'rs0' } }, true)).toEqual({ level: 'ok' })
  })

  it.each([
    ['a standalone server', {}, 'standalone'],
    ['a replica set the URI does not name', { setName: 'rs9' }, '?replicaSet=rs9'],
    ['mongos', { msg: 'isdbgrid' }, 'mongos'],
  ])('%s: refuses in production, warns in development, in Thai and English', (_, hello, hint) => {
    const production = mongoTransactionVerdict({ uriReplicaSet: undefined, hello }, true)
    const development = mongoTransactionVerdict({ uriReplicaSet: undefined, hello }, false)
    expect(production.level).toBe('fatal')
    expect(development.level).toBe('warn')
    expect(production.message).toContain(hint)
    expect(production.message).toMatch(/[ก-๙].* \/ [A-Za-z]/)
  })
})
