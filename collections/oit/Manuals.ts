import { whenFieldIs } from '../fields/conditions'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

/** Work manuals for staff (o14) and service manuals for the public (o15). */
export const Manuals = oitCollection({
  slug: 'manuals',
  labels: {
    singular: { th: 'คู่มือ', en: 'Manual' },
    plural: { th: 'คู่มือ', en: 'Manuals' },
  },
  group: OIT_GROUPS.services,
  useAsTitle: 'title',
  defaultColumns: ['title', 'kind', 'division'],
  fiscalYear: 'none',
  componentKeys: [
    { value: 'mission', label: { th: 'ภารกิจ/บริการ', en: 'Mission / service' } },
    { value: 'positions', label: { th: 'ตำแหน่งที่ใช้คู่มือ', en: 'Positions' } },
    { value: 'steps', label: { th: 'วิธีการ/ขั้นตอน', en: 'Steps' } },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อคู่มือ', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { th: 'ประเภทคู่มือ', en: 'Kind' },
      options: [
        { label: { th: 'คู่มือหรือมาตรฐานการปฏิบัติงาน (เจ้าหน้าที่)', en: 'Work manual (staff)' }, value: 'work' },
        { label: { th: 'คู่มือหรือมาตรฐานการให้บริการ (ประชาชน)', en: 'Service manual (public)' }, value: 'service' },
      ],
    },
    {
      name: 'mission',
      type: 'text',
      label: { th: 'คู่มือปฏิบัติภารกิจ/บริการใด', en: 'Mission or service covered' },
    },
    {
      name: 'positions',
      type: 'text',
      label: { th: 'สำหรับเจ้าหน้าที่ตำแหน่งใด', en: 'For which positions' },
      admin: { condition: whenFieldIs('kind', 'work') },
    },
    {
      name: 'steps',
      type: 'array',
      label: { th: 'วิธีการ/ขั้นตอน', en: 'Steps' },
      labels: { singular: { th: 'ขั้นตอน', en: 'Step' }, plural: { th: 'ขั้นตอน', en: 'Steps' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'step', type: 'text', required: true, label: { th: 'ขั้นตอน', en: 'Step' }, admin: { width: '60%' } },
            { name: 'duration', type: 'text', label: { th: 'ระยะเวลา', en: 'Time' }, admin: { width: '40%' } },
          ],
        },
        { name: 'description', type: 'textarea', label: { th: 'รายละเอียด', en: 'Details' } },
      ],
    },
  ],
})
