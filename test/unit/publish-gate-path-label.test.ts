/**
 * How a refused publish names a field (plugins/publish-gate/engine/pathLabel.ts): by its
 * labels down the path, in the reader's language, as Payload names the fields of its own
 * validation errors; a field list in the error's message is separated by commas.
 */
import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { fieldLabels, pathLabel } from '@prongsai/publish-gate/utilities'

const fields: Field[] = [
  { name: 'photo', type: 'upload', relationTo: 'media', label: { th: 'รูปถ่าย', en: 'Photo' } },
  {
    name: 'contact',
    type: 'group',
    label: { th: 'ช่องทางการติดต่อ', en: 'Contact' },
    fields: [{ name: 'phone', type: 'text', label: { th: 'โทรศัพท์', en: 'Phone' } }],
  },
  {
    type: 'tabs',
    tabs: [
      {
        name: 'structure',
        label: { th: 'โครงสร้าง', en: 'Structure' },
        fields: [{ name: 'chart', type: 'upload', relationTo: 'media', label: { th: 'แผนผัง', en: 'Chart' } }],
      },
      { label: 'unnamed', fields: [{ name: 'rewards', type: 'text', label: { th: 'รางวัล', en: 'Rewards, discipline' } }] },
    ],
  },
  {
    name: 'rows',
    type: 'array',
    labels: { singular: { th: 'รายการ', en: 'Item' }, plural: { th: 'รายการ', en: 'Items' } },
    fields: [{ name: 'winner', type: 'text', label: { th: 'ผู้ได้รับการคัดเลือก', en: 'Selected supplier' } }],
  },
  { name: 'unlabelled', type: 'text' },
]
const labels = fieldLabels(fields)

describe('pathLabel', () => {
  it('names a field, a group’s field and a named tab’s field by their labels', () => {
    expect(pathLabel('photo', labels, 'th')).toBe('รูปถ่าย')
    expect(pathLabel('contact.phone', labels, 'th')).toBe('ช่องทางการติดต่อ > โทรศัพท์')
    expect(pathLabel('contact.phone', labels, 'en')).toBe('Contact > Phone')
    expect(pathLabel('structure.chart', labels, 'th')).toBe('โครงสร้าง > แผนผัง')
  })
  it('numbers a row from 1 after its list’s name', () => {
    expect(pathLabel('rows.2.winner', labels, 'th')).toBe('รายการ 3 > ผู้ได้รับการคัดเลือก')
  })
  it('keeps the name of a field without a label, and no comma inside a label', () => {
    expect(pathLabel('unlabelled', labels, 'th')).toBe('unlabelled')
    expect(pathLabel('rewards', labels, 'en')).not.toContain(',')
  })
})
