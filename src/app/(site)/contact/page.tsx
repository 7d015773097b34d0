import type { Metadata } from 'next'
import Link from 'next/link'

import { siteSettings } from '@/site/data'
import { safeHref } from '@/site/format'
import { Breadcrumbs } from '../_components/Breadcrumbs'

export const metadata: Metadata = { title: 'ติดต่อเรา' }

/** Address, phone, e-mail and a link to the map (no embedded map: nothing loads from elsewhere). */
export default async function ContactPage() {
  const site = await siteSettings()
  const c = site.contact ?? {}
  const lat = typeof c.latitude === 'number' ? c.latitude : undefined
  const lng = typeof c.longitude === 'number' ? c.longitude : undefined
  const map =
    safeHref(c.mapUrl) ??
    (lat !== undefined && lng !== undefined ? `https://www.google.com/maps?q=${lat},${lng}` : undefined)
  return (
    <>
      <Breadcrumbs trail={[{ label: 'ติดต่อเรา' }]} />
      <h1>ติดต่อ{site.name}</h1>
      <dl className="fields">
        {typeof c.address === 'string' && c.address ? (
          <div className="field">
            <dt>ที่อยู่</dt>
            <dd className="pre-line">{c.address}</dd>
          </div>
        ) : null}
        {typeof c.phone === 'string' && c.phone ? (
          <div className="field">
            <dt>โทรศัพท์</dt>
            <dd>
              <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
            </dd>
          </div>
        ) : null}
        {typeof c.fax === 'string' && c.fax ? (
          <div className="field">
            <dt>โทรสาร</dt>
            <dd>{c.fax}</dd>
          </div>
        ) : null}
        {typeof c.email === 'string' && c.email ? (
          <div className="field">
            <dt>อีเมล</dt>
            <dd>
              <a href={`mailto:${c.email}`}>{c.email}</a>
            </dd>
          </div>
        ) : null}
        {map ? (
          <div className="field">
            <dt>แผนที่</dt>
            <dd>
              <a href={map} rel="noopener noreferrer">
                เปิดแผนที่ตั้งสำนักงาน (เปิดในบริการแผนที่)
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {site.profileId !== undefined ? (
        <p>
          <Link href={`/organisations/${site.profileId}`}>ข้อมูลหน่วยงานทั้งหมด (โครงสร้าง อำนาจหน้าที่ ช่องทางติดต่อ)</Link>
        </p>
      ) : null}
    </>
  )
}
