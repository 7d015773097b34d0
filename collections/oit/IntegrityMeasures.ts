import { fiscalYearField } from '../fields/fiscalYear'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

/**
 * o42: the analysis of the previous ITA result (weak points to fix urgently, points to
 * improve) and the measures drawn from it, each with owner, steps and monitoring.
 */
export const IntegrityMeasures = oitCollection({
  slug: 'integrity-measures',
  labels: {
    singular: { th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'Integrity and transparency measures' },
    plural: { th: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', en: 'Integrity and transparency measures' },
  },
  group: OIT_GROUPS.prevention,
  useAsTitle: 'title',
  defaultColumns: ['title', 'fiscalYear', 'analysedYear'],
  fiscalYear: 'required',
  componentKeys: [
    { value: 'weaknesses', label: { th: 'ข้อบกพร่อง/จุดอ่อนที่ต้องแก้ไขเร่งด่วน', en: 'Weak points to fix urgently' } },
    { value: 'improvements', label: { th: 'ประเด็นที่ต้องพัฒนาให้ดีขึ้น', en: 'Points to improve' } },
    { value: 'measures', label: { th: 'มาตรการ', en: 'Measures' } },
    { value: 'owners', label: { th: 'ผู้รับผิดชอบ', en: 'Owners' } },
    { value: 'steps', label: { th: 'ขั้นตอน/วิธีการปฏิบัติ', en: 'Steps' } },
    { value: 'monitoring', label: { th: 'การกำกับติดตามและรายงานผล', en: 'Monitoring and reporting' } },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อเรื่อง', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          ...fiscalYearField({
            name: 'analysedYear',
            label: { th: 'ผลการประเมิน ITA ปีที่วิเคราะห์', en: 'ITA year analysed' },
            description: { th: 'โดยปกติคือปีก่อนหน้า เช่น 2565', en: 'Usually the previous year, e.g. 2565' },
          }),
        },
        {
          name: 'itaScore',
          type: 'number',
          min: 0,
          max: 100,
          label: { th: 'คะแนน ITA ของปีที่วิเคราะห์', en: 'ITA score of the analysed year' },
          admin: { step: 0.01, description: { th: 'คะแนนเต็ม 100 เช่น 92.18', en: 'Out of 100, e.g. 92.18' } },
        },
      ],
    },
    {
      name: 'analysis',
      type: 'group',
      label: { th: 'การวิเคราะห์ผลการประเมิน', en: 'Analysis of the result' },
      fields: [
        {
          name: 'weaknesses',
          type: 'textarea',
          label: { th: '(1) ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน', en: '(1) Weak points to fix urgently' },
        },
        {
          name: 'improvements',
          type: 'textarea',
          label: { th: '(2) ประเด็นที่ต้องพัฒนาให้ดีขึ้น', en: '(2) Points to improve' },
        },
      ],
    },
    {
      name: 'measures',
      type: 'array',
      label: { th: 'มาตรการและแนวทางการนำไปปฏิบัติ', en: 'Measures and how they are carried out' },
      labels: { singular: { th: 'มาตรการ', en: 'Measure' }, plural: { th: 'มาตรการ', en: 'Measures' } },
      fields: [
        { name: 'measure', type: 'text', required: true, label: { th: 'มาตรการ', en: 'Measure' } },
        { name: 'owner', type: 'text', label: { th: 'ผู้รับผิดชอบ', en: 'Owner' } },
        { name: 'steps', type: 'textarea', label: { th: 'ขั้นตอน/วิธีการปฏิบัติ', en: 'Steps' } },
        {
          name: 'monitoring',
          type: 'textarea',
          label: { th: 'การกำกับติดตามและรายงานผล', en: 'Monitoring and reporting' },
        },
        { name: 'timeline', type: 'text', label: { th: 'ระยะเวลา', en: 'Timeline' } },
      ],
    },
  ],
})
