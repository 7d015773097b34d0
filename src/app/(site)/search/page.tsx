import type { Metadata } from 'next'
import Link from 'next/link'

import { search, siteSettings } from '@/site/data'
import { siteDate, siteNumber } from '@/site/format'
import { Breadcrumbs } from '../_components/Breadcrumbs'

export const metadata: Metadata = { title: 'ค้นหา' }

type Props = { searchParams: Promise<{ q?: string | string[] }> }

/** Search over the titles of published documents in every category; a plain form, no script needed. */
export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200).trim() ?? ''
  const [site, hits] = await Promise.all([siteSettings(), q ? search(q) : Promise.resolve([])])
  return (
    <>
      <Breadcrumbs trail={[{ label: 'ค้นหา' }]} />
      <h1>ค้นหาข้อมูล</h1>
      <form className="search-form" method="get" role="search">
        <label>
          คำค้น
          <br />
          <input type="search" name="q" defaultValue={q} />
        </label>
        <button type="submit">ค้นหา</button>
      </form>
      {q ? (
        <>
          <h2>
            ผลการค้นหา “{q}”: {siteNumber(hits.length, site.thaiDigits)} รายการ
          </h2>
          <ul className="documents">
            {hits.map((hit) => (
              <li key={`${hit.slug}-${hit.doc.id}`}>
                <Link href={`/${hit.slug}/${hit.doc.id}`}>{hit.title}</Link>
                <span className="doc-meta">
                  <span>{hit.kind}</span>
                  <span>ปรับปรุงเมื่อ {siteDate(hit.doc.updatedAt, site.thaiDigits)}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
