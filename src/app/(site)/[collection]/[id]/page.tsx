import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { componentLabels } from '@prongsai/oit/utilities'
import { siteCollection, siteCollections } from '@/site/collections'
import { type Doc, getDocument, openGraph, siteSettings } from '@/site/data'
import { siteDate, siteNumber } from '@/site/format'
import { sitePayload } from '@/site/payload'
import { Breadcrumbs } from '../../_components/Breadcrumbs'
import { FieldsView } from '../../_components/FieldsView'
import { isMedia } from '../../_components/MediaView'

type Props = { params: Promise<{ collection: string; id: string }> }

async function load(params: Props['params']) {
  const { collection: slug, id } = await params
  const payload = await sitePayload()
  const collection = siteCollection(payload, slug)
  if (!collection) notFound()
  // Published only: a draft, an unpublished or a deleted document is a 404 like an unknown id.
  const doc = await getDocument(slug, id)
  if (!doc) notFound()
  return { payload, collection, doc }
}

function titleOf(doc: Doc, field: string): string {
  return String(doc[field] ?? doc.id)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { collection, doc } = await load(params)
  const image = [doc.photo, doc.coverImage, doc.logo].find(isMedia)
  return {
    title: titleOf(doc, collection.titleField),
    openGraph: await openGraph({
      title: titleOf(doc, collection.titleField),
      type: 'article',
      modifiedTime: doc.updatedAt,
      images: image ? [image.sizes?.card?.url ?? image.url ?? ''] : undefined,
    }),
  }
}

/** One published document: every field a visitor may read, files to download, when it was updated. */
export default async function DocumentPage({ params }: Props) {
  const { payload, collection, doc } = await load(params)
  const site = await siteSettings()
  const updated = siteDate(doc.updatedAt, site.thaiDigits)
  const publicSlugs = new Set(siteCollections(payload).map((c) => c.slug))
  const locations =
    (doc.componentLocations as { id?: string; component?: string; pages?: string; note?: string }[] | undefined) ?? []
  const labels = componentLabels(collection.config.fields)
  return (
    <article>
      <Breadcrumbs
        trail={[
          { href: `/${collection.slug}`, label: collection.plural },
          { label: titleOf(doc, collection.titleField) },
        ]}
      />
      <h1>{titleOf(doc, collection.titleField)}</h1>
      <p className="doc-meta">
        <span>
          <Link href={`/${collection.slug}`}>{collection.plural}</Link>
        </span>
        {typeof doc.fiscalYear === 'number' ? (
          <span>ปีงบประมาณ {siteNumber(doc.fiscalYear, site.thaiDigits)}</span>
        ) : null}
        {updated ? (
          <span>
            ปรับปรุงเมื่อ <time dateTime={String(doc.updatedAt)}>{updated}</time>
          </span>
        ) : null}
      </p>
      <FieldsView
        fields={collection.config.fields}
        data={doc}
        thaiDigits={site.thaiDigits}
        publicSlugs={publicSlugs}
        omit={[collection.titleField, 'fiscalYear']}
      />
      {doc.sourceDocument && locations.length ? (
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">ตำแหน่งของข้อมูลในเอกสาร</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">ข้อมูล</th>
                <th scope="col">หน้า</th>
              </tr>
            </thead>
            <tbody>
              {locations.map((row, i) => (
                <tr key={row.id ?? i}>
                  <td>{labels.get(String(row.component)) ?? row.component}</td>
                  <td>
                    {row.pages}
                    {row.note ? ` (${row.note})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </article>
  )
}
