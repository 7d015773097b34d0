/**
 * A published document rendered from its collection's own field config: every category,
 * including one added later, gets a readable page without page code of its own.
 */
import type { Field, Tab } from 'payload'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { thai } from '../../../site/collections'
import { safeHref, siteDate, siteMonth, siteNumber } from '../../../site/format'
import { isMedia, MediaView } from './MediaView'
import { RichTextView } from './RichTextView'

/** Fields a visitor has no use for: the publish gate's verdicts and bookkeeping. */
const NOT_SHOWN = new Set([
  'readiness',
  'completeness',
  'componentLocations',
  '_status',
  'checklist',
  'website',
  'order',
])

interface Context {
  /** The whole document, for the admin's field conditions. */
  root: Record<string, unknown>
  thaiDigits: boolean
  /** Collections that have public pages (a related document links to its page). */
  publicSlugs: ReadonlySet<string>
}

function present(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.values(value as object).some(present)
  return true
}

function optionLabel(field: Extract<Field, { type: 'select' | 'radio' }>, value: unknown): string {
  const option = (field.options as (string | { value: string; label: unknown })[]).find(
    (o) => (typeof o === 'string' ? o : o.value) === value,
  )
  if (!option) return String(value)
  return typeof option === 'string' ? option : thai(option.label, option.value)
}

function relatedTitle(value: Record<string, unknown>): string {
  for (const key of ['title', 'name', 'nameTh', 'alt', 'filename']) {
    if (typeof value[key] === 'string' && value[key]) return value[key] as string
  }
  return String(value.id)
}

function renderValue(field: Field, value: unknown, ctx: Context, level: number): ReactNode {
  switch (field.type) {
    case 'richText':
      return <RichTextView data={value} />
    case 'textarea':
      return <span className="pre-line">{String(value)}</span>
    case 'email':
      return <a href={`mailto:${String(value)}`}>{String(value)}</a>
    case 'text': {
      const href = /^https?:\/\//.test(String(value)) ? safeHref(value) : undefined
      return href ? <a href={href}>{String(value)}</a> : String(value)
    }
    case 'number': {
      // Years are written as they are (2566, not 2,566); other numbers with separators.
      const write = (v: unknown) =>
        /year/i.test(field.name) ? String(v) : Number(v).toLocaleString('th-TH', { maximumFractionDigits: 6 })
      return siteNumber(Array.isArray(value) ? value.map(write).join(', ') : write(value), ctx.thaiDigits)
    }
    case 'checkbox':
      return value ? 'ใช่' : 'ไม่ใช่'
    case 'date': {
      const monthly =
        (field.admin as { date?: { pickerAppearance?: string } } | undefined)?.date?.pickerAppearance === 'monthOnly'
      return (monthly ? siteMonth(value, ctx.thaiDigits) : siteDate(value, ctx.thaiDigits)) ?? null
    }
    case 'select':
    case 'radio':
      return Array.isArray(value) ? value.map((v) => optionLabel(field, v)).join(', ') : optionLabel(field, value)
    case 'upload':
    case 'relationship': {
      const list = (Array.isArray(value) ? value : [value])
        .map((v) =>
          v && typeof v === 'object' && 'relationTo' in v
            ? { ...(v as { value: object }).value, _slug: (v as { relationTo: string }).relationTo }
            : v,
        )
        // Only what the visitor may read is populated; a bare id (a draft, a private record) is not shown.
        .filter((v): v is Record<string, unknown> => Boolean(v && typeof v === 'object'))
      if (!list.length) return null
      return (
        <ul className="plain">
          {list.map((doc) => {
            if (isMedia(doc))
              return (
                <li key={String(doc.id)}>
                  <MediaView media={doc} />
                </li>
              )
            const slug =
              (doc._slug as string | undefined) ?? (typeof field.relationTo === 'string' ? field.relationTo : undefined)
            return (
              <li key={String(doc.id)}>
                {slug && ctx.publicSlugs.has(slug) ? (
                  <Link href={`/${slug}/${doc.id}`}>{relatedTitle(doc)}</Link>
                ) : (
                  relatedTitle(doc)
                )}
              </li>
            )
          })}
        </ul>
      )
    }
    case 'group':
      return <FieldList fields={field.fields} data={value as Record<string, unknown>} ctx={ctx} level={level + 1} />
    case 'array': {
      const rows = (value as Record<string, unknown>[]).filter(present)
      return (
        <ol className="rows">
          {rows.map((row, i) => (
            <li key={String(row.id ?? i)}>
              <FieldList fields={field.fields} data={row} ctx={ctx} level={level + 1} />
            </li>
          ))}
        </ol>
      )
    }
    case 'point':
    case 'json':
    case 'code':
      return <code>{JSON.stringify(value)}</code>
    default:
      return null
  }
}

function FieldList({
  fields,
  data,
  ctx,
  level,
}: {
  fields: Field[]
  data: Record<string, unknown>
  ctx: Context
  level: number
}) {
  const rows = collect(fields, data, ctx, level)
  if (!rows.length) return null
  return <dl className={level > 0 ? 'fields nested' : 'fields'}>{rows}</dl>
}

function collect(fields: Field[], data: Record<string, unknown>, ctx: Context, level: number): ReactNode[] {
  const out: ReactNode[] = []
  for (const field of fields) {
    if (field.type === 'ui' || field.type === 'join') continue
    if ('hidden' in field && field.hidden) continue
    if (field.admin && 'hidden' in field.admin && field.admin.hidden) continue
    if (field.type === 'row' || field.type === 'collapsible') {
      out.push(...collect(field.fields, data, ctx, level))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs as Tab[]) {
        const tabData = 'name' in tab && tab.name ? ((data[tab.name] ?? {}) as Record<string, unknown>) : data
        const inner = collect(tab.fields, tabData, ctx, level + 1)
        if (!inner.length) continue
        out.push(
          <div className="tab" key={`tab-${thai(tab.label, 'name' in tab ? tab.name : '')}`}>
            <dt className="tab-title">{thai(tab.label, 'name' in tab ? tab.name : '')}</dt>
            <dd>
              <dl className="fields nested">{inner}</dl>
            </dd>
          </div>,
        )
      }
      continue
    }
    if (!('name' in field) || NOT_SHOWN.has(field.name)) continue
    // A field the admin hides for this document (a value left from an earlier choice) is not shown either.
    const condition = field.admin && 'condition' in field.admin ? field.admin.condition : undefined
    if (condition) {
      try {
        if (
          !condition(ctx.root, data ?? {}, { blockData: undefined, operation: 'update', path: [], user: null } as never)
        )
          continue
      } catch {
        continue
      }
    }
    const value = data?.[field.name]
    if (!present(value)) continue
    const rendered = renderValue(field, value, ctx, level)
    if (rendered === null || rendered === undefined) continue
    out.push(
      <div className="field" key={field.name}>
        <dt>{thai('label' in field ? field.label : undefined, field.name)}</dt>
        <dd>{rendered}</dd>
      </div>,
    )
  }
  return out
}

export function FieldsView(props: {
  fields: Field[]
  data: Record<string, unknown>
  thaiDigits: boolean
  publicSlugs: ReadonlySet<string>
  omit?: string[]
}) {
  const omit = new Set(props.omit ?? [])
  const fields = props.fields.filter((f) => !('name' in f) || !omit.has(f.name))
  return (
    <FieldList
      fields={fields}
      data={props.data}
      ctx={{ root: props.data, thaiDigits: props.thaiDigits, publicSlugs: props.publicSlugs }}
      level={0}
    />
  )
}
