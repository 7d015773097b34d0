import { countField } from '../fields/money'
import { declaredNoneFields } from '../fields/declaredNone'
import { periodFields } from '../fields/period'
import { whenFieldIs } from '../fields/conditions'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

/** Service statistics (o16) and anti-corruption complaint statistics (o29). */
export const Statistics = oitCollection({
  slug: 'statistics',
  labels: {
    singular: { th: 'ข้อมูลเชิงสถิติ', en: 'Statistics' },
    plural: { th: 'ข้อมูลเชิงสถิติ', en: 'Statistics' },
  },
  group: OIT_GROUPS.plansReports,
  useAsTitle: 'title',
  defaultColumns: ['title', 'kind', 'fiscalYear'],
  fiscalYear: 'required',
  componentKeys: [
    { value: 'service-statistics', label: { th: 'สถิติการให้บริการ', en: 'Service statistics' } },
    { value: 'complaints-total', label: { th: 'จำนวนเรื่องร้องเรียนทั้งหมด', en: 'Total complaints' } },
    { value: 'complaints-done', label: { th: 'จำนวนเรื่องที่ดำเนินการแล้วเสร็จ', en: 'Complaints closed' } },
    { value: 'complaints-in-progress', label: { th: 'จำนวนเรื่องที่อยู่ระหว่างดำเนินการ', en: 'Complaints in progress' } },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อรายการ', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { th: 'ประเภทสถิติ', en: 'Kind' },
      options: [
        { label: { th: 'สถิติการให้บริการ', en: 'Service statistics' }, value: 'service' },
        {
          label: { th: 'สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', en: 'Corruption complaint statistics' },
          value: 'complaint',
        },
      ],
    },
    periodFields({
      startLabel: { th: 'ข้อมูลตั้งแต่วันที่', en: 'Covers from' },
      endLabel: { th: 'ถึงวันที่', en: 'Covers until' },
    }),
    {
      name: 'serviceRows',
      type: 'array',
      label: { th: 'สถิติการให้บริการ', en: 'Service counts' },
      labels: { singular: { th: 'งานบริการ', en: 'Service' }, plural: { th: 'งานบริการ', en: 'Services' } },
      admin: { condition: whenFieldIs('kind', 'service') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'service', type: 'text', required: true, label: { th: 'งานบริการ', en: 'Service' } },
            { name: 'period', type: 'text', label: { th: 'ช่วงเวลา (เดือน/ไตรมาส)', en: 'Period (month/quarter)' } },
            countField('count', { th: 'จำนวน (ครั้ง/ราย)', en: 'Count' }, { required: true }),
          ],
        },
      ],
    },
    {
      name: 'complaints',
      type: 'group',
      label: { th: 'เรื่องร้องเรียนการทุจริต', en: 'Corruption complaints' },
      admin: { condition: whenFieldIs('kind', 'complaint') },
      fields: [
        {
          type: 'row',
          fields: [
            countField('total', { th: 'จำนวนเรื่องทั้งหมด', en: 'Total' }),
            countField('done', { th: 'ดำเนินการแล้วเสร็จ', en: 'Closed' }),
            countField('inProgress', { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' }),
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { th: 'กรณีไม่มีเรื่องร้องเรียน', en: 'When there were no complaints' },
      admin: { condition: whenFieldIs('kind', 'complaint'), initCollapsed: true },
      fields: [
        declaredNoneFields(
          { th: 'ไม่มีเรื่องร้องเรียนการทุจริตในช่วงเวลานี้', en: 'No corruption complaints in this period' },
          { th: 'เช่น ช่วงเวลาที่ตรวจสอบและช่องทางที่ตรวจ', en: 'e.g. the period and channels checked' },
        ),
      ],
    },
  ],
})
