/**
 * MongoDB runs multi-document transactions only on a replica set (or a sharded cluster),
 * and Payload's adapter silently runs without them when the connection string names no
 * `replicaSet`. Without transactions a save that fails part-way is not rolled back, so
 * production refuses to start; development starts with a warning.
 */
import { bilingual } from '@prongsai/shared/bilingual'

export interface MongoTopology {
  /** `replicaSet` from the connection string: Payload enables transactions only then. */
  uriReplicaSet: string | undefined
  /** The server's `hello` answer: `setName` on a replica set member, `msg: 'isdbgrid'` on mongos. */
  hello: { setName?: string; msg?: string }
}

export interface TransactionVerdict {
  level: 'fatal' | 'ok' | 'warn'
  message?: string
}

export function mongoTransactionVerdict(topology: MongoTopology, isProduction: boolean): TransactionVerdict {
  if (topology.uriReplicaSet) return { level: 'ok' }
  const { setName, msg } = topology.hello
  const message = setName
    ? bilingual(
        `MongoDB เป็น replica set "${setName}" แต่ DATABASE_URI ไม่ได้ระบุ จึงบันทึกแบบไม่มี transaction: เพิ่ม ?replicaSet=${setName} ใน DATABASE_URI`,
        `MongoDB is replica set "${setName}" but DATABASE_URI does not name it, so saves run without transactions: add ?replicaSet=${setName} to DATABASE_URI`,
      )
    : msg === 'isdbgrid'
      ? bilingual(
          'เชื่อมต่อผ่าน mongos แต่ Payload เปิด transaction เฉพาะเมื่อ DATABASE_URI ระบุ replicaSet: ใช้ replica set ที่ระบุ ?replicaSet=ชื่อ',
          'Connected through mongos, but Payload enables transactions only when DATABASE_URI names a replicaSet: use a replica set with ?replicaSet=NAME',
        )
      : bilingual(
          'MongoDB เป็นเซิร์ฟเวอร์เดี่ยว (standalone) ซึ่งไม่รองรับ transaction: ใช้ replica set (เครื่องเดียวก็ได้: mongod --replSet rs0 แล้ว rs.initiate()) และเพิ่ม ?replicaSet=rs0 ใน DATABASE_URI',
          'MongoDB is a standalone server, which has no transactions: run a replica set (one node is enough: mongod --replSet rs0, then rs.initiate()) and add ?replicaSet=rs0 to DATABASE_URI',
        )
  return { level: isProduction ? 'fatal' : 'warn', message }
}
