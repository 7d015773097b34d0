/**
 * The kinds of data the public site shows: the OIT categories and the organisation
 * profile, read from the config so that a category added later gets its pages for free.
 */
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { OIT_COLLECTIONS } from '../../collections/oit'
import type { Label } from '@prongsai/shared/bilingual'

export const PROFILE_SLUG = 'organisations'
const PUBLIC_SLUGS = new Set([PROFILE_SLUG, ...OIT_COLLECTIONS.map((c) => c.slug)])

export interface SiteCollection {
  slug: string
  singular: string
  plural: string
  titleField: string
  config: SanitizedCollectionConfig
}

/** A label as the Thai visitor reads it. */
export function thai(label: unknown, fallback = ''): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const l = label as Partial<Label>
    return l.th ?? l.en ?? fallback
  }
  return fallback
}

export function siteCollections(payload: Payload): SiteCollection[] {
  return payload.config.collections
    .filter((c) => PUBLIC_SLUGS.has(c.slug))
    .map((config) => ({
      slug: config.slug,
      singular: thai(config.labels?.singular, config.slug),
      plural: thai(config.labels?.plural, config.slug),
      titleField: config.admin.useAsTitle ?? 'id',
      config,
    }))
}

export function siteCollection(payload: Payload, slug: string): SiteCollection | undefined {
  return siteCollections(payload).find((c) => c.slug === slug)
}

type SelectField = FlattenedField & { type: 'select' }

/**
 * Whether a visitor may filter by this field: a single-choice select that holds data
 * (not virtual), that anyone may read and query (no field-level read rule: those are
 * staff data, like the workflow's step), that the admin shows and lets staff filter by
 * (not hidden, not `disableListFilter`), and that an editor chooses (not read-only: the
 * system's own verdicts such as the publish gate's readiness). Payload's own fields
 * (`_status`) are not offered either. Decided from the field's config, so a plugin's
 * field added later is judged the same way.
 */
export function isVisitorFilter(field: FlattenedField): field is SelectField {
  if (field.type !== 'select' || field.hasMany) return false
  if (field.name.startsWith('_')) return false
  if ('virtual' in field && field.virtual) return false
  if ('hidden' in field && field.hidden) return false
  if (field.access?.read) return false
  const admin = (field.admin ?? {}) as { hidden?: boolean; readOnly?: boolean; disableListFilter?: boolean }
  return !admin.hidden && !admin.readOnly && !admin.disableListFilter
}

/** Top-level select fields a visitor can filter a category by (kind, type, subject, …). */
export function filterFields(collection: Pick<SiteCollection, 'config'>): SelectField[] {
  return collection.config.flattenedFields.filter(isVisitorFilter)
}

/** Whether `value` is one of a select field's options (a filter value a visitor may pass). */
export function isOption(field: SelectField, value: unknown): value is string {
  return (field.options as ({ value: string } | string)[]).some((o) => (typeof o === 'string' ? o : o.value) === value)
}

export function hasField(collection: SiteCollection, name: string): boolean {
  return collection.config.flattenedFields.some((f) => f.name === name)
}

/** The fields a list of documents shows: title, dates, kinds. Nothing else is read. */
export function listSelect(collection: SiteCollection): Record<string, true> {
  const names = [
    collection.titleField,
    'fiscalYear',
    'fiscalYearEnd',
    'month',
    'date',
    'updatedAt',
    ...filterFields(collection).map((f) => f.name),
  ]
  return Object.fromEntries(names.filter((n) => n === 'updatedAt' || hasField(collection, n)).map((n) => [n, true]))
}

/** Collections a document of this one shows through its references (uploads, relationships): its pages' cache tags. */
export function referencedSlugs(collection: SiteCollection): string[] {
  const out = new Set<string>()
  const walk = (fields: FlattenedField[]) => {
    for (const field of fields) {
      if ((field.type === 'upload' || field.type === 'relationship') && 'relationTo' in field) {
        for (const to of [field.relationTo].flat()) out.add(to as string)
      }
      if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
        walk(field.flattenedFields as FlattenedField[])
    }
  }
  walk(collection.config.flattenedFields)
  return [...out]
}
