import { emailField, phoneField, urlField } from '../fields/contact'
import { imageField } from '../fields/uploads'
import { OIT_GROUPS } from '../groups'
import { oitCollection } from './oitCollection'

/** o2: the top executive, deputies and other executives, with photo and contact channels. */
export const Executives = oitCollection({
  slug: 'executives',
  labels: {
    singular: { th: 'ผู้บริหาร', en: 'Executive' },
    plural: { th: 'ผู้บริหาร', en: 'Executives' },
  },
  group: OIT_GROUPS.basic,
  useAsTitle: 'name',
  defaultColumns: ['name', 'position', 'side', 'rank'],
  fiscalYear: 'none',
  componentKeys: [
    { value: 'name', label: { th: 'ชื่อ - นามสกุล', en: 'Name' } },
    { value: 'position', label: { th: 'ตำแหน่ง', en: 'Position' } },
    { value: 'photo', label: { th: 'รูปถ่าย', en: 'Photo' } },
    { value: 'contact', label: { th: 'ช่องทางการติดต่อ', en: 'Contact channels' } },
  ],
  fields: [
    { name: 'name', type: 'text', required: true, label: { th: 'ชื่อ - นามสกุล', en: 'Full name' } },
    { name: 'position', type: 'text', label: { th: 'ตำแหน่ง', en: 'Position' } },
    {
      type: 'row',
      fields: [
        {
          name: 'side',
          type: 'select',
          required: true,
          defaultValue: 'political',
          label: { th: 'ฝ่าย', en: 'Side' },
          options: [
            { label: { th: 'ฝ่ายการเมือง', en: 'Political' }, value: 'political' },
            { label: { th: 'ฝ่ายข้าราชการประจำ', en: 'Permanent officials' }, value: 'permanent' },
          ],
        },
        {
          name: 'rank',
          type: 'select',
          required: true,
          defaultValue: 'other',
          label: { th: 'ระดับ', en: 'Rank' },
          options: [
            { label: { th: 'ผู้บริหารสูงสุด', en: 'Top executive' }, value: 'top' },
            { label: { th: 'รองผู้บริหารสูงสุด', en: 'Deputy' }, value: 'deputy' },
            { label: { th: 'ผู้บริหารอื่น', en: 'Other executive' }, value: 'other' },
          ],
        },
        {
          name: 'order',
          type: 'number',
          label: { th: 'ลำดับการแสดง', en: 'Display order' },
          custom: { site: { hidden: true } },
        },
      ],
    },
    imageField('photo', { th: 'รูปถ่าย', en: 'Photo' }),
    {
      name: 'contact',
      type: 'group',
      label: { th: 'ช่องทางการติดต่อ', en: 'Contact channels' },
      fields: [
        {
          type: 'row',
          fields: [
            phoneField('phone', { th: 'โทรศัพท์', en: 'Phone' }),
            emailField('email', { th: 'E-mail', en: 'E-mail' }),
            { name: 'lineId', type: 'text', label: { th: 'LINE ID', en: 'LINE ID' } },
          ],
        },
        urlField('url', { th: 'ลิงก์อื่น (เช่น Facebook)', en: 'Other link (e.g. Facebook)' }),
      ],
    },
  ],
})
