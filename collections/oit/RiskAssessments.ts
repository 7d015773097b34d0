import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

export const RISK_LEVELS = [
  { label: { th: 'ต่ำ', en: 'Low' }, value: 'low' },
  { label: { th: 'ปานกลาง', en: 'Medium' }, value: 'medium' },
  { label: { th: 'สูง', en: 'High' }, value: 'high' },
  { label: { th: 'สูงมาก', en: 'Very high' }, value: 'very-high' },
]

/** o34: the year's corruption-risk assessment — risk events, their level, and the measures. */
export const RiskAssessments = oitCollection({
  slug: 'risk-assessments',
  labels: {
    singular: { th: 'การประเมินความเสี่ยงการทุจริต', en: 'Corruption-risk assessment' },
    plural: { th: 'การประเมินความเสี่ยงการทุจริต', en: 'Corruption-risk assessments' },
  },
  group: OIT_GROUPS.prevention,
  useAsTitle: 'title',
  defaultColumns: ['title', 'fiscalYear'],
  fiscalYear: 'required',
  componentKeys: [
    { value: 'risk-events', label: { th: 'เหตุการณ์ความเสี่ยงและระดับความเสี่ยง', en: 'Risk events and levels' } },
    { value: 'risk-measures', label: { th: 'มาตรการบริหารจัดการความเสี่ยง', en: 'Risk measures' } },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อเรื่อง', en: 'Title' } },
    {
      name: 'risks',
      type: 'array',
      label: { th: 'เหตุการณ์ความเสี่ยง', en: 'Risk events' },
      labels: { singular: { th: 'ความเสี่ยง', en: 'Risk' }, plural: { th: 'ความเสี่ยง', en: 'Risks' } },
      fields: [
        { name: 'process', type: 'text', label: { th: 'ขั้นตอน/กระบวนงาน', en: 'Process' } },
        { name: 'event', type: 'textarea', required: true, label: { th: 'เหตุการณ์/ประเด็นความเสี่ยง', en: 'Risk event' } },
        {
          name: 'level',
          type: 'select',
          required: true,
          options: RISK_LEVELS,
          label: { th: 'ระดับความเสี่ยง', en: 'Risk level' },
        },
        {
          name: 'measures',
          type: 'textarea',
          label: { th: 'มาตรการควบคุม/บริหารจัดการความเสี่ยง', en: 'Control measures' },
        },
      ],
    },
  ],
})
