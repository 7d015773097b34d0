/**
 * A published document rendered from its collection's own field config: every category,
 * including one added later, gets a readable page without page code of its own.
 */
import type { Field, Tab } from 'payload'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { thai } from '@/site/collections'
import type { Label } from '@prongsai/shared/bilingual'
import { safeHref, siteDate, siteMonth, siteNumber } from '@/site/format'
import { isMedia, MediaView } from './MediaView'
import { RichTextView } from './RichTextView'

interface Context {
  /** The whole document, for the admin's field conditions. */
  root: Record<string, unknown>
  thaiDigits: boolean
  /** Collections that have public pages (a related document links to its page). */
  publicSlugs: ReadonlySet<string>
}

/**
 * What a field's config asks of the public site, under `custom.site` (the one place to
 * show or hide a field on the public document page):
 * - `hidden`: never shown on the site (raw coordinates: the map link stands for them;
 *   display order; the publish gate's stored verdict, through its `readinessFieldCustom`);
 * - `table`: an array shown as a table, one row per entry, one column per field (a form
 *   such as สขร.1 that offices know as a table);
 * - `column`: in such a table, the heading of the column this field goes into; fields
 *   naming the same heading share one cell (the winner and the agreed price).
 */
export interface SiteFieldOptions {
  hidden?: boolean
  table?: boolean
  column?: Label | string
}

export function siteOptions(field: Field): SiteFieldOptions {
  const custom = (field as { custom?: { site?: SiteFieldOptions } }).custom
  return custom?.site ?? {}
}

/** Whether the admin would show this field for this data (its `condition`). */
function conditionHolds(field: Field, root: Record<string, unknown>, data: Record<string, unknown>): boolean {
  const condition = field.admin && 'condition' in field.admin ? field.admin.condition : undefined
  if (!condition) return true
  try {
    return Boolean(
      condition(root, data ?? {}, { blockData: undefined, operation: 'update', path: [], user: null } as never),
    )
  } catch {
    return false
  }
}

/** Payload's own bookkeeping (`_status`, …): its names start with an underscore. */
const isPayloadOwn = (field: Field) => 'name' in field && field.name.startsWith('_')

/** Whether the public document page shows this field at all (its value may still be empty). */
export function isShownField(field: Field): boolean {
  if (field.type === 'ui' || field.type === 'join' || isPayloadOwn(field)) return false
  if ('hidden' in field && field.hidden) return false
  if (field.admin && 'hidden' in field.admin && field.admin.hidden) return false
  return !siteOptions(field).hidden
}

/** The named fields of an array's rows, rows and collapsibles opened, in the admin's order. */
function rowDataFields(fields: Field[]): (Field & { name: string })[] {
  return fields.flatMap((field) => {
    if (!isShownField(field)) return []
    if (field.type === 'row' || field.type === 'collapsible') return rowDataFields(field.fields)
    return 'name' in field ? [field as Field & { name: string }] : []
  })
}

interface Column {
  heading: string
  fields: (Field & { name: string })[]
}

/** The table's columns: one per field, fields naming the same `custom.site.column` sharing one. */
export function tableColumns(fields: Field[]): Column[] {
  const columns: Column[] = []
  for (const field of rowDataFields(fields)) {
    const own = siteOptions(field).column
    const heading = thai(own ?? ('label' in field ? field.label : undefined), field.name)
    const same = own ? columns.find((c) => c.heading === heading) : undefined
    if (same) same.fields.push(field)
    else columns.push({ heading, fields: [field] })
  }
  return columns
}

/** A cell's contents: the values of its fields; a nested array as a short list. */
function cellParts(column: Column, row: Record<string, unknown>, ctx: Context, level: number): ReactNode[] {
  return column.fields.flatMap((field) => {
    const value = row[field.name]
    if (!present(value) || !conditionHolds(field, ctx.root, row)) return []
    if (field.type === 'array') {
      const columns = tableColumns(field.fields)
      const items = (value as Record<string, unknown>[]).filter(present)
      return [
        <ol className="cell-list" key={field.name}>
          {items.map((item, i) => (
            <li key={String(item.id ?? i)}>
              {columns
                .flatMap((c) => cellParts(c, item, ctx, level + 1))
                .flatMap((part, j) => (j ? [' – ', part] : [part]))}
            </li>
          ))}
        </ol>,
      ]
    }
    const rendered = renderValue(field, value, ctx, level + 1)
    return rendered === null || rendered === undefined ? [] : [<span key={field.name}>{rendered}</span>]
  })
}

/** An array as the table its paper form is: a numbered row per entry, a column per field. */
function RowsTable({
  field,
  rows,
  ctx,
  level,
}: {
  field: Extract<Field, { type: 'array' }>
  rows: Record<string, unknown>[]
  ctx: Context
  level: number
}) {
  const columns = tableColumns(field.fields)
  const caption = thai(field.label, field.name)
  return (
    // Wide forms scroll sideways inside their box on a phone, the page itself does not.
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="rows-table">
        <thead>
          <tr>
            <th scope="col">ลำดับ</th>
            {columns.map((c) => (
              <th scope="col" key={c.heading}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={String(row.id ?? i)}>
              <td className="num">{siteNumber(i + 1, ctx.thaiDigits)}</td>
              {columns.map((c) => (
                <td key={c.heading}>{cellParts(c, row, ctx, level)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
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
      // A box left unticked declares nothing ("ประกาศว่าไม่มี: ไม่ใช่" on every document): not shown.
      return value ? 'ใช่' : null
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
    case 'group': {
      // A group with nothing to show (a declaration left unticked) is not shown at all.
      const inner = collect(field.fields, value as Record<string, unknown>, ctx, level + 1)
      return inner.length ? <dl className="fields nested">{inner}</dl> : null
    }
    case 'array': {
      const rows = (value as Record<string, unknown>[]).filter(present)
      if (siteOptions(field).table) return <RowsTable field={field} rows={rows} ctx={ctx} level={level} />
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
    if (!isShownField(field)) continue
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
    if (!('name' in field)) continue
    // A field the admin hides for this document (a value left from an earlier choice) is not shown either.
    if (!conditionHolds(field, ctx.root, data)) continue
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
