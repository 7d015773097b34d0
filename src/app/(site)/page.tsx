import Link from 'next/link'

import { executives, frameworks, latestNews, siteSettings } from '@/site/data'
import { siteDate, siteNumber } from '@/site/format'
import { ExecutiveCards } from './_components/ExecutiveCards'
import { isMedia, Picture } from './_components/MediaView'

export default async function HomePage() {
  const [site, people, news, years] = await Promise.all([siteSettings(), executives(), latestNews(4), frameworks()])
  const top = people.filter((p) => p.rank === 'top' || p.rank === 'deputy').slice(0, 4)
  return (
    <>
      <h1>{site.name}</h1>
      <p className="lead">ยินดีต้อนรับสู่เว็บไซต์{site.name} ข้อมูลข่าวสารของหน่วยงานเปิดเผยต่อสาธารณะตามหลักความโปร่งใส</p>

      <section aria-labelledby="oit-heading">
        <h2 id="oit-heading">การเปิดเผยข้อมูลสาธารณะ (OIT)</h2>
        <ul className="plain">
          {[...years].reverse().map((f) => (
            <li key={f.year}>
              <Link href={`/oit/${f.year}`}>
                ข้อมูลสาธารณะ ITA ปี {siteNumber(f.year, site.thaiDigits)} ({siteNumber(f.items.length, site.thaiDigits)}{' '}
                รายการ)
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {top.length ? (
        <section aria-labelledby="exec-heading">
          <h2 id="exec-heading">ผู้บริหาร</h2>
          <ExecutiveCards people={top} />
          <p>
            <Link href="/executives">ผู้บริหารทั้งหมด</Link>
          </p>
        </section>
      ) : null}

      {news.length ? (
        <section aria-labelledby="news-heading">
          <h2 id="news-heading">ข่าวประชาสัมพันธ์ล่าสุด</h2>
          <ul className="cards news">
            {news.map((n) => (
              <li className="card" key={String(n.id)}>
                {isMedia(n.coverImage) ? (
                  <Picture media={n.coverImage} sizes="(max-width: 40rem) 100vw, 16rem" decorative />
                ) : null}
                <div className="card-body">
                  <Link href={`/news/${n.id}`}>{String(n.title)}</Link>
                  <br />
                  <span className="doc-meta">{siteDate(n.date, site.thaiDigits)}</span>
                </div>
              </li>
            ))}
          </ul>
          <p>
            <Link href="/news">ข่าวทั้งหมด</Link>
          </p>
        </section>
      ) : null}
    </>
  )
}
