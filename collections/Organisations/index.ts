import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone'
import { isAdmin } from '../../src/access/isAdmin'
import { SETTINGS_GROUP } from '../groups'

export const ORGANISATION_TYPES = [
  { label: { th: 'องค์การบริหารส่วนจังหวัด (อบจ.)', en: 'Provincial Administrative Organisation' }, value: 'pao' },
  { label: { th: 'เทศบาลนคร', en: 'City municipality' }, value: 'city-municipality' },
  { label: { th: 'เทศบาลเมือง', en: 'Town municipality' }, value: 'town-municipality' },
  { label: { th: 'เทศบาลตำบล', en: 'Subdistrict municipality' }, value: 'subdistrict-municipality' },
  { label: { th: 'องค์การบริหารส่วนตำบล (อบต.)', en: 'Subdistrict Administrative Organisation' }, value: 'sao' },
]

/**
 * The local government(s) this site publishes for. One today; the collection is the
 * natural tenant of the multi-organisation deployment planned later.
 */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { th: 'หน่วยงาน', en: 'Organisation' },
    plural: { th: 'หน่วยงาน', en: 'Organisations' },
  },
  admin: {
    useAsTitle: 'nameTh',
    defaultColumns: ['nameTh', 'type', 'province'],
    group: SETTINGS_GROUP,
  },
  access: {
    read: anyone,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'nameTh',
      type: 'text',
      required: true,
      unique: true,
      label: { th: 'ชื่อหน่วยงาน (ไทย)', en: 'Name (Thai)' },
    },
    {
      name: 'shortName',
      type: 'text',
      label: { th: 'ชื่อย่อ', en: 'Short name' },
    },
    {
      name: 'nameEn',
      type: 'text',
      label: { th: 'ชื่อภาษาอังกฤษ', en: 'Name (English)' },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: ORGANISATION_TYPES,
      label: { th: 'ประเภท อปท.', en: 'Type of local government' },
    },
    {
      name: 'province',
      type: 'text',
      label: { th: 'จังหวัด', en: 'Province' },
    },
  ],
}
