import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { missingRequired } from '../fields/required'
import { SETTINGS_GROUP } from '../groups'

/**
 * Divisions of the local government (สำนัก / กอง / หน่วย). Each OIT item has a
 * default responsible division; `code` is how framework data files name it.
 */
export const Divisions: CollectionConfig = {
  slug: 'divisions',
  labels: {
    singular: { th: 'ส่วนราชการ', en: 'Division' },
    plural: { th: 'ส่วนราชการ', en: 'Divisions' },
  },
  admin: {
    useAsTitle: 'nameTh',
    defaultColumns: ['nameTh', 'shortName', 'nameEn', 'code'],
    group: SETTINGS_GROUP,
  },
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  defaultSort: 'order',
  // Names and codes repeat across organisations (every one has a กองคลัง, `finance`), not within one.
  indexes: [
    { fields: ['tenant', 'code'], unique: true },
    { fields: ['tenant', 'nameTh'], unique: true },
  ],
  fields: [
    {
      name: 'nameTh',
      type: 'text',
      required: true,
      label: { th: 'ชื่อส่วนราชการ (ไทย)', en: 'Name (Thai)' },
    },
    {
      name: 'shortName',
      type: 'text',
      label: { th: 'ชื่อย่อ', en: 'Short name' },
      admin: { description: { th: 'เช่น สำนักปลัดฯ', en: 'e.g. สำนักปลัดฯ' } },
    },
    {
      name: 'nameEn',
      type: 'text',
      label: { th: 'ชื่อภาษาอังกฤษ', en: 'Name (English)' },
    },
    {
      name: 'code',
      type: 'text',
      required: true,
      label: { th: 'รหัส', en: 'Code' },
      admin: {
        description: {
          th: 'ตัวอักษรอังกฤษพิมพ์เล็ก ใช้อ้างอิงในไฟล์กรอบการประเมิน เช่น finance',
          en: 'Lower-case letters, digits and dashes; framework files refer to divisions by it, e.g. finance',
        },
      },
      validate: (value: null | string | undefined, { required }: { required?: boolean }) =>
        missingRequired(value, required) ??
        (!value || /^[a-z][a-z0-9-]*$/.test(value)
          ? true
          : 'รหัสต้องเป็นอักษรอังกฤษพิมพ์เล็ก ตัวเลข หรือ - / Code must be lower-case letters, digits or dashes'),
    },
    {
      name: 'order',
      type: 'number',
      label: { th: 'ลำดับการแสดง', en: 'Display order' },
      admin: { position: 'sidebar' },
      custom: { site: { hidden: true } },
    },
  ],
}
