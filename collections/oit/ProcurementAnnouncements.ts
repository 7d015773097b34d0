import { moneyField } from '../fields/money'
import { procurementMethodField } from '../fields/procurementMethod'
import { pdfField } from '../fields/uploads'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

/** o20: invitations, results and other announcements under the Procurement Act 2560. */
export const ProcurementAnnouncements = oitCollection({
  slug: 'procurement-announcements',
  labels: {
    singular: { th: 'ประกาศจัดซื้อจัดจ้าง', en: 'Procurement announcement' },
    plural: { th: 'ประกาศจัดซื้อจัดจ้าง', en: 'Procurement announcements' },
  },
  group: OIT_GROUPS.procurement,
  useAsTitle: 'title',
  defaultColumns: ['title', 'type', 'announcedAt', 'egpProjectNumber'],
  fiscalYear: 'optional',
  fiscalYearFrom: 'announcedAt',
  fields: [
    { name: 'title', type: 'text', required: true, label: { th: 'ชื่อประกาศ', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          label: { th: 'ประเภทประกาศ', en: 'Type' },
          options: [
            { label: { th: 'ประกาศเชิญชวน', en: 'Invitation to bid' }, value: 'invitation' },
            { label: { th: 'ประกาศผู้ชนะการเสนอราคา/ผลการจัดซื้อจัดจ้าง', en: 'Award / result' }, value: 'result' },
            { label: { th: 'ประกาศราคากลาง', en: 'Reference price' }, value: 'reference-price' },
            { label: { th: 'ประกาศยกเลิก', en: 'Cancellation' }, value: 'cancellation' },
            { label: { th: 'อื่น ๆ', en: 'Other' }, value: 'other' },
          ],
        },
        {
          name: 'announcedAt',
          type: 'date',
          required: true,
          label: { th: 'วันที่ประกาศ', en: 'Announced on' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'egpProjectNumber',
          type: 'text',
          index: true,
          label: { th: 'เลขที่โครงการ e-GP', en: 'e-GP project number' },
          validate: (value: null | string | undefined) =>
            !value || /^\d{11,12}$/.test(value.trim())
              ? true
              : 'เลขที่โครงการ e-GP ต้องเป็นตัวเลข 11–12 หลัก / An e-GP project number has 11–12 digits',
        },
        procurementMethodField(),
      ],
    },
    {
      type: 'row',
      fields: [
        moneyField('budget', { th: 'วงเงินงบประมาณ (บาท)', en: 'Budget (baht)' }),
        moneyField('referencePrice', { th: 'ราคากลาง (บาท)', en: 'Reference price (baht)' }),
      ],
    },
    pdfField('attachment', { th: 'ไฟล์ประกาศ (PDF)', en: 'Announcement (PDF)' }),
  ],
})
