import { notFound } from 'next/navigation'

/** Deeper paths than the site has: its own Thai 404 page rather than Next's default. */
export default function DeeperThanTheSite() {
  notFound()
}
