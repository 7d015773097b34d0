'use client'
/**
 * The document header names the workflow step ("ส่งตรวจแล้ว", "อนุมัติแล้ว รอเผยแพร่"…)
 * in place of Payload's draft/published status: a submitted document is still a draft to
 * Payload, and "ฉบับร่าง" after ส่งตรวจ reads as if nothing happened. Payload's own status
 * actions (revert, unpublish) stay.
 */
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { FIELD } from '../defaults'

export function WorkflowStep() {
  const { t } = useTranslation()
  const { data } = useDocumentInfo()
  const fromForm = useFormFields(([fields]) => fields[FIELD.state]?.value)
  const state = (fromForm ?? data?.[FIELD.state]) as string | undefined
  if (!state) return null
  const label = (key: string) => t(`plugin-workflow:${key}` as never)
  return (
    <div className="workflow-step" data-state={state} title={`${label('state')}: ${label(`state.${state}`)}`}>
      {/* Payload's "สถานะ: ฉบับร่าง" beside it would contradict the step; its actions stay. */}
      <style>{`.doc-controls:has(.workflow-step) .status__value-wrap { display: none; }`}</style>
      <span className="workflow-step__label" style={{ opacity: 0.7 }}>
        {label('state')}:{' '}
      </span>
      <strong className="workflow-step__value">{label(`state.${state}`)}</strong>
    </div>
  )
}
