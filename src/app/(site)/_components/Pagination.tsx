import Link from 'next/link'

import { siteNumber } from '@/site/format'

/** Previous / next links keeping the filters in the query string. */
export function Pagination({
  page,
  totalPages,
  query,
  thaiDigits,
}: {
  page: number
  totalPages: number
  query: Record<string, string>
  thaiDigits: boolean
}) {
  if (totalPages <= 1) return null
  const href = (p: number) => `?${new URLSearchParams({ ...query, page: String(p) }).toString()}`
  return (
    <nav className="pagination" aria-label="เลขหน้า">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← หน้าก่อนหน้า
        </Link>
      ) : (
        <span />
      )}
      <span>
        หน้า {siteNumber(page, thaiDigits)} จาก {siteNumber(totalPages, thaiDigits)}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next">
          หน้าถัดไป →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
