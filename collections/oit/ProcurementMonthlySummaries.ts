import { bilingual } from '@prongsai/shared/bilingual'
import { fiscalYearBounds, fiscalYearOf, formatThaiDate } from '@prongsai/shared/thai-calendar'
import { declaredNoneFields } from '../fields/declaredNone'
import { missingRequired } from '../fields/required'
import { moneyField } from '../fields/money'
import { procurementMethodField } from '../fields/procurementMethod'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'
import { collapsedRows } from '../fields/collapsedRows'

/**
 * The month must fall inside the fiscal year the summary is filed under. The fiscal year
 * is derived from the month (fiscalYearFrom), so this only speaks when a hook or import
 * sets both; it names the month and the year in the Buddhist era, as editors read them.
 */
export function validateMonthInFiscalYear(value: unknown, fiscalYear: unknown): string | true {
  if (!value || typeof fiscalYear !== 'number') return true
  const date = new Date(value as string)
  if (Number.isNaN(date.getTime())) return bilingual('เดือนไม่ถูกต้อง', 'Invalid month')
  let bounds
  try {
    bounds = fiscalYearBounds(fiscalYear)
  } catch {
    return true // the fiscal-year field reports its own error
  }
  // The month as Bangkok sees it: "October 2022" stored as 2022-09-30T17:00Z is October.
  const belongsTo = fiscalYearOf(date)
  if (belongsTo === fiscalYear) return true
  const month = formatThaiDate(date, { style: 'month' })
  const from = formatThaiDate(bounds.start, { style: 'short' })
  const to = formatThaiDate(bounds.end.getTime() - 1, { style: 'short' })
  return bilingual(
    `${month} อยู่ในปีงบประมาณ ${belongsTo} ไม่ใช่ ${fiscalYear} (${from} – ${to})`,
    `${month} (BE) is in fiscal year ${belongsTo}, not ${fiscalYear} (${from} – ${to})`,
  )
}

// The สขร.1 form's columns that hold two fields each (on the public site's table).
const WINNER_COLUMN = { th: 'ผู้ได้รับการคัดเลือกและราคาที่ตกลง (บาท)', en: 'Selected supplier and agreed price (baht)' }
const CONTRACT_COLUMN = { th: 'เลขที่และวันที่ของสัญญา/ข้อตกลง', en: 'Contract number and date' }

/**
 * o21, the สขร.1 form: what was bought in one month, who bid what, who won at what price
 * and why, and the contract — or a declaration that there was no procurement that month.
 */
export const ProcurementMonthlySummaries = oitCollection({
  slug: 'procurement-monthly-summaries',
  dbName: 'procurement_monthly',
  labels: {
    singular: { th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', en: 'Monthly procurement summary (สขร.1)' },
    plural: { th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', en: 'Monthly procurement summaries (สขร.1)' },
  },
  group: OIT_GROUPS.procurement,
  useAsTitle: 'title',
  defaultColumns: ['title', 'month', 'fiscalYear'],
  fiscalYear: 'required',
  // ธันวาคม 2569 is in FY 2570: the month decides, the editor does not type it.
  fiscalYearFrom: 'month',
  componentKeys: [
    { value: 'procurement-rows', label: { th: 'รายการจัดซื้อจัดจ้างของเดือน', en: "The month's procurement" } },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อรายการ', en: 'Title' } },
    {
      name: 'month',
      type: 'date',
      required: true,
      index: true,
      label: { th: 'เดือน', en: 'Month' },
      admin: { date: { pickerAppearance: 'monthOnly', displayFormat: 'MMMM yyyy' } },
      validate: (value: unknown, { data, required }: { data: Record<string, unknown>; required?: boolean }) =>
        missingRequired(value, required) ?? validateMonthInFiscalYear(value, data?.fiscalYear),
    },
    {
      name: 'rows',
      type: 'array',
      label: { th: 'รายการจัดซื้อจัดจ้าง', en: 'Procurement' },
      labels: { singular: { th: 'รายการ', en: 'Item' }, plural: { th: 'รายการ', en: 'Items' } },
      admin: collapsedRows(),
      // The public site shows the rows as the สขร.1 form's table.
      custom: { site: { table: true } },
      fields: [
        { name: 'work', type: 'text', required: true, label: { th: 'งานที่ซื้อหรือจ้าง', en: 'Goods or work' } },
        {
          type: 'row',
          fields: [
            moneyField('budget', { th: 'วงเงินที่ซื้อหรือจ้าง (บาท)', en: 'Budget (baht)' }),
            moneyField('referencePrice', { th: 'ราคากลาง (บาท)', en: 'Reference price (baht)' }),
            procurementMethodField(),
          ],
        },
        {
          name: 'bidders',
          type: 'array',
          label: { th: 'รายชื่อผู้เสนอราคาและราคาที่เสนอ', en: 'Bidders and their prices' },
          labels: { singular: { th: 'ผู้เสนอราคา', en: 'Bidder' }, plural: { th: 'ผู้เสนอราคา', en: 'Bidders' } },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', required: true, label: { th: 'ผู้เสนอราคา', en: 'Bidder' } },
                moneyField('price', { th: 'ราคาที่เสนอ (บาท)', en: 'Price offered (baht)' }),
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'winner',
              type: 'text',
              label: { th: 'ผู้ได้รับการคัดเลือก', en: 'Selected supplier' },
              custom: { site: { column: WINNER_COLUMN } },
            },
            {
              ...moneyField('agreedPrice', { th: 'ราคาที่ตกลง (บาท)', en: 'Agreed price (baht)' }),
              custom: { site: { column: WINNER_COLUMN } },
            },
          ],
        },
        { name: 'reason', type: 'text', label: { th: 'เหตุผลที่คัดเลือกโดยสรุป', en: 'Reason for selection' } },
        {
          type: 'row',
          fields: [
            {
              name: 'contractNumber',
              type: 'text',
              label: { th: 'เลขที่สัญญา/ข้อตกลง', en: 'Contract number' },
              custom: { site: { column: CONTRACT_COLUMN } },
            },
            {
              name: 'contractDate',
              type: 'date',
              label: { th: 'วันที่สัญญา/ข้อตกลง', en: 'Contract date' },
              custom: { site: { column: CONTRACT_COLUMN } },
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
            },
          ],
        },
      ],
    },
    declaredNoneFields(
      { th: 'ไม่มีการจัดซื้อจัดจ้างในเดือนนี้', en: 'No procurement this month' },
      { th: 'เช่น "ในเดือนนี้ไม่มีการจัดซื้อจัดจ้าง"', en: 'e.g. "There was no procurement this month"' },
    ),
  ],
})
