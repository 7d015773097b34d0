import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { filterFields, hasField, isOption, siteCollection, thai } from '@/site/collections'
import { fiscalYearsOf, listDocuments, siteSettings } from '@/site/data'
import { siteNumber } from '@/site/format'
import { monthsOfFiscalYear, toThaiDigits } from '@prongsai/shared/thai-calendar'
import { sitePayload } from '@/site/payload'
import { Breadcrumbs } from '../_components/Breadcrumbs'
import { DocumentList } from '../_components/DocumentList'
import { Pagination } from '../_components/Pagination'

type Props = {
  params: Promise<{ collection: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load(params: Props['params']) {
  const { collection: slug } = await params
  const collection = siteCollection(await sitePayload(), slug)
  if (!collection) notFound()
  return collection
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const collection = await load(params)
  return { title: collection.plural }
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined

/** A kind of data: its published documents, filtered by fiscal year, month and kind, 20 a page. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const collection = await load(params)
  const query = await searchParams
  const selects = filterFields(collection)
  const fiscalYear = one(query.fiscalYear)
  const month = one(query.month)
  const page = Number(one(query.page) ?? 1)
  const filters = {
    fiscalYear: fiscalYear && /^\d{4}$/.test(fiscalYear) ? Number(fiscalYear) : undefined,
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    // Only values the field offers: anything else is ignored (and never cached).
    select: Object.fromEntries(
      selects.flatMap((f) => {
        const value = one(query[f.name])
        return isOption(f, value) ? [[f.name, value]] : []
      }),
    ),
    page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1,
  }
  const [site, listed, years] = await Promise.all([
    siteSettings(),
    listDocuments(collection.slug, filters).then(
      (value) => ({ value }),
      (error: unknown) => {
        // A filter the database refuses (a client's mistake, 4xx) is a message, not an error page.
        const status = (error as { status?: number }).status
        if (status && status < 500) return { refused: true as const }
        throw error
      },
    ),
    fiscalYearsOf(collection.slug),
  ])
  if ('refused' in listed)
    return (
      <>
        <Breadcrumbs trail={[{ label: collection.plural }]} />
        <h1>{collection.plural}</h1>
        <p className="notice" role="alert">
          กรองข้อมูลตามเงื่อนไขนี้ไม่ได้ <Link href={`/${collection.slug}`}>แสดงทั้งหมด</Link>
        </p>
      </>
    )
  const list = listed.value
  // A page past the last one does not exist.
  if (!list || (filters.page > 1 && filters.page > list.totalPages)) notFound()
  const n = (v: number | string) => siteNumber(v, site.thaiDigits)
  // Months are offered for the fiscal year chosen, else the newest one with documents.
  const monthYear = filters.fiscalYear ?? years[0]
  const kept: Record<string, string> = Object.fromEntries(
    Object.entries({
      fiscalYear: filters.fiscalYear ? String(filters.fiscalYear) : undefined,
      month: filters.month,
      ...filters.select,
    }).filter((e): e is [string, string] => Boolean(e[1])),
  )
  return (
    <>
      <Breadcrumbs trail={[{ label: collection.plural }]} />
      <h1>{collection.plural}</h1>
      <form className="filters" method="get" role="search" aria-label={`กรอง${collection.plural}`}>
        {hasField(collection, 'fiscalYear') && years.length ? (
          <label>
            ปีงบประมาณ
            <select name="fiscalYear" defaultValue={kept.fiscalYear ?? ''}>
              <option value="">ทุกปี</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {n(y)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {hasField(collection, 'month') && monthYear ? (
          <label>
            เดือน
            <select name="month" defaultValue={kept.month ?? ''}>
              <option value="">ทุกเดือน</option>
              {monthsOfFiscalYear(monthYear).map((m) => (
                <option key={m.firstDay} value={m.firstDay.slice(0, 7)}>
                  {site.thaiDigits ? toThaiDigits(m.labelTh) : m.labelTh}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {selects.map((field) => (
          <label key={field.name}>
            {thai(field.label, field.name)}
            <select name={field.name} defaultValue={kept[field.name] ?? ''}>
              <option value="">ทั้งหมด</option>
              {(field.options as { value: string; label: unknown }[]).map((o) => (
                <option key={o.value} value={o.value}>
                  {thai(o.label, o.value)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit">แสดง</button>
      </form>
      <p>พบ {n(list.totalDocs)} รายการ</p>
      {list.docs.length ? (
        <DocumentList
          slug={collection.slug}
          titleField={collection.titleField}
          docs={list.docs}
          thaiDigits={site.thaiDigits}
        />
      ) : (
        <p className="notice">ไม่พบข้อมูลตามเงื่อนไขที่เลือก</p>
      )}
      <Pagination page={list.page} totalPages={list.totalPages} query={kept} thaiDigits={site.thaiDigits} />
    </>
  )
}
