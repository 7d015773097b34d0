import type { AfterErrorHook } from 'payload'

import { Locked } from 'payload'

import { bilingual } from '@prongsai/shared/bilingual'

const MESSAGE = bilingual(
  'เอกสารนี้มีผู้อื่นกำลังแก้ไขอยู่ จึงยังบันทึกหรือลบไม่ได้: รอให้ผู้นั้นออกจากเอกสาร (หรือครบ 5 นาทีที่ไม่มีการแก้ไข) หรือเปิดเอกสารในหน้าผู้ดูแลแล้วกด "เข้ายึด"',
  'Someone else is editing this document, so it cannot be saved or deleted yet: wait until they leave it (or for 5 minutes without changes), or open it in the admin and choose "Take over"',
)

/**
 * A save or delete refused because someone else holds the document's lock (423) says so in
 * Thai and English, through REST and GraphQL alike (Payload's message is English only).
 */
export const lockedMessage: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (!(original instanceof Locked) && (original as { name?: unknown } | null)?.name !== 'Locked') return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: MESSAGE } }
  return { response: { ...result, errors: [{ name: 'Locked', message: MESSAGE }] }, status: 423 }
}
