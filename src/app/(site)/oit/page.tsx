import { notFound, redirect } from 'next/navigation'

import { frameworks } from '@/site/data'

/** `/oit`: the newest assessment year. */
export default async function OitPage() {
  const newest = (await frameworks()).at(-1)
  if (!newest) notFound()
  redirect(`/oit/${newest.year}`)
}
