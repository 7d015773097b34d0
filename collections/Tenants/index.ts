import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { isPlatformAdmin } from '@/access/isPlatformAdmin'
import { TENANTS_SLUG } from '@/tenancy/slugs'
import { SETTINGS_GROUP } from '../groups'
import { ORGANISATION_TYPES } from '../Organisations'
import { forgetHosts } from '@/tenancy/organisationOfHost'
import { domainsBelongToOne } from './hooks/domainsBelongToOne'
import { dropDerived } from './hooks/dropDerived'
import { keepWhileInUse } from './hooks/keepWhileInUse'

/**
 * The organisations one deployment serves (the multi-tenant plugin's tenants): one local
 * government each, with the host names its public site answers on. Each organisation's
 * documents, divisions, files, audit entries and staff carry it; its public profile is the
 * `organisations` collection (one per organisation). Only platform administrators create or
 * change an organisation (its domains decide which site a host shows); its own staff read it.
 * Deleting one deletes nothing else (`cleanupAfterTenantDelete: false`).
 */
export const Tenants: CollectionConfig = {
  slug: TENANTS_SLUG,
  labels: {
    singular: { th: 'องค์กร', en: 'Organisation' },
    plural: { th: 'องค์กร', en: 'Organisations' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'kind', 'province'],
    group: SETTINGS_GROUP,
  },
  access: {
    // The plugin narrows this to the user's own organisations (all, for platform administrators).
    read: authenticated,
    create: isPlatformAdmin,
    update: isPlatformAdmin,
    delete: isPlatformAdmin,
  },
  hooks: { beforeValidate: [domainsBelongToOne], beforeDelete: [keepWhileInUse, dropDerived], afterChange: [() => forgetHosts()], afterDelete: [() => forgetHosts()] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { th: 'ชื่อองค์กร', en: 'Name' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      label: { th: 'ชื่อย่อในระบบ', en: 'Short name (slug)' },
      admin: {
        description: {
          th: 'อักษรอังกฤษพิมพ์เล็ก ตัวเลข หรือ - ใช้ในคำสั่งและที่อยู่สำรอง เช่น pao-nonthaburi',
          en: 'Lower-case letters, digits or dashes; used by commands and fallback addresses, e.g. pao-nonthaburi',
        },
      },
      validate: (value: null | string | undefined) =>
        !value
          ? 'ต้องระบุ / Required'
          : /^[a-z0-9][a-z0-9-]*$/.test(value)
            ? true
            : 'ใช้อักษรอังกฤษพิมพ์เล็ก ตัวเลข หรือ - / Lower-case letters, digits or dashes only',
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', options: ORGANISATION_TYPES, label: { th: 'ประเภท', en: 'Kind' } },
        { name: 'province', type: 'text', index: true, label: { th: 'จังหวัด', en: 'Province' } },
      ],
    },
    {
      name: 'domains',
      type: 'array',
      label: { th: 'โดเมนของเว็บไซต์', en: 'Site domains' },
      labels: { singular: { th: 'โดเมน', en: 'Domain' }, plural: { th: 'โดเมน', en: 'Domains' } },
      admin: {
        description: {
          th: 'เว็บไซต์สาธารณะขององค์กรตอบที่ชื่อเหล่านี้ เช่น www.example.go.th (ชื่อแรกเป็นที่อยู่หลักในลิงก์)',
          en: "The organisation's public site answers on these hosts, e.g. www.example.go.th (the first is the address in links)",
        },
      },
      fields: [{ name: 'host', type: 'text', required: true, index: true, label: { th: 'ชื่อโดเมน', en: 'Host' } }],
    },
  ],
}
