import { bilingual } from '@prongsai/shared/bilingual'
import { declaredNoneFields } from '../fields/declaredNone'
import { fiscalYearField } from '../fields/fiscalYear'
import { projectRows } from '../fields/projectRows'
import { whenFieldIs } from '../fields/conditions'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'
import { collapsedRows } from '../fields/collapsedRows'

export const PLAN_KINDS = [
  { label: { th: 'แผนยุทธศาสตร์/แผนพัฒนาท้องถิ่น (หลายปี)', en: 'Strategic / local development plan' }, value: 'development' },
  { label: { th: 'แผนดำเนินงานและการใช้งบประมาณประจำปี', en: 'Annual action plan and budget' }, value: 'action' },
  { label: { th: 'แผนการจัดซื้อจัดจ้าง/แผนการจัดหาพัสดุ', en: 'Procurement plan' }, value: 'procurement' },
  { label: { th: 'นโยบาย/แผนการบริหารทรัพยากรบุคคล', en: 'HR policy / plan' }, value: 'hr' },
  { label: { th: 'แผนปฏิบัติการป้องกันการทุจริต', en: 'Anti-corruption action plan' }, value: 'anti-corruption' },
] as const

/** Last fiscal year a multi-year plan covers; not before its first. */
const fiscalYearEndField = fiscalYearField({
  name: 'fiscalYearEnd',
  label: { th: 'ถึงปีงบประมาณ (แผนหลายปี)', en: 'Last fiscal year (multi-year plans)' },
  description: { th: 'เว้นว่างถ้าเป็นแผนปีเดียว', en: 'Leave empty for a one-year plan' },
  alsoCheck: (value, data) => {
    const start = data.fiscalYear as number | undefined
    return start && value < start
      ? bilingual('ปีงบประมาณสิ้นสุดต้องไม่ก่อนปีเริ่มต้น', 'The last fiscal year must not be before the first')
      : true
  },
})

/** Plans of every kind (o4, o11, o19, o23, o36). A multi-year plan states its last fiscal year. */
export const Plans = oitCollection({
  slug: 'plans',
  labels: {
    singular: { th: 'แผน', en: 'Plan' },
    plural: { th: 'แผนงาน', en: 'Plans' },
  },
  group: OIT_GROUPS.plansReports,
  useAsTitle: 'title',
  defaultColumns: ['title', 'kind', 'fiscalYear', 'fiscalYearEnd'],
  fiscalYear: 'required',
  componentKeys: [
    { value: 'strategies', label: { th: 'ยุทธศาสตร์หรือแนวทาง', en: 'Strategies' } },
    { value: 'goals', label: { th: 'เป้าหมาย', en: 'Goals' } },
    { value: 'indicators', label: { th: 'ตัวชี้วัด', en: 'Indicators' } },
    { value: 'projects', label: { th: 'โครงการหรือกิจกรรม', en: 'Projects or activities' } },
    { value: 'budget', label: { th: 'งบประมาณ', en: 'Budget' } },
    { value: 'period', label: { th: 'ระยะเวลาดำเนินการ', en: 'Period' } },
    { value: 'procurement-items', label: { th: 'รายการจัดซื้อจัดจ้าง', en: 'Procurement items' } },
    { value: 'hr-policy', label: { th: 'นโยบาย/แผนบริหารทรัพยากรบุคคล', en: 'HR policy / plan' } },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อแผน', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [...PLAN_KINDS],
          label: { th: 'ประเภทแผน', en: 'Kind of plan' },
          index: true,
        },
        fiscalYearEndField,
      ],
    },
    { name: 'summary', type: 'richText', label: { th: 'สาระสำคัญ', en: 'Summary' } },
    {
      name: 'strategies',
      type: 'array',
      label: { th: 'ยุทธศาสตร์/แนวทาง', en: 'Strategies' },
      labels: { singular: { th: 'ยุทธศาสตร์', en: 'Strategy' }, plural: { th: 'ยุทธศาสตร์', en: 'Strategies' } },
      admin: collapsedRows({ condition: whenFieldIs('kind', 'development') }),
      fields: [
        { name: 'name', type: 'text', required: true, label: { th: 'ยุทธศาสตร์หรือแนวทาง', en: 'Strategy' } },
        { name: 'goals', type: 'textarea', label: { th: 'เป้าหมาย', en: 'Goals' } },
        { name: 'indicators', type: 'textarea', label: { th: 'ตัวชี้วัด', en: 'Indicators' } },
      ],
    },
    projectRows({
      condition: whenFieldIs('kind', 'action', 'anti-corruption', 'procurement'),
      withDimension: true,
      withMethod: true,
    }),
    {
      type: 'collapsible',
      label: { th: 'กรณีไม่มีการจัดซื้อจัดจ้างที่ต้องเผยแพร่แผน', en: 'When no procurement requires a plan' },
      admin: { condition: whenFieldIs('kind', 'procurement'), initCollapsed: true },
      fields: [
        declaredNoneFields(
          {
            th: 'ไม่มีการจัดซื้อจัดจ้างที่มีวงเงินเกิน 5 แสนบาท หรือที่กฎหมายกำหนดให้ต้องเผยแพร่แผน',
            en: 'No procurement over 500,000 baht, or none the law requires a plan for',
          },
          { th: 'อธิบายโดยละเอียด', en: 'Explain in detail' },
        ),
      ],
    },
  ],
})
