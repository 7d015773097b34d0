import type { Metadata } from 'next'
import Link from 'next/link'

import { executives } from '../../../site/data'
import { Breadcrumbs } from '../_components/Breadcrumbs'
import { isMedia, Picture } from '../_components/MediaView'

export const metadata: Metadata = { title: 'ผู้บริหาร' }

const SIDES = [
  { value: 'political', label: 'ฝ่ายการเมือง' },
  { value: 'permanent', label: 'ฝ่ายข้าราชการประจำ' },
]

/** The executives, political side and permanent officials, with photos in the sizes sharp made. */
export default async function ExecutivesPage() {
  const people = await executives()
  const rank = (p: Record<string, unknown>) => ({ top: 0, deputy: 1 })[String(p.rank)] ?? 2
  return (
    <>
      <Breadcrumbs trail={[{ label: 'ผู้บริหาร' }]} />
      <h1>ผู้บริหาร</h1>
      {SIDES.map((side) => {
        const group = people
          .filter((p) => p.side === side.value)
          .sort((a, b) => rank(a) - rank(b) || Number(a.order ?? 99) - Number(b.order ?? 99))
        if (!group.length) return null
        return (
          <section key={side.value} aria-labelledby={`side-${side.value}`}>
            <h2 id={`side-${side.value}`}>{side.label}</h2>
            <ul className="cards">
              {group.map((p) => (
                <li className="card" key={String(p.id)}>
                  {isMedia(p.photo) ? <Picture media={p.photo} sizes="(max-width: 40rem) 50vw, 14rem" decorative /> : null}
                  <div className="card-body">
                    <Link href={`/executives/${p.id}`}>{String(p.name)}</Link>
                    <br />
                    {String(p.position ?? '')}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      {people.length === 0 ? <p className="notice">ยังไม่มีข้อมูลผู้บริหารที่เผยแพร่</p> : null}
    </>
  )
}
