'use client'
import { useEditDepth, useTranslation } from '@payloadcms/ui'
import React from 'react'

import type { PublishType } from './useScheduleForm'

type Props = {
  /** The drawer's slug: the radio's id and group name. */
  slug: string
  value: PublishType
  selected: PublishType
  disabled: boolean
  onSelect: (value: PublishType) => void
}

/** One choice of "publish" or "unpublish", drawn as Payload's radio inputs are. */
export function ScheduleTypeRadio({ slug, value, selected, disabled, onSelect }: Props) {
  const { t } = useTranslation()
  const editDepth = useEditDepth()
  const inputID = `field-${slug}-type-${value}${editDepth > 1 ? `-${editDepth}` : ''}`
  return (
    <li>
      <label htmlFor={inputID}>
        <div className={['radio-input', selected === value && 'radio-input--is-selected'].filter(Boolean).join(' ')}>
          <input
            checked={selected === value}
            disabled={disabled}
            id={inputID}
            name={`${slug}-type`}
            onChange={() => onSelect(value)}
            type="radio"
          />
          <span
            className={['radio-input__styled-radio', disabled && 'radio-input__styled-radio--disabled']
              .filter(Boolean)
              .join(' ')}
          />
          <span className="radio-input__label">{t(`version:${value}`)}</span>
        </div>
      </label>
    </li>
  )
}
