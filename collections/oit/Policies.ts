import { whenFieldIs } from '../fields/conditions'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

export const POLICY_KINDS = [
  { label: { th: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', en: 'HR management criteria' }, value: 'hr-criteria' },
  {
    label: { th: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต', en: 'Corruption complaint guideline' },
    value: 'complaint-guideline',
  },
  { label: { th: 'ประกาศเจตนารมณ์ No Gift Policy', en: 'No Gift Policy declaration' }, value: 'no-gift-declaration' },
  { label: { th: 'ประมวลจริยธรรม/ข้อกำหนดจริยธรรม', en: 'Code of ethics' }, value: 'ethics-code' },
] as const

/**
 * Standing policies and guidelines: HR criteria with its five parts (o25), the
 * corruption-complaint guideline (o27), the top executive's No Gift declaration (o31),
 * the code of ethics (o39). Since ITA 2569 (provisional) the No Gift declaration also carries
 * what staff are told of the gift rules of section 128 of the organic act on anti-corruption.
 */
export const Policies = oitCollection({
  slug: 'policies',
  labels: {
    singular: { th: 'นโยบาย/แนวปฏิบัติ', en: 'Policy / guideline' },
    plural: { th: 'นโยบายและแนวปฏิบัติ', en: 'Policies and guidelines' },
  },
  group: OIT_GROUPS.policiesParticipation,
  useAsTitle: 'title',
  defaultColumns: ['title', 'kind', 'fiscalYear'],
  fiscalYear: 'optional',
  componentKeys: [
    { value: 'recruitment', label: { th: 'การสรรหาและคัดเลือกบุคลากร', en: 'Recruitment and selection' } },
    { value: 'appointment', label: { th: 'การบรรจุและแต่งตั้งบุคลากร', en: 'Appointment' } },
    { value: 'development', label: { th: 'การพัฒนาบุคลากร', en: 'Staff development' } },
    { value: 'evaluation', label: { th: 'การประเมินผลการปฏิบัติงาน', en: 'Performance evaluation' } },
    {
      value: 'rewards-discipline',
      label: { th: 'การให้คุณให้โทษและการสร้างขวัญกำลังใจ', en: 'Rewards, discipline and morale' },
    },
    { value: 'how-to-complain', label: { th: 'วิธีการร้องเรียน', en: 'How to complain' } },
    { value: 'handling-steps', label: { th: 'ขั้นตอนการจัดการเรื่องร้องเรียน', en: 'Handling steps' } },
    { value: 'responsible-unit', label: { th: 'ส่วนงานที่รับผิดชอบ', en: 'Responsible unit' } },
    { value: 'time-frame', label: { th: 'ระยะเวลาดำเนินการ', en: 'Time frame' } },
    { value: 'declaration', label: { th: 'ประกาศเจตนารมณ์', en: 'Declaration' } },
    { value: 'ethics-code', label: { th: 'ประมวลจริยธรรม', en: 'Code of ethics' } },
    { value: 'ethics-rules', label: { th: 'ข้อกำหนดจริยธรรม', en: 'Ethics rules' } },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อเรื่อง', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [...POLICY_KINDS],
      label: { th: 'ประเภท', en: 'Kind' },
    },
    { name: 'body', type: 'richText', label: { th: 'เนื้อหา', en: 'Body' } },
    {
      name: 'hrCriteria',
      type: 'group',
      label: { th: 'หลักเกณฑ์ 5 ด้าน', en: 'The five parts' },
      admin: { condition: whenFieldIs('kind', 'hr-criteria') },
      fields: [
        {
          name: 'recruitment',
          type: 'textarea',
          label: { th: '(1) การสรรหาและคัดเลือกบุคลากร', en: '(1) Recruitment and selection' },
        },
        { name: 'appointment', type: 'textarea', label: { th: '(2) การบรรจุและแต่งตั้งบุคลากร', en: '(2) Appointment' } },
        { name: 'development', type: 'textarea', label: { th: '(3) การพัฒนาบุคลากร', en: '(3) Staff development' } },
        {
          name: 'evaluation',
          type: 'textarea',
          label: { th: '(4) การประเมินผลการปฏิบัติงานบุคลากร', en: '(4) Performance evaluation' },
        },
        {
          name: 'rewardsAndDiscipline',
          type: 'textarea',
          label: { th: '(5) การให้คุณให้โทษและการสร้างขวัญกำลังใจ', en: '(5) Rewards, discipline and morale' },
        },
      ],
    },
    {
      name: 'complaintGuideline',
      type: 'group',
      label: { th: 'รายละเอียดแนวปฏิบัติ', en: 'Guideline details' },
      admin: { condition: whenFieldIs('kind', 'complaint-guideline') },
      fields: [
        {
          name: 'howToComplain',
          type: 'textarea',
          label: { th: '(1) วิธีการที่บุคคลภายนอกจะร้องเรียน', en: '(1) How outsiders complain' },
        },
        {
          name: 'handlingSteps',
          type: 'textarea',
          label: { th: '(2) ขั้นตอนการจัดการเรื่องร้องเรียน', en: '(2) Handling steps' },
        },
        { name: 'responsibleUnit', type: 'text', label: { th: '(3) ส่วนงานที่รับผิดชอบ', en: '(3) Responsible unit' } },
        { name: 'timeFrame', type: 'text', label: { th: '(4) ระยะเวลาดำเนินการ', en: '(4) Time frame' } },
      ],
    },
    {
      name: 'declaration',
      type: 'group',
      label: { th: 'ประกาศของผู้บริหารสูงสุด', en: "Top executive's declaration" },
      admin: { condition: whenFieldIs('kind', 'no-gift-declaration') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'signedBy',
              type: 'relationship',
              relationTo: 'executives',
              label: { th: 'ผู้ลงนาม (ผู้บริหารสูงสุด)', en: 'Signed by (top executive)' },
            },
            {
              name: 'signedAt',
              type: 'date',
              label: { th: 'วันที่ประกาศ', en: 'Declared on' },
              admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
            },
          ],
        },
      ],
    },
    {
      name: 'giftRules',
      type: 'group',
      label: {
        th: 'ความรู้เรื่องหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา',
        en: 'Knowledge of the rules on accepting gifts',
      },
      admin: {
        condition: whenFieldIs('kind', 'no-gift-declaration'),
        description: {
          th: 'ตามมาตรา 128 แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 และประกาศคณะกรรมการ ป.ป.ช. ที่ออกตามมาตรานี้',
          en: 'Under section 128 of the Organic Act on Anti-Corruption B.E. 2561 (2018) and the NACC notification issued under it',
        },
      },
      fields: [
        {
          name: 'summary',
          type: 'textarea',
          label: {
            th: 'สาระความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ตามมาตรา 128',
            en: 'What the rules on accepting gifts under section 128 say',
          },
          admin: {
            description: {
              th: 'เช่น ผู้ใดรับได้ มูลค่าไม่เกินเท่าใด และต้องรายงานเมื่อใด',
              en: 'e.g. from whom a gift may be accepted, up to what value, and when it must be reported',
            },
          },
        },
        {
          name: 'activity',
          type: 'textarea',
          label: {
            th: 'การเสริมสร้างความรู้ที่ดำเนินการ เช่น อบรม ประชาสัมพันธ์',
            en: 'How staff were made aware, e.g. training or publicity',
          },
        },
      ],
    },
    {
      name: 'ethicsRules',
      type: 'textarea',
      label: { th: 'ข้อกำหนดจริยธรรมของหน่วยงาน (ถ้ามี)', en: "The organisation's own ethics rules (if any)" },
      admin: { condition: whenFieldIs('kind', 'ethics-code') },
    },
  ],
})
