import type { CollectionConfig, Field } from 'payload'

import { authenticated } from '@/access/authenticated'
import { deleteDisclosure } from '@/access/deleteDisclosure'
import { readDisclosure } from '@/access/readDisclosure'
import { readDisclosureVersions } from '@/access/readDisclosureVersions'
import { updateDisclosure } from '@/access/updateDisclosure'
import type { Label } from '@prongsai/shared/bilingual'
import { assignDivision } from '../hooks/assignDivision'
import { trashIsNotADraft } from '../hooks/trashIsNotADraft'
import { visitorsReadPublished } from '../hooks/visitorsReadPublished'
import { type ComponentKey, disclosureFields, type DisclosureFieldsOptions } from '../fields/disclosure'

export interface OitCollectionOptions {
  slug: string
  labels: { singular: Label; plural: Label }
  group: Label
  useAsTitle: string
  defaultColumns: string[]
  fields: Field[]
  fiscalYear: DisclosureFieldsOptions['fiscalYear']
  componentKeys?: ComponentKey[]
  /** Derive the fiscal year from this date field. */
  fiscalYearFrom?: string
  description?: Label
  /** Shorter table name where slug + nested names would pass SQL's 63-character limit. */
  dbName?: string
  hooks?: CollectionConfig['hooks']
}

/**
 * One OIT data category. Every category has drafts and versions (the publish gate hangs
 * on `_status`), a trash, public read of published documents only, and the shared disclosure
 * fields (fiscal year, responsible division, official PDF with component locations).
 */
export function oitCollection(options: OitCollectionOptions): CollectionConfig {
  return {
    slug: options.slug,
    dbName: options.dbName,
    labels: options.labels,
    admin: {
      group: options.group,
      useAsTitle: options.useAsTitle,
      defaultColumns: [...options.defaultColumns, '_status', 'updatedAt'],
      description: options.description,
    },
    // Divisions own their documents; publishing, unpublishing and restoring are the
    // workflow's to allow (plugins/workflow), deleting for good the administrators'.
    access: {
      read: readDisclosure({ trash: true }),
      readVersions: readDisclosureVersions,
      create: authenticated,
      update: updateDisclosure,
      delete: deleteDisclosure,
    },
    // A deleted disclosure goes to the trash first, from which it can be restored.
    trash: true,
    // Drafts skip completeness (the publish gate's job) but not format: a negative amount
    // or a malformed e-mail is refused even in a draft.
    versions: {
      // schedulePublish: publishing later goes through the same gate (a job, not a bypass).
      drafts: { validate: true, schedulePublish: true },
      maxPerDoc: 50,
    },
    // The status and the public site ask "published, this fiscal year, newest first": with
    // this, SQLite walks an index and stops instead of sorting every row of the year
    // (announcements can be tens of thousands). The count of ready ones has its index
    // from the publish gate (`readinessIndexWith`), which owns that field.
    indexes:
      options.fiscalYear === 'none' ? undefined : [{ fields: ['fiscalYear', '_status', 'updatedAt', 'createdAt'] }],
    hooks: {
      ...options.hooks,
      beforeOperation: [visitorsReadPublished, trashIsNotADraft, ...(options.hooks?.beforeOperation ?? [])],
      beforeChange: [assignDivision, ...(options.hooks?.beforeChange ?? [])],
    },
    fields: [
      ...options.fields,
      ...disclosureFields({
        fiscalYear: options.fiscalYear,
        componentKeys: options.componentKeys,
        fiscalYearFrom: options.fiscalYearFrom,
      }),
    ],
  }
}
