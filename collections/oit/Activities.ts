import { periodFields } from '../fields/period'
import { imageField } from '../fields/uploads'
import { whenFieldIs } from '../fields/conditions'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

export const ACTIVITY_KINDS = [
  { label: { th: 'การดำเนินการตามนโยบายบริหารทรัพยากรบุคคล', en: 'HR policy action' }, value: 'hr-action' },
  { label: { th: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', en: 'Public participation' }, value: 'participation' },
  { label: { th: 'การสร้างวัฒนธรรม No Gift Policy', en: 'No Gift culture' }, value: 'no-gift-culture' },
  { label: { th: 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต', en: 'Corruption-risk management' }, value: 'risk-management' },
  { label: { th: 'การขับเคลื่อนจริยธรรม', en: 'Ethics drive' }, value: 'ethics-drive' },
] as const

/**
 * Activities that show a policy in action: HR actions (o24), participation (o30), No Gift
 * culture (o32), corruption-risk management (o35), the ethics drive (o40). The fiscal
 * year follows the start date.
 */
export const Activities = oitCollection({
  slug: 'activities',
  labels: {
    singular: { th: 'กิจกรรม', en: 'Activity' },
    plural: { th: 'กิจกรรม', en: 'Activities' },
  },
  group: OIT_GROUPS.policiesParticipation,
  useAsTitle: 'title',
  defaultColumns: ['title', 'kind', 'periodStart'],
  fiscalYear: 'optional',
  fiscalYearFrom: 'periodStart',
  componentKeys: [
    { value: 'activity', label: { th: 'รายละเอียดกิจกรรม', en: 'Activity details' } },
    { value: 'ethics-team', label: { th: 'ทีมให้คำปรึกษา/คณะทำงานจริยธรรม', en: 'Ethics team' } },
    { value: 'dos-and-donts', label: { th: "แนวปฏิบัติ Dos & Don'ts", en: "Dos & Don'ts" } },
    { value: 'ethics-training', label: { th: 'การฝึกอบรมด้านจริยธรรม', en: 'Ethics training' } },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อกิจกรรม', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [...ACTIVITY_KINDS],
      label: { th: 'ประเภทกิจกรรม', en: 'Kind' },
    },
    periodFields({ required: true }),
    { name: 'description', type: 'richText', label: { th: 'รายละเอียด', en: 'Description' } },
    {
      name: 'relatedTo',
      type: 'text',
      label: { th: 'สอดคล้องกับนโยบาย/มาตรการ', en: 'Policy or measure it carries out' },
      admin: {
        description: {
          th: 'เช่น มาตรการตามผลการประเมินความเสี่ยง หรือแผนบริหารทรัพยากรบุคคล',
          en: 'e.g. a measure from the risk assessment or the HR plan',
        },
      },
    },
    {
      name: 'ethicsDrive',
      type: 'group',
      label: { th: 'การขับเคลื่อนจริยธรรม', en: 'Ethics drive' },
      admin: { condition: whenFieldIs('kind', 'ethics-drive') },
      fields: [
        {
          name: 'team',
          type: 'textarea',
          label: { th: '(1) ทีมให้คำปรึกษา/คณะทำงานขับเคลื่อนจริยธรรม', en: '(1) Ethics advisory team' },
        },
        { name: 'dosAndDonts', type: 'textarea', label: { th: "(2) แนวปฏิบัติ Dos & Don'ts", en: "(2) Dos & Don'ts" } },
        {
          name: 'training',
          type: 'textarea',
          label: { th: '(3) การฝึกอบรมที่สอดแทรกสาระด้านจริยธรรม', en: '(3) Training with ethics content' },
        },
      ],
    },
    imageField('photos', { th: 'ภาพกิจกรรม', en: 'Photos' }, { hasMany: true }),
  ],
})
