import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { updateOrganisation } from '@/access/updateOrganisation'
import { readDisclosure } from '@/access/readDisclosure'
import { visitorsReadPublished } from '../hooks/visitorsReadPublished'
import { readDisclosureVersions } from '@/access/readDisclosureVersions'
import { emailField, phoneField, urlField } from '../fields/contact'
import { disclosureFields } from '../fields/disclosure'
import { imageField, imageOrPdfField, pdfField } from '../fields/uploads'
import { OIT_GROUPS } from '../groups'
import { ORGANISATION_COMPONENT_KEYS } from './componentKeys'

export const ORGANISATION_TYPES = [
  { label: { th: 'องค์การบริหารส่วนจังหวัด (อบจ.)', en: 'Provincial Administrative Organisation' }, value: 'pao' },
  { label: { th: 'เทศบาลนคร', en: 'City municipality' }, value: 'city-municipality' },
  { label: { th: 'เทศบาลเมือง', en: 'Town municipality' }, value: 'town-municipality' },
  { label: { th: 'เทศบาลตำบล', en: 'Subdistrict municipality' }, value: 'subdistrict-municipality' },
  { label: { th: 'องค์การบริหารส่วนตำบล (อบต.)', en: 'Subdistrict Administrative Organisation' }, value: 'sao' },
]

export const QA_CHANNEL_TYPES = [
  { label: { th: 'กระดานถาม-ตอบ (Web board)', en: 'Web board' }, value: 'webboard' },
  { label: 'Facebook Messenger', value: 'messenger' },
  { label: 'LINE Official Account', value: 'line-oa' },
  { label: { th: 'แชตบอต (Chatbot)', en: 'Chatbot' }, value: 'chatbot' },
  { label: { th: 'แชตสด (Live chat)', en: 'Live chat' }, value: 'live-chat' },
  { label: { th: 'อื่น ๆ', en: 'Other' }, value: 'other' },
]

export const SOCIAL_PLATFORMS = [
  { label: 'Facebook', value: 'facebook' },
  { label: 'YouTube', value: 'youtube' },
  { label: 'LINE', value: 'line' },
  { label: 'X (Twitter)', value: 'x' },
  { label: 'Instagram', value: 'instagram' },
  { label: 'TikTok', value: 'tiktok' },
  { label: { th: 'อื่น ๆ', en: 'Other' }, value: 'other' },
]

/**
 * The local government and its standing profile: structure (o1), authority (o3),
 * contact (o5), Q&A (o8), social networks (o9), privacy policy (o10), the anti-corruption
 * complaint channel (o28) and the EIT survey link (o43). One record per organisation
 * (the organisation itself, with its domains, is `tenants`: collections/Tenants).
 */
export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { th: 'ข้อมูลหน่วยงาน', en: 'Organisation profile' },
    plural: { th: 'ข้อมูลหน่วยงาน', en: 'Organisation profiles' },
  },
  admin: {
    useAsTitle: 'nameTh',
    defaultColumns: ['nameTh', 'type', 'province', '_status'],
    group: OIT_GROUPS.basic,
  },
  access: {
    read: readDisclosure(),
    readVersions: readDisclosureVersions,
    create: isAdmin,
    // The profile serves items of several divisions: สำนักปลัด (publishers) and admins keep it.
    update: updateOrganisation,
    delete: isAdmin,
  },
  hooks: { beforeOperation: [visitorsReadPublished] },
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { th: 'ข้อมูลทั่วไป', en: 'General' },
          fields: [
            {
              name: 'nameTh',
              type: 'text',
              required: true,
              // Not unique: subdistrict names repeat across provinces (one profile per organisation instead).
              label: { th: 'ชื่อหน่วยงาน (ไทย)', en: 'Name (Thai)' },
            },
            {
              type: 'row',
              fields: [
                { name: 'shortName', type: 'text', label: { th: 'ชื่อย่อ', en: 'Short name' } },
                { name: 'nameEn', type: 'text', label: { th: 'ชื่อภาษาอังกฤษ', en: 'Name (English)' } },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'type',
                  type: 'select',
                  required: true,
                  options: ORGANISATION_TYPES,
                  label: { th: 'ประเภท อปท.', en: 'Type of local government' },
                },
                { name: 'province', type: 'text', label: { th: 'จังหวัด', en: 'Province' } },
              ],
            },
            imageField(
              'logo',
              { th: 'ตราสัญลักษณ์หน่วยงาน', en: 'Emblem' },
              {
                description: {
                  th: 'แสดงที่หัวเว็บไซต์และเมื่อแชร์ลิงก์ ภาพสี่เหลี่ยมจัตุรัส',
                  en: 'Shown in the site header and when a link is shared; a square image',
                },
              },
            ),
            {
              name: 'website',
              type: 'group',
              // How the site displays things, not something a visitor reads.
              custom: { site: { hidden: true } },
              label: { th: 'การแสดงผลบนเว็บไซต์', en: 'Public website' },
              fields: [
                {
                  name: 'thaiDigits',
                  type: 'checkbox',
                  defaultValue: false,
                  label: { th: 'แสดงวันที่และตัวเลขปีเป็นเลขไทย (๒๕๖๖)', en: 'Dates in Thai digits (๒๕๖๖)' },
                },
              ],
            },
          ],
        },
        {
          name: 'structure',
          label: { th: 'โครงสร้าง', en: 'Structure' },
          fields: [
            imageOrPdfField('politicalChart', {
              th: 'แผนผังโครงสร้างฝ่ายการเมือง',
              en: 'Structure chart: political side',
            }),
            imageOrPdfField('permanentChart', {
              th: 'แผนผังโครงสร้างฝ่ายข้าราชการประจำ',
              en: 'Structure chart: permanent officials',
            }),
            {
              name: 'divisions',
              type: 'array',
              label: { th: 'การแบ่งส่วนงานภายในและตำแหน่งสำคัญ', en: 'Internal divisions and key positions' },
              labels: { singular: { th: 'ส่วนงาน', en: 'Division' }, plural: { th: 'ส่วนงาน', en: 'Divisions' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'name', type: 'text', required: true, label: { th: 'ส่วนงาน', en: 'Unit' } },
                    { name: 'headPosition', type: 'text', label: { th: 'ตำแหน่งหัวหน้า', en: "Head's position" } },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { th: 'อำนาจหน้าที่', en: 'Authority' },
          fields: [
            {
              name: 'authority',
              type: 'richText',
              label: { th: 'หน้าที่และอำนาจตามที่กฎหมายกำหนด', en: 'Duties and powers under the law' },
            },
          ],
        },
        {
          name: 'contact',
          label: { th: 'ข้อมูลการติดต่อ', en: 'Contact' },
          fields: [
            { name: 'address', type: 'textarea', label: { th: 'ที่อยู่หน่วยงาน', en: 'Address' } },
            {
              type: 'row',
              fields: [
                phoneField('phone', { th: 'หมายเลขโทรศัพท์', en: 'Phone' }),
                phoneField('fax', { th: 'โทรสาร', en: 'Fax' }),
                emailField('email', { th: 'E-mail', en: 'E-mail' }),
              ],
            },
            urlField('mapUrl', { th: 'ลิงก์แผนที่ตั้ง', en: 'Map link' }),
            {
              type: 'row',
              fields: [
                {
                  name: 'latitude',
                  type: 'number',
                  // The site shows the map link (the contact page makes one from these), not the raw numbers.
                  custom: { site: { hidden: true } },
                  label: { th: 'ละติจูด', en: 'Latitude' },
                  min: 5,
                  max: 21,
                },
                {
                  name: 'longitude',
                  type: 'number',
                  // The site shows the map link (the contact page makes one from these), not the raw numbers.
                  custom: { site: { hidden: true } },
                  label: { th: 'ลองจิจูด', en: 'Longitude' },
                  min: 97,
                  max: 106,
                },
              ],
            },
          ],
        },
        {
          label: { th: 'ช่องทางสื่อสาร', en: 'Channels' },
          fields: [
            {
              name: 'qaChannels',
              type: 'array',
              label: { th: 'ช่องทางถาม-ตอบ Q&A', en: 'Q&A channels' },
              labels: { singular: { th: 'ช่องทาง', en: 'Channel' }, plural: { th: 'ช่องทาง', en: 'Channels' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'type',
                      type: 'select',
                      required: true,
                      options: QA_CHANNEL_TYPES,
                      label: { th: 'ประเภท', en: 'Type' },
                    },
                    { name: 'label', type: 'text', label: { th: 'ชื่อที่แสดง', en: 'Label' } },
                    urlField('url', { th: 'ลิงก์', en: 'Link' }, { required: true }),
                  ],
                },
              ],
            },
            {
              name: 'socialNetworks',
              type: 'array',
              label: { th: 'เครือข่ายสังคมออนไลน์', en: 'Social networks' },
              labels: { singular: { th: 'บัญชี', en: 'Account' }, plural: { th: 'บัญชี', en: 'Accounts' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'platform',
                      type: 'select',
                      required: true,
                      options: SOCIAL_PLATFORMS,
                      label: { th: 'แพลตฟอร์ม', en: 'Platform' },
                    },
                    urlField('url', { th: 'ลิงก์', en: 'Link' }, { required: true }),
                  ],
                },
              ],
            },
            {
              name: 'corruptionComplaintChannel',
              type: 'group',
              label: {
                th: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
                en: 'Corruption complaint channel',
              },
              fields: [
                urlField('url', { th: 'ลิงก์ช่องทางร้องเรียน (ออนไลน์)', en: 'Online complaint link' }),
                {
                  name: 'separateFromGeneral',
                  type: 'checkbox',
                  label: {
                    th: 'แยกจากช่องทางร้องเรียนเรื่องทั่วไป (คุ้มครองผู้แจ้งเบาะแส)',
                    en: 'Separate from the general complaint channel (protects whistle-blowers)',
                  },
                },
                { name: 'description', type: 'textarea', label: { th: 'คำอธิบาย', en: 'Description' } },
              ],
            },
            {
              name: 'eitSurvey',
              type: 'group',
              label: { th: 'แบบวัด EIT', en: 'EIT survey' },
              fields: [
                urlField('url', { th: 'ลิงก์แบบวัด EIT', en: 'EIT survey link' }),
                imageField('qrCode', { th: 'QR code แบบวัด EIT', en: 'EIT survey QR code' }),
              ],
            },
          ],
        },
        {
          name: 'privacyPolicy',
          label: { th: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', en: 'Privacy policy' },
          fields: [
            { name: 'body', type: 'richText', label: { th: 'นโยบาย', en: 'Policy' } },
            pdfField('document', { th: 'ไฟล์ประกาศนโยบาย (PDF)', en: 'Policy document (PDF)' }),
          ],
        },
      ],
    },
    ...disclosureFields({ fiscalYear: 'none', componentKeys: ORGANISATION_COMPONENT_KEYS }),
  ],
}
