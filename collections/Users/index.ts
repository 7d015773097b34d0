import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isPlatformAdminField } from '@/access/isPlatformAdmin'
import { PLATFORM_ROLE_OPTIONS, ROLE_OPTIONS } from '@/access/roles'
import { tenantsArrayField } from '@payloadcms/plugin-multi-tenant/fields'

import { onlyReadersOrganisations } from '@/tenancy/onlyReadersOrganisations'
import { TENANTS_SLUG } from '@/tenancy/slugs'
import { joinCreatorsOrganisation } from '@/tenancy/joinCreatorsOrganisation'
import { changeOnlyOwnAccounts, deleteOnlyOwnAccounts } from '@/tenancy/ownAccountsOnly'
import { organisationIdsOf } from '@/tenancy/organisationIdsOf'
import { SETTINGS_GROUP } from '../groups'
import { usersAuth } from './authOptions'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { explainLockout } from './hooks/lockoutMessage'
import { enforcePasswordPolicy } from './hooks/passwordPolicy'
import { enforcePasswordPolicyOnReset } from './hooks/passwordPolicyOnReset'
import { sameCostForUnknownAccounts } from './hooks/sameCostForUnknownAccounts'

/** People who use the admin: web admin, division editors, reviewer/publisher. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { th: 'ผู้ใช้งาน', en: 'User' },
    plural: { th: 'ผู้ใช้งาน', en: 'Users' },
  },
  // Lockout after 5 wrong passwords, secure SameSite=Lax cookie in production: see authOptions.ts.
  auth: usersAuth(),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'divisions'],
    group: SETTINGS_GROUP,
  },
  access: {
    admin: authenticated,
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user unlock an account; a lockout is the administrators' to lift.
    unlock: isAdmin,
  },
  hooks: {
    // The password policy on every path that sets a password (create, first user, update, reset).
    // An unknown address costs a sign-in the same hashing as a known one (no account probe by timing).
    beforeOperation: [enforcePasswordPolicyOnReset, sameCostForUnknownAccounts],
    beforeValidate: [enforcePasswordPolicy, joinCreatorsOrganisation],
    beforeChange: [firstUserIsAdmin, changeOnlyOwnAccounts],
    beforeDelete: [deleteOnlyOwnAccounts],
    afterError: [explainLockout],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { th: 'ชื่อ - นามสกุล', en: 'Full name' },
    },
    {
      // Every e-mail the system sends this person (workflow steps, OIT reminders) is in this
      // language only; each user sets their own (the collection's update access: self or admin).
      name: 'language',
      type: 'select',
      label: { th: 'ภาษาของอีเมล', en: 'E-mail language' },
      defaultValue: 'th',
      options: [
        { value: 'th', label: { th: 'ไทย', en: 'Thai' } },
        { value: 'en', label: { th: 'อังกฤษ', en: 'English' } },
      ],
      admin: {
        position: 'sidebar',
        description: {
          th: 'อีเมลที่ระบบส่งถึงผู้ใช้นี้ (ขั้นตอนการอนุมัติ การแจ้งเตือน OIT) ใช้ภาษานี้',
          en: 'E-mails the system sends this person (workflow steps, OIT reminders) are in this language',
        },
      },
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
      name: 'divisions',
      type: 'relationship',
      relationTo: 'divisions',
      hasMany: true,
      // In the token too (Payload still loads the user on each request; access reads it from there).
      saveToJWT: true,
      label: { th: 'สังกัด (กอง/สำนัก)', en: 'Divisions' },
      admin: {
        description: {
          th: 'ผู้จัดทำและผู้ตรวจทานทำงานกับรายการของส่วนราชการที่ตนสังกัด (เลือกได้มากกว่าหนึ่ง)',
          en: 'Editors and reviewers work on the items of their own divisions (one or more)',
        },
      },
      // Only divisions of the account's own organisation (checked on the server too).
      filterOptions: ({ data, req }) => {
        const organisations = organisationIdsOf(data).length > 0 ? organisationIdsOf(data) : organisationIdsOf(req.user)
        return organisations.length > 0 ? { tenant: { in: organisations } } : true
      },
      access: { create: isAdminField, update: isAdminField },
    },
    {
      // The organisations of this account (one for an office's staff, several for an
      // overseer); only platform administrators change it. The multi-tenant plugin's field,
      // placed here so that it carries Thai labels (src/tenancy/organisationsPlugin.ts).
      ...tenantsArrayField({
        tenantsCollectionSlug: TENANTS_SLUG,
        arrayFieldAccess: { create: isPlatformAdminField, update: isPlatformAdminField },
      }),
      label: { th: 'องค์กร', en: 'Organisations' },
      labels: { singular: { th: 'องค์กร', en: 'Organisation' }, plural: { th: 'องค์กร', en: 'Organisations' } },
      admin: { position: 'sidebar' },
      hooks: { afterRead: [onlyReadersOrganisations] },
    },
    {
      // Across organisations: a platform administrator runs the deployment; an overseer
      // (a provincial office, a vendor's support desk) reads the organisations it is given.
      name: 'platformRole',
      type: 'select',
      label: { th: 'บทบาทระดับแพลตฟอร์ม', en: 'Platform role' },
      options: PLATFORM_ROLE_OPTIONS,
      saveToJWT: true,
      admin: { position: 'sidebar' },
      access: { create: isPlatformAdminField, update: isPlatformAdminField },
    },
  ],
}
