import type { CollectionConfig } from 'payload'

import { OIT_SUMMARIES_SLUG } from './slug'

/**
 * Each organisation's status for one ITA year, as the status engine last computed it: what
 * the view across organisations reads, so that a thousand organisations cost a thousand
 * small rows, never a thousand status computations. Written only by the plugin (past access
 * control); read by whoever may read the organisation (the app's multi-tenant rules narrow
 * it: list this collection among the organisation-scoped ones, whose field is
 * `organisationField`). Not in the navigation.
 */
export function summariesCollection(organisationField: string): CollectionConfig {
  return {
    slug: OIT_SUMMARIES_SLUG,
    // One row per organisation and year, found by the organisation first.
    indexes: [{ fields: [organisationField, 'year'], unique: true }],
    labels: {
      singular: { th: 'สถานะ OIT ที่บันทึกไว้', en: 'Stored OIT status' },
      plural: { th: 'สถานะ OIT ที่บันทึกไว้', en: 'Stored OIT statuses' },
    },
    admin: { hidden: true, useAsTitle: 'year' },
    // Computed from other documents, holding nothing of its own: an app may drop it with its organisation.
    custom: { derived: true },
    access: {
      read: ({ req }) => Boolean(req.user),
      create: () => false,
      update: () => false,
      delete: () => false,
    },
    fields: [
      { name: 'year', type: 'number', required: true, index: true, label: { th: 'ปีการประเมิน', en: 'ITA year' } },
      // Per status, how many items: complete, incomplete, stale, declared-none, missing.
      { name: 'counts', type: 'json', required: true, label: { th: 'จำนวนตามสถานะ', en: 'Counts by status' } },
      { name: 'total', type: 'number', required: true, label: { th: 'จำนวนรายการ', en: 'Items' } },
      { name: 'progress', type: 'number', required: true, label: { th: 'ความคืบหน้า (%)', en: 'Progress (%)' } },
      // Item code → status, for "most often missing" across a set.
      { name: 'items', type: 'json', required: true, label: { th: 'สถานะรายข้อ', en: 'Status per item' } },
      { name: 'lastPublishedAt', type: 'date', label: { th: 'เผยแพร่ล่าสุด', en: 'Last published' } },
      { name: 'computedAt', type: 'date', required: true, label: { th: 'คำนวณเมื่อ', en: 'Computed at' } },
      // Set by every change of the organisation's documents; a row changed since it was computed is refreshed.
      { name: 'changedAt', type: 'date', label: { th: 'เปลี่ยนแปลงล่าสุด', en: 'Changed at' } },
    ],
  }
}
