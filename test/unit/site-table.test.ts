/**
 * An array field marked `custom: { site: { table: true } }` is a table on the public site:
 * its columns come from the row's fields, fields naming the same `custom.site.column`
 * sharing one. สขร.1's rows give the form's columns.
 */
import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { ProcurementMonthlySummaries } from '../../collections/oit/ProcurementMonthlySummaries'
import { siteOptions, tableColumns } from '../../src/app/(site)/_components/FieldsView'

const rows = ProcurementMonthlySummaries.fields.find((f) => 'name' in f && f.name === 'rows') as Field & {
  fields: Field[]
}

describe('the site table of an array', () => {
  it('สขร.1 rows are a table with the form’s columns', () => {
    expect(siteOptions(rows).table).toBe(true)
    expect(tableColumns(rows.fields).map((c) => c.heading)).toEqual([
      'งานที่ซื้อหรือจ้าง',
      'วงเงินที่ซื้อหรือจ้าง (บาท)',
      'ราคากลาง (บาท)',
      'วิธีการซื้อหรือจ้าง',
      'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
      'ผู้ได้รับการคัดเลือกและราคาที่ตกลง (บาท)',
      'เหตุผลที่คัดเลือกโดยสรุป',
      'เลขที่และวันที่ของสัญญา/ข้อตกลง',
    ])
  })

  it('a field hidden from the site or the admin is no column', () => {
    const fields: Field[] = [
      { name: 'a', type: 'text', label: 'A' },
      { type: 'row', fields: [{ name: 'b', type: 'text', label: 'B', custom: { site: { hidden: true } } }] },
      { name: 'c', type: 'text', label: 'C', admin: { hidden: true } },
    ]
    expect(tableColumns(fields).map((c) => c.heading)).toEqual(['A'])
  })
})
