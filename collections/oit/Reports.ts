import { bilingual } from '@prongsai/shared/bilingual'
import { fiscalYearField } from '../fields/fiscalYear'
import { countField, moneyField } from '../fields/money'
import { periodFields } from '../fields/period'
import { whenFieldIs } from '../fields/conditions'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'
import { collapsedRows } from '../fields/collapsedRows'

export const REPORT_KINDS = [
  { label: { th: 'รายงานการกำกับติดตาม รอบ 6 เดือน', en: 'Six-month progress report' }, value: 'progress-6m' },
  { label: { th: 'รายงานผลประจำปี', en: 'Annual report' }, value: 'annual' },
  { label: { th: 'รายงานผลการสำรวจความพึงพอใจ', en: 'Satisfaction survey report' }, value: 'satisfaction' },
  { label: { th: 'รายงานผลนโยบาย No Gift Policy', en: 'No Gift Policy report' }, value: 'no-gift' },
  { label: { th: 'รายงานผลการประเมินจริยธรรมเจ้าหน้าที่', en: 'Ethics assessment report' }, value: 'ethics-assessment' },
  {
    label: { th: 'ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'Integrity-measure progress' },
    value: 'integrity-progress',
  },
  {
    label: {
      th: 'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต',
      en: 'Corruption-risk management report',
    },
    value: 'risk-management',
  },
  {
    label: { th: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร', en: 'Using ITA results to develop the organisation' },
    value: 'ita-development',
  },
] as const

/** A corruption-risk management report comes in two rounds: the plan, then what was done. */
export const RISK_MANAGEMENT_ROUNDS = [
  { label: { th: 'รอบที่ 1 แผนบริหารจัดการความเสี่ยง', en: 'Round 1 risk-management plan' }, value: '1' },
  { label: { th: 'รอบที่ 2 ผลการดำเนินการตามแผน', en: 'Round 2 implementation results' }, value: '2' },
] as const

export const ITA_ACTION_STATUSES = [
  { label: { th: 'อยู่ในแผน (ยังไม่เริ่ม)', en: 'Planned' }, value: 'planned' },
  { label: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' }, value: 'in-progress' },
  { label: { th: 'ดำเนินการแล้วเสร็จ', en: 'Done' }, value: 'done' },
] as const

export const REPORT_SUBJECTS = [
  { label: { th: 'การดำเนินงานและการใช้งบประมาณ', en: 'Operations and budget' }, value: 'operations' },
  { label: { th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' }, value: 'procurement' },
  { label: { th: 'การบริหารและพัฒนาทรัพยากรบุคคล', en: 'Human resources' }, value: 'hr' },
  { label: { th: 'การป้องกันการทุจริต', en: 'Corruption prevention' }, value: 'anti-corruption' },
] as const

/**
 * Reports of every kind: six-month progress (o12, o37), annual results (o13, o22, o26,
 * o38), satisfaction survey (o17), No Gift (o33), ethics assessment (o41) and
 * integrity-measure progress (o43); since ITA 2569 (provisional) also the corruption-risk
 * management report (plan and results, by risk area) and the use of the previous ITA result
 * to develop the organisation. `kind` + `subject` say which item a report serves; only
 * six-month and annual reports have a subject.
 */
export const Reports = oitCollection({
  slug: 'reports',
  labels: {
    singular: { th: 'รายงาน', en: 'Report' },
    plural: { th: 'รายงาน', en: 'Reports' },
  },
  group: OIT_GROUPS.plansReports,
  useAsTitle: 'title',
  defaultColumns: ['title', 'kind', 'subject', 'fiscalYear'],
  fiscalYear: 'required',
  componentKeys: [
    {
      value: 'project-progress',
      label: { th: 'ความก้าวหน้า/ผลการดำเนินการแต่ละโครงการ', en: 'Progress / results per project' },
    },
    { value: 'budget-used', label: { th: 'งบประมาณที่ใช้/ผลการใช้จ่ายงบประมาณ', en: 'Budget used' } },
    { value: 'procurement-summary', label: { th: 'สรุปรายการจัดซื้อจัดจ้าง', en: 'Procurement summary' } },
    { value: 'hr-results', label: { th: 'ผลการดำเนินการตามนโยบายบริหารทรัพยากรบุคคล', en: 'HR policy results' } },
    { value: 'hr-statistics', label: { th: 'สถิติการบริหารและพัฒนาทรัพยากรบุคคล', en: 'HR statistics' } },
    { value: 'problems', label: { th: 'ปัญหา/อุปสรรค', en: 'Problems' } },
    { value: 'recommendations', label: { th: 'ข้อเสนอแนะ', en: 'Recommendations' } },
    { value: 'survey-results', label: { th: 'ผลสำรวจความพึงพอใจ', en: 'Survey results' } },
    { value: 'gift-report', label: { th: 'รายงานการรับของขวัญ', en: 'Gift report' } },
    { value: 'ethics-results', label: { th: 'ผลการประเมินพฤติกรรมทางจริยธรรม', en: 'Ethics assessment results' } },
    { value: 'ethics-in-hr', label: { th: 'การนำผลประเมินไปใช้ในการบริหารบุคคล', en: 'Use of results in HR decisions' } },
    { value: 'measure-progress', label: { th: 'ความก้าวหน้าตามมาตรการ', en: 'Progress of the measures' } },
    { value: 'risk-results', label: { th: 'ผลการดำเนินการรายด้านความเสี่ยง', en: 'Results by risk area' } },
    {
      value: 'ita-actions',
      label: { th: 'การดำเนินการพัฒนาตามผลการประเมิน', en: 'Improvement actions from the assessment' },
    },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อรายงาน', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          options: [...REPORT_KINDS],
          label: { th: 'ประเภทรายงาน', en: 'Kind of report' },
        },
        {
          name: 'subject',
          type: 'select',
          index: true,
          options: [...REPORT_SUBJECTS],
          label: { th: 'เรื่อง', en: 'Subject' },
          admin: { condition: whenFieldIs('kind', 'progress-6m', 'annual') },
          // Which checklist item a progress or annual report serves depends on it.
          validate: (value: null | string | undefined, { data }: { data: Record<string, unknown> }) =>
            ['progress-6m', 'annual'].includes(data?.kind as string) && !value
              ? bilingual('รายงานรอบ 6 เดือนและรายงานประจำปีต้องระบุเรื่อง', 'A six-month or annual report needs its subject')
              : true,
        },
      ],
    },
    periodFields({
      startLabel: { th: 'ข้อมูลตั้งแต่วันที่', en: 'Covers from' },
      endLabel: { th: 'ถึงวันที่', en: 'Covers until' },
    }),
    { name: 'summary', type: 'richText', label: { th: 'สาระสำคัญ', en: 'Summary' } },
    {
      name: 'projectResults',
      type: 'array',
      label: { th: 'ความก้าวหน้า/ผลรายโครงการ', en: 'Progress / results per project' },
      labels: { singular: { th: 'โครงการ', en: 'Project' }, plural: { th: 'โครงการ', en: 'Projects' } },
      admin: collapsedRows({ condition: whenFieldIs('kind', 'progress-6m', 'annual') }),
      fields: [
        { name: 'name', type: 'text', required: true, label: { th: 'โครงการ/กิจกรรม', en: 'Project' } },
        { name: 'progress', type: 'textarea', label: { th: 'ความก้าวหน้า/ผลการดำเนินการ', en: 'Progress / result' } },
        moneyField('budgetUsed', { th: 'งบประมาณที่ใช้ (บาท)', en: 'Budget used (baht)' }),
      ],
    },
    (() => {
      const field = moneyField('budgetSpent', { th: 'ผลการใช้จ่ายงบประมาณรวม (บาท)', en: 'Total budget spent (baht)' })
      return { ...field, admin: { ...field.admin, condition: whenFieldIs('kind', 'progress-6m', 'annual') } }
    })(),
    {
      name: 'procurementSummary',
      type: 'textarea',
      label: { th: 'สรุปรายการที่มีการจัดซื้อจัดจ้าง', en: 'Summary of procurement' },
      admin: { condition: whenFieldIs('subject', 'procurement') },
    },
    {
      name: 'hrResults',
      type: 'textarea',
      label: { th: 'ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', en: 'Results of the HR policy' },
      admin: { condition: whenFieldIs('subject', 'hr') },
    },
    {
      name: 'hrStatistics',
      type: 'textarea',
      label: { th: 'สรุปสถิติการบริหารและพัฒนาทรัพยากรบุคคล', en: 'HR statistics' },
      admin: { condition: whenFieldIs('subject', 'hr') },
    },
    {
      name: 'problems',
      type: 'textarea',
      label: { th: 'ปัญหา/อุปสรรค', en: 'Problems / obstacles' },
      admin: { condition: whenFieldIs('kind', 'annual', 'progress-6m') },
    },
    {
      name: 'recommendations',
      type: 'textarea',
      label: { th: 'ข้อเสนอแนะ', en: 'Recommendations' },
      admin: { condition: whenFieldIs('kind', 'annual', 'progress-6m') },
    },
    {
      name: 'satisfaction',
      type: 'group',
      label: { th: 'ผลสำรวจความพึงพอใจ', en: 'Satisfaction survey' },
      admin: { condition: whenFieldIs('kind', 'satisfaction') },
      fields: [
        {
          type: 'row',
          fields: [
            countField('respondents', { th: 'จำนวนผู้ตอบ', en: 'Respondents' }),
            {
              name: 'scorePercent',
              type: 'number',
              min: 0,
              max: 100,
              label: { th: 'ความพึงพอใจ (ร้อยละ)', en: 'Satisfaction (%)' },
            },
          ],
        },
        { name: 'results', type: 'textarea', label: { th: 'สรุปผล', en: 'Results' } },
      ],
    },
    {
      name: 'noGift',
      type: 'group',
      label: { th: 'ผลการรับของขวัญและของกำนัล', en: 'Gifts received' },
      admin: { condition: whenFieldIs('kind', 'no-gift') },
      fields: [
        countField('giftsReported', { th: 'จำนวนครั้งที่มีการรายงาน', en: 'Gifts reported' }),
        { name: 'results', type: 'textarea', label: { th: 'สรุปผล', en: 'Results' } },
      ],
    },
    {
      name: 'ethics',
      type: 'group',
      label: { th: 'ผลการประเมินจริยธรรม', en: 'Ethics assessment' },
      admin: { condition: whenFieldIs('kind', 'ethics-assessment') },
      fields: [
        { name: 'results', type: 'textarea', label: { th: 'ผลการประเมินพฤติกรรมทางจริยธรรม', en: 'Assessment results' } },
        {
          name: 'useInHr',
          type: 'textarea',
          label: {
            th: 'การนำผลการประเมินไปใช้ประกอบการพิจารณาในการบริหารทรัพยากรบุคคล',
            en: 'How the results are used in HR decisions',
          },
        },
      ],
    },
    {
      name: 'measureProgress',
      type: 'array',
      label: { th: 'ความก้าวหน้าตามมาตรการ', en: 'Progress per measure' },
      labels: { singular: { th: 'มาตรการ', en: 'Measure' }, plural: { th: 'มาตรการ', en: 'Measures' } },
      admin: collapsedRows({ condition: whenFieldIs('kind', 'integrity-progress') }),
      fields: [
        { name: 'measure', type: 'text', required: true, label: { th: 'มาตรการ', en: 'Measure' } },
        { name: 'progress', type: 'textarea', label: { th: 'ความก้าวหน้า/ผล', en: 'Progress / result' } },
      ],
    },
    {
      name: 'round',
      type: 'select',
      options: [...RISK_MANAGEMENT_ROUNDS],
      label: { th: 'รอบการรายงาน', en: 'Reporting round' },
      admin: {
        condition: whenFieldIs('kind', 'risk-management'),
        description: {
          th: 'รอบที่ 1 เผยแพร่แผนบริหารจัดการความเสี่ยง รอบที่ 2 รายงานผลการดำเนินการตามแผน',
          en: 'Round 1 publishes the risk-management plan, round 2 reports what was done under it',
        },
      },
    },
    {
      name: 'riskResults',
      type: 'array',
      label: { th: 'ผลการดำเนินการรายด้านความเสี่ยง', en: 'Results by risk area' },
      labels: { singular: { th: 'ด้านความเสี่ยง', en: 'Risk area' }, plural: { th: 'ด้านความเสี่ยง', en: 'Risk areas' } },
      admin: collapsedRows({ condition: whenFieldIs('kind', 'risk-management') }),
      fields: [
        {
          name: 'area',
          type: 'text',
          required: true,
          label: { th: 'ด้านความเสี่ยง', en: 'Risk area' },
          admin: { placeholder: 'ด้านการใช้ตำแหน่งหน้าที่' },
        },
        {
          name: 'measure',
          type: 'textarea',
          label: { th: 'มาตรการ/การดำเนินการเพื่อจัดการความเสี่ยง', en: 'Measure or action against the risk' },
        },
        { name: 'result', type: 'textarea', label: { th: 'ผลการดำเนินการ', en: 'Result' } },
      ],
    },
    {
      name: 'itaDevelopment',
      type: 'group',
      label: { th: 'การนำผลการประเมิน ITA ไปพัฒนาองค์กร', en: 'Using the ITA result' },
      admin: { condition: whenFieldIs('kind', 'ita-development') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              ...fiscalYearField({
                name: 'assessedYear',
                label: { th: 'ผลการประเมิน ITA ปี พ.ศ.', en: 'ITA result of the year (BE)' },
                description: { th: 'โดยปกติคือปีก่อนหน้า เช่น 2568', en: 'Usually the previous year, e.g. 2568' },
              }),
              index: false,
            },
            {
              name: 'score',
              type: 'number',
              min: 0,
              max: 100,
              label: { th: 'คะแนนที่ได้ (เต็ม 100)', en: 'Score (out of 100)' },
              admin: { step: 0.01 },
            },
          ],
        },
        {
          name: 'issues',
          type: 'textarea',
          label: { th: 'ประเด็นที่พบ', en: 'Issues found' },
          admin: {
            description: {
              th: 'ข้อบกพร่อง จุดอ่อน หรือประเด็นที่ได้คะแนนน้อยจากผลการประเมิน',
              en: 'Weak points or low-scoring questions in the result',
            },
          },
        },
        {
          name: 'actions',
          type: 'array',
          label: { th: 'การดำเนินการเพื่อพัฒนาองค์กร', en: 'Improvement actions' },
          labels: { singular: { th: 'การดำเนินการ', en: 'Action' }, plural: { th: 'การดำเนินการ', en: 'Actions' } },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'action',
                  type: 'text',
                  required: true,
                  label: { th: 'การดำเนินการ', en: 'Action' },
                  admin: { width: '70%' },
                },
                {
                  name: 'status',
                  type: 'select',
                  options: [...ITA_ACTION_STATUSES],
                  label: { th: 'สถานะ', en: 'Status' },
                  admin: { width: '30%' },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
})
