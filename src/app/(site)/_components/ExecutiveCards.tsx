import Link from 'next/link'

import type { Doc } from '@/site/data'
import { isMedia, Picture } from './MediaView'

/** Executives as cards: photo (in the sizes sharp made), name linking to their page, position. */
export function ExecutiveCards({ people }: { people: Doc[] }) {
  return (
    <ul className="cards">
      {people.map((p) => (
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
  )
}
