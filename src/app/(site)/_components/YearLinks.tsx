import Link from 'next/link'

import { yearStep } from '@prongsai/oit/utilities'
import { frameworks } from '@/site/data'

/** The other assessment years, one click away: the ITAS sheet's click path goes through here. */
export async function YearLinks({ current, n }: { current: number; n: (v: number) => string }) {
  const years = await frameworks()
  if (years.length < 2) return null
  return (
    <nav className="year-links" aria-label="ปีการประเมิน">
      <ul>
        {years.map((f) => (
          <li key={f.year}>
            <Link href={`/oit/${f.year}`} aria-current={f.year === current ? 'page' : undefined}>
              {yearStep(n(f.year))}
            </Link>
            {f.provisional ? <span className="provisional-mark"> (ชั่วคราว)</span> : null}
          </li>
        ))}
      </ul>
    </nav>
  )
}
