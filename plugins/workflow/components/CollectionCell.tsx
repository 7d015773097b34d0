'use client'
/** The audit log's "kind of data" column: the collection's own label in the admin's language, not its slug. */
import type { DefaultCellComponentProps } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

export function CollectionCell({ cellData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const slug = String(cellData ?? '')
  const collection = config.collections.find((c) => c.slug === slug)
  const label = collection?.labels?.plural
  return <span>{label ? getTranslation(label as never, i18n as never) : slug}</span>
}
