/**
 * The admin's logo (sign-in page) and icon (navigation): the organisation's published
 * emblem and name, read as a visitor reads them, instead of Payload's own logo. Before a
 * profile is published: the app's name only.
 */
import React from 'react'

import { isMedia } from '@/app/(site)/_components/MediaView'
import { siteSettings } from '@/site/data'

async function emblem() {
  const site = await siteSettings()
  const logo = isMedia(site.logo) ? site.logo : undefined
  return {
    name: site.name,
    src: logo ? (logo.sizes?.thumbnail?.url ?? logo.url ?? undefined) : undefined,
  }
}

export async function OrganisationLogo() {
  const { name, src } = await emblem()
  return (
    <div
      className="organisation-logo"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        flexWrap: 'wrap',
      }}
    >
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={src} alt="" width={64} height={64} style={{ objectFit: 'contain' }} />
      ) : null}
      <strong style={{ fontSize: '1.25rem', lineHeight: 1.3 }}>{name}</strong>
    </div>
  )
}

export async function OrganisationIcon() {
  const { name, src } = await emblem()
  if (!src) return <span aria-label={name}>{name.slice(0, 1)}</span>
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={src} alt={name} width={24} height={24} style={{ objectFit: 'contain' }} />
}
