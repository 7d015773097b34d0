import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { framework, itemDocuments, siteSettings } from '@/site/data'
import { sitePayload } from '@/site/payload'
import { siteCollection } from '@/site/collections'
import { siteNumber } from '@/site/format'
import { itemStep, OIT_MENU_LABEL, yearStep } from '@prongsai/oit/utilities'
import { Breadcrumbs } from '@/app/(site)/_components/Breadcrumbs'
import { DocumentList } from '@/app/(site)/_components/DocumentList'

type Props = { params: Promise<{ year: string; code: string }> }

async function load(params: Props['params']) {
  const { year, code } = await params
  if (!/^\d{4}$/.test(year)) notFound()
  const f = await framework(Number(year))
  const item = f?.items.find((i) => i.code === code)
  if (!f || !item) notFound()
  return { f, item }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { f, item } = await load(params)
  return { title: `${item.code} ${item.title.th} (ITA ${f.year})` }
}

/** One OIT item: what it asks for and the published documents that answer it. */
export default async function OitItemPage({ params }: Props) {
  const { f, item } = await load(params)
  const [site, docs, payload] = await Promise.all([siteSettings(), itemDocuments(f.year, item), sitePayload()])
  const collection = siteCollection(payload, item.category.collection)
  const n = (v: number | string) => siteNumber(v, site.thaiDigits)
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: '/oit', label: OIT_MENU_LABEL },
          { href: `/oit/${f.year}`, label: yearStep(n(f.year)) },
          { label: itemStep(item) },
        ]}
      />
      <h1>
        {item.code} {item.title.th}
      </h1>
      <p className="doc-meta">
        <span>
          ตัวชี้วัดที่ {n(item.indicator)} {f.indicators.find((i) => i.code === item.indicator)?.title.th}
        </span>
        {item.heading.th !== f.indicators.find((i) => i.code === item.indicator)?.title.th ? (
          <span>{item.heading.th}</span>
        ) : null}
      </p>
      <h2>ข้อมูลที่เผยแพร่</h2>
      {docs.length && collection ? (
        <DocumentList
          slug={collection.slug}
          titleField={collection.titleField}
          docs={docs}
          thaiDigits={site.thaiDigits}
        />
      ) : (
        <p className="notice">ยังไม่มีข้อมูลที่เผยแพร่สำหรับรายการนี้</p>
      )}
      {item.description ? (
        <>
          <h2>รายละเอียดที่แบบตรวจ OIT กำหนด</h2>
          <p className="pre-line">{item.description}</p>
        </>
      ) : null}
    </>
  )
}
