import type { CollectionConfig } from 'payload'

import { authenticated } from '../../src/access/authenticated'
import { isAdmin, isAdminField } from '../../src/access/isAdmin'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf'
import { ROLE_OPTIONS } from '../../src/access/roles'
import { SETTINGS_GROUP } from '../groups'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

/** People who use the admin: web admin, division editors, reviewer/publisher. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { th: 'ผู้ใช้งาน', en: 'User' },
    plural: { th: 'ผู้ใช้งาน', en: 'Users' },
  },
  auth: true,
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'department'],
    group: SETTINGS_GROUP,
  },
  access: {
    admin: authenticated,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { th: 'ชื่อ - นามสกุล', en: 'Full name' },
    },
    {
      name: 'roles',
      type: 'select',
      label: { th: 'บทบาท', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      options: ROLE_OPTIONS,
      saveToJWT: true,
      // Nobody may grant themselves a role: only administrators change roles.
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      label: { th: 'สังกัด (กอง/สำนัก)', en: 'Division' },
      admin: {
        description: {
          th: 'ผู้จัดทำข้อมูลเตรียมรายการของส่วนราชการที่ตนสังกัด',
          en: 'Editors prepare the items of their own division',
        },
      },
      access: { update: isAdminField },
    },
  ],
}
