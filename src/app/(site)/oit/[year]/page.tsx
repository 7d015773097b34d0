import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { framework, openGraph, siteSettings } from '@/site/data'
import { siteNumber } from '@/site/format'
import { OIT_MENU_LABEL, yearStep } from '@prongsai/oit/utilities'
import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { YearLinks } from '../../_components/YearLinks'

type Props = { params: Promise<{ year: string }> }

async function load(params: Props['params']) {
  const { year } = await params
  // Only a year a framework file exists for; anything else (`/oit/abc`, `/oit/2500`) is a 404.
  if (!/^\d{4}$/.test(year)) notFound()
  const found = await framework(Number(year))
  if (!found) notFound()
  return found
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const f = await load(params)
  const title = `การเปิดเผยข้อมูลสาธารณะ (OIT) ITA ${f.year}`
  return { title, openGraph: await openGraph({ title, type: 'website' }) }
}

/** The OIT index of a year: every item, grouped by indicator, each linking to its page. */
export default async function OitYearPage({ params }: Props) {
  const f = await load(params)
  const site = await siteSettings()
  const n = (v: number | string) => siteNumber(v, site.thaiDigits)
  return (
    <>
      <Breadcrumbs trail={[{ href: '/oit', label: OIT_MENU_LABEL }, { label: yearStep(n(f.year)) }]} />
      <h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี {n(f.year)}</h1>
      <p className="lead">
        {site.name} เปิดเผยข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)
        ของการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ปี {n(f.year)} ทั้งหมด {n(f.items.length)} รายการ
      </p>
      <YearLinks current={f.year} n={n} />
      {f.provisional ? (
        <p className="notice provisional" role="note">
          รายการของปี {n(f.year)} เป็นฉบับชั่วคราว: จัดทำจากแหล่งข้อมูลสาธารณะก่อนได้คู่มือการประเมินของสำนักงาน ป.ป.ช.
          ชื่อรายการและองค์ประกอบบางส่วนอาจเปลี่ยนแปลง
        </p>
      ) : null}
      {f.indicators.map((indicator) => {
        const items = f.items.filter((item) => item.indicator === indicator.code)
        if (!items.length) return null
        const headings = [...new Set(items.map((i) => i.heading.th))]
        return (
          <section className="indicator" key={indicator.code} aria-labelledby={`ind-${indicator.code}`}>
            <h2 id={`ind-${indicator.code}`}>
              ตัวชี้วัดที่ {n(indicator.code)} {indicator.title.th}
            </h2>
            {headings.map((heading) => (
              <div key={heading}>
                <h3>{heading}</h3>
                <ul className="items">
                  {items
                    .filter((item) => item.heading.th === heading)
                    .map((item) => (
                      <li key={item.code}>
                        <Link href={`/oit/${f.year}/${item.code}`}>
                          <span className="item-code">{item.code}</span> {item.title.th}
                        </Link>
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </section>
        )
      })}
    </>
  )
}
