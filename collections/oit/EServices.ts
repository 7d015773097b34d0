import { urlField } from '../fields/contact'
import { countField } from '../fields/money'
import { imageOrPdfField } from '../fields/uploads'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'
import { collapsedRows } from '../fields/collapsedRows'

/**
 * o18: online services people can use without coming to the office. Since ITA 2569 (provisional)
 * also how much each is used and how to use it (a guide as a link or a file).
 */
export const EServices = oitCollection({
  slug: 'e-services',
  labels: {
    singular: { th: 'บริการออนไลน์ (E-Service)', en: 'E-service' },
    plural: { th: 'บริการออนไลน์ (E-Service)', en: 'E-services' },
  },
  group: OIT_GROUPS.services,
  useAsTitle: 'name',
  defaultColumns: ['name', 'url'],
  fiscalYear: 'none',
  fields: [
    { name: 'name', type: 'text', required: true, label: { th: 'ชื่อบริการ', en: 'Service name' } },
    urlField('url', { th: 'ลิงก์บริการ', en: 'Service link' }, { required: true }),
    { name: 'description', type: 'textarea', label: { th: 'ให้บริการอะไร', en: 'What it does' } },
    {
      name: 'usageStatistics',
      type: 'array',
      label: { th: 'สถิติการขอรับบริการผ่านช่องทางออนไลน์', en: 'Online service usage statistics' },
      labels: { singular: { th: 'ช่วงเวลา', en: 'Period' }, plural: { th: 'ช่วงเวลา', en: 'Periods' } },
      admin: collapsedRows({
        description: {
          th: 'จำนวนคำขอที่ยื่นผ่านบริการนี้ แยกเป็นรายเดือนหรือรายไตรมาส เช่น ต.ค.–ธ.ค. 2568',
          en: 'Requests made through this service, per month or quarter, e.g. Oct–Dec 2025 (ต.ค.–ธ.ค. 2568)',
        },
      }),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'period',
              type: 'text',
              required: true,
              label: { th: 'ช่วงเวลา (เดือน/ไตรมาส)', en: 'Period (month/quarter)' },
              admin: { placeholder: 'ต.ค.–ธ.ค. 2568' },
            },
            countField('requests', { th: 'จำนวนคำขอ (ครั้ง/ราย)', en: 'Requests' }, { required: true }),
            countField('completed', { th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' }),
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { th: 'คู่มือการใช้บริการ', en: 'User guide' },
      admin: {
        initCollapsed: true,
        description: {
          th: 'วิธีใช้บริการออนไลน์นี้สำหรับประชาชน: ระบุลิงก์ หรือแนบไฟล์ (PDF หรือภาพอินโฟกราฟิก) อย่างใดอย่างหนึ่งหรือทั้งสองอย่าง',
          en: 'How the public uses this service: give a link, attach a file (PDF or infographic), or both',
        },
      },
      fields: [
        urlField('guideUrl', { th: 'ลิงก์คู่มือการใช้บริการ', en: 'Link to the user guide' }),
        imageOrPdfField('guide', { th: 'ไฟล์คู่มือการใช้บริการ', en: 'User guide file' }),
      ],
    },
  ],
})
