import Link from 'next/link'

import type { Doc } from '@/site/data'
import { siteDate, siteMonth, siteNumber } from '@/site/format'

/** Published documents as links to their pages, with fiscal year or month and last update. */
export function DocumentList({
  slug,
  titleField,
  docs,
  thaiDigits,
}: {
  slug: string
  titleField: string
  docs: Doc[]
  thaiDigits: boolean
}) {
  return (
    <ul className="documents">
      {docs.map((doc) => {
        const month = siteMonth(doc.month, thaiDigits)
        const updated = siteDate(doc.updatedAt, thaiDigits)
        return (
          <li key={String(doc.id)}>
            <Link href={`/${slug}/${doc.id}`}>{String(doc[titleField] ?? doc.id)}</Link>
            <span className="doc-meta">
              {month ? <span>เดือน{month}</span> : null}
              {!month && typeof doc.fiscalYear === 'number' ? (
                <span>
                  ปีงบประมาณ {siteNumber(doc.fiscalYear, thaiDigits)}
                  {typeof doc.fiscalYearEnd === 'number' && doc.fiscalYearEnd !== doc.fiscalYear
                    ? `–${siteNumber(doc.fiscalYearEnd, thaiDigits)}`
                    : ''}
                </span>
              ) : null}
              {updated ? <span>ปรับปรุงเมื่อ {updated}</span> : null}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
