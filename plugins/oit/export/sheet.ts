/**
 * The ITAS sheet: per item, what the coordinator types into NACC's ITAS every spring —
 * มี/ไม่มี, the URL(s) where it can be read, and where it sits on the site.
 */
import { clickPath } from '../site/clickPath'
import { provisionalMark } from '../framework/yearLabel'
import { divisionName } from '../status/explain'
import { STATUS_LABELS } from '../status/statusLabels'
import type { ItemStatus, YearStatus } from '../status/types'

export const SHEET_COLUMNS = [
  { key: 'code', header: 'ข้อ', width: 8 },
  { key: 'title', header: 'ชื่อข้อ', width: 50 },
  { key: 'answer', header: 'มี/ไม่มี', width: 10 },
  { key: 'url', header: 'URL', width: 45 },
  { key: 'documentUrls', header: 'URL ของเอกสาร', width: 45 },
  { key: 'explanation', header: 'คำอธิบาย', width: 80 },
  { key: 'division', header: 'ส่วนราชการที่รับผิดชอบ', width: 35 },
  { key: 'status', header: 'สถานะ', width: 16 },
] as const

export type SheetRow = Record<(typeof SHEET_COLUMNS)[number]['key'], string>


function explanation(status: YearStatus, item: ItemStatus): string {
  const lines = [`เมนู ${clickPath(status.year, item).join(' > ')}`]
  for (const doc of item.documents) {
    const stated = doc.statedIn?.length
      ? ` (ไฟล์ PDF: ${doc.statedIn.map((s) => `${s.label} หน้า ${s.pages}`).join(', ')})`
      : ''
    lines.push(`- ${doc.title}${stated}`)
  }
  if (item.status === 'declared-none') lines.push('หน่วยงานประกาศว่าไม่มีข้อมูลในรอบนี้ พร้อมคำอธิบาย')
  return lines.join('\n')
}

export function sheetRows(status: YearStatus): SheetRow[] {
  return status.items.map((item) => {
    const answered = item.status === 'complete' || item.status === 'declared-none'
    return {
      code: item.code,
      title: item.title.th,
      answer: answered ? 'มี' : 'ไม่มี',
      // The item's page, which lists every document: what ITAS asks for; then each document's own page.
      url: answered ? item.url : '',
      documentUrls: answered ? item.documents.flatMap((d) => (d.url ? [d.url] : [])).join('\n') : '',
      explanation: answered ? explanation(status, item) : item.reasons.map((r) => r.message.th).join('\n'),
      // The sheet is in Thai, as ITAS is.
      division: divisionName(item.division, 'th'),
      // Only the status column says so: the others are what the coordinator copies into ITAS.
      status: `${STATUS_LABELS[item.status].th}${status.provisional ? provisionalMark('th') : ''}`,
    }
  })
}
