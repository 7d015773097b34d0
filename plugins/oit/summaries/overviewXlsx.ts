import ExcelJS from 'exceljs'

import type { Label } from '@prongsai/shared/bilingual'
import { formatThaiDate } from '@prongsai/shared/thai-calendar'
import { STATUS_LABELS } from '../status/statusLabels'
import { ITEM_STATUSES } from '../status/types'
import type { Overview } from './overview'

const both = (label: Label | string) => (typeof label === 'string' ? label : `${label.th} / ${label.en}`)
const thai = (label: Label | string) => (typeof label === 'string' ? label : label.th)

/**
 * The view across organisations as a workbook (exceljs, as the ITAS sheet): one row per
 * organisation with its facets, counts per status, progress and last publication (Buddhist-era
 * dates), and a second sheet of the items most often missing.
 */
export async function overviewXlsx(overview: Overview): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Prongsai'
  const sheet = workbook.addWorksheet(`ITA ${overview.year}`, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] })
  sheet.columns = [
    { key: 'n', header: 'ลำดับ / No.', width: 8 },
    { key: 'name', header: 'องค์กร / Organisation', width: 40 },
    ...overview.facets.map((facet) => ({ key: `facet:${facet.key}`, header: both(facet.label), width: 18 })),
    ...ITEM_STATUSES.map((status) => ({ key: status, header: both(STATUS_LABELS[status]), width: 14 })),
    { key: 'total', header: 'จำนวนรายการ / Items', width: 12 },
    { key: 'progress', header: 'ความคืบหน้า (%) / Progress (%)', width: 14 },
    { key: 'lastPublishedAt', header: 'เผยแพร่ล่าสุด / Last published', width: 18 },
    { key: 'computedAt', header: 'คำนวณเมื่อ / Computed', width: 18 },
  ]
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).alignment = { vertical: 'top', wrapText: true }
  overview.rows.forEach((row, index) => {
    sheet.addRow({
      n: index + 1,
      name: row.name,
      ...Object.fromEntries(overview.facets.map((facet) => [`facet:${facet.key}`, thai(row.facets[facet.key]?.label ?? '')])),
      ...row.counts,
      total: row.total,
      progress: row.progress,
      lastPublishedAt: row.lastPublishedAt ? formatThaiDate(row.lastPublishedAt, { style: 'short' }) : '',
      computedAt: formatThaiDate(row.computedAt, { style: 'short' }),
    })
  })
  const missing = workbook.addWorksheet('ขาดบ่อย - Most missing')
  missing.columns = [
    { key: 'code', header: 'รายการ / Item', width: 10 },
    { key: 'title', header: 'ชื่อรายการ / Title', width: 70 },
    { key: 'count', header: 'จำนวนองค์กรที่ยังไม่มี / Organisations without it', width: 20 },
  ]
  missing.getRow(1).font = { bold: true }
  for (const item of overview.mostMissing) missing.addRow({ code: item.code, title: item.title.th, count: item.count })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
