import { urlField } from '../fields/contact'
import { pdfField } from '../fields/uploads'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

/** o6: laws, regulations and orders the organisation works under. */
export const Laws = oitCollection({
  slug: 'laws',
  labels: {
    singular: { th: 'กฎหมายที่เกี่ยวข้อง', en: 'Law' },
    plural: { th: 'กฎหมายที่เกี่ยวข้อง', en: 'Laws' },
  },
  group: OIT_GROUPS.basic,
  useAsTitle: 'title',
  defaultColumns: ['title', 'kind'],
  fiscalYear: 'none',
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อกฎหมาย', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      label: { th: 'ประเภท', en: 'Kind' },
      options: [
        { label: { th: 'พระราชบัญญัติ', en: 'Act' }, value: 'act' },
        { label: { th: 'พระราชกฤษฎีกา', en: 'Royal decree' }, value: 'decree' },
        { label: { th: 'กฎกระทรวง', en: 'Ministerial regulation' }, value: 'ministerial-regulation' },
        { label: { th: 'ระเบียบ', en: 'Regulation' }, value: 'regulation' },
        { label: { th: 'ข้อบัญญัติ', en: 'Local ordinance' }, value: 'ordinance' },
        { label: { th: 'ประกาศ/คำสั่ง', en: 'Announcement / order' }, value: 'announcement' },
        { label: { th: 'อื่น ๆ', en: 'Other' }, value: 'other' },
      ],
    },
    { name: 'summary', type: 'textarea', label: { th: 'สาระสำคัญ', en: 'Summary' } },
    urlField('url', { th: 'ลิงก์ต้นฉบับ', en: 'Link to the text' }),
    pdfField('document', { th: 'ไฟล์ PDF', en: 'PDF file' }),
  ],
})
