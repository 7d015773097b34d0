import { imageField } from '../fields/uploads'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

/** o7: news about the organisation's work; the fiscal year follows the date. */
export const News = oitCollection({
  slug: 'news',
  labels: {
    singular: { th: 'ข่าวประชาสัมพันธ์', en: 'News item' },
    plural: { th: 'ข่าวประชาสัมพันธ์', en: 'News' },
  },
  group: OIT_GROUPS.basic,
  useAsTitle: 'title',
  defaultColumns: ['title', 'date'],
  fiscalYear: 'optional',
  fiscalYearFrom: 'date',
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'หัวข้อข่าว', en: 'Headline' } },
    {
      name: 'date',
      type: 'date',
      required: true,
      label: { th: 'วันที่', en: 'Date' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
    },
    imageField('coverImage', { th: 'ภาพประกอบ', en: 'Cover image' }),
    { name: 'body', type: 'richText', label: { th: 'เนื้อหาข่าว', en: 'Body' } },
  ],
})
