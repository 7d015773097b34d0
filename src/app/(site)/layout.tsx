import '@fontsource/sarabun/400.css'
import '@fontsource/sarabun/700.css'
import './site.css'

import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'

import { OIT_MENU_LABEL } from '@prongsai/oit/utilities'
import { frameworks, siteSettings, siteUrl } from '@/site/data'
import { isMedia } from './_components/MediaView'

export async function generateMetadata(): Promise<Metadata> {
  const site = await siteSettings()
  const logo = isMedia(site.logo) ? (site.logo.sizes?.thumbnail?.url ?? site.logo.url ?? undefined) : undefined
  return {
    metadataBase: new URL(await siteUrl()),
    title: { default: site.name, template: `%s · ${site.shortName ?? site.name}` },
    description: `เว็บไซต์${site.name}: ข้อมูลสาธารณะ (OIT) แผน รายงาน การจัดซื้อจัดจ้าง และข่าวสาร`,
    openGraph: { siteName: site.name, locale: 'th_TH', type: 'website', images: logo ? [logo] : undefined },
    icons: logo ? { icon: logo } : undefined,
  }
}

// Rendered per request from cached reads (see src/site/cache.ts): never at build time, when
// there is no database to read, and never older than the last change the server saw.
export const dynamic = 'force-dynamic'

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b3c5d' }

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const site = await siteSettings()
  const years = await frameworks()
  const newest = years.at(-1)?.year
  const logo = isMedia(site.logo) ? site.logo : undefined
  return (
    <html lang="th">
      <body>
        <a className="skip" href="#main">
          ข้ามไปยังเนื้อหาหลัก
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link className="brand" href="/">
              {logo?.url ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={logo.sizes?.thumbnail?.url ?? logo.url} alt="" width={56} height={56} />
              ) : null}
              <span className="brand-name">
                {site.name}
                {site.nameEn ? (
                  <span className="brand-sub" lang="en">
                    {site.nameEn}
                  </span>
                ) : null}
              </span>
            </Link>
            <nav className="site-nav" aria-label="เมนูหลัก">
              <ul>
                <li>
                  <Link href="/">หน้าแรก</Link>
                </li>
                {newest ? (
                  <li>
                    <Link href={`/oit/${newest}`}>{OIT_MENU_LABEL}</Link>
                  </li>
                ) : null}
                <li>
                  <Link href="/executives">ผู้บริหาร</Link>
                </li>
                <li>
                  <Link href="/news">ข่าวประชาสัมพันธ์</Link>
                </li>
                <li>
                  <Link href="/search">ค้นหา</Link>
                </li>
                <li>
                  <Link href="/contact">ติดต่อเรา</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              <strong>{site.name}</strong>
              {typeof site.contact?.address === 'string' ? (
                <>
                  <br />
                  <span className="pre-line">{site.contact.address}</span>
                </>
              ) : null}
            </p>
            <p>
              <Link href="/contact">ติดต่อเรา</Link> · <Link href="/sitemap.xml">แผนผังเว็บไซต์</Link> · เผยแพร่ด้วยโปร่งใส
              (Prongsai)
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
