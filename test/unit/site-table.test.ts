/**
 * An array field marked `custom: { site: { table: true } }` is a table on the public site:
 * its columns come from the row's fields, fields naming the same `custom.site.column`
 * sharing one. สขร.1's rows give the form's columns.
 */
import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { Divisions } from '../../collections/Divisions'
import { Organisations } from '../../collections/Organisations'
import { Executives } from '../../collections/oit/Executives'
import { ProcurementMonthlySummaries } from '../../collections/oit/ProcurementMonthlySummaries'
import { Reports } from '../../collections/oit/Reports'
import { readinessField } from '@prongsai/publish-gate/utilities'
import { isShownField, siteOptions, tableColumns } from '../../src/app/(site)/_components/FieldsView'

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

/** Every field of a field list, at any depth (rows, collapsibles, tabs, groups, arrays). */
function allFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    const inner =
      field.type === 'tabs'
        ? field.tabs.flatMap((tab) => tab.fields)
        : 'fields' in field && Array.isArray(field.fields)
          ? field.fields
          : []
    return [field, ...allFields(inner)]
  })
}

const named = (fields: Field[], name: string) =>
  allFields(fields).filter((field) => 'name' in field && field.name === name)

describe('what the public document page leaves out', () => {
  it('is said by each field (custom.site.hidden), not by a list of names in the page', () => {
    const hidden = [
      ...named(Reports.fields, 'componentLocations'),
      ...named(Executives.fields, 'order'),
      ...named(Divisions.fields, 'order'),
      ...named(Organisations.fields, 'website'),
      readinessField('readiness', { site: { hidden: true } }),
    ]
    expect(hidden).toHaveLength(5)
    for (const field of hidden) expect(isShownField(field)).toBe(false)
  })

  it('Payload’s own fields (`_status`) are never shown; a field of the same name as a hidden one elsewhere is', () => {
    expect(isShownField({ name: '_status', type: 'select', options: ['draft', 'published'] })).toBe(false)
    expect(isShownField({ name: 'order', type: 'number' })).toBe(true)
    expect(isShownField({ name: 'website', type: 'text' })).toBe(true)
    expect(isShownField(readinessField('readiness'))).toBe(true)
  })
})
