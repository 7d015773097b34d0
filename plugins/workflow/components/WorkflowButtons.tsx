'use client'
/**
 * The step buttons. A step is a save like any other (`PATCH ?draft=true` with
 * `workflowAction`), so the server's rules apply to it exactly as to any API client.
 */
import { toast, useConfig, useFormModified } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { WorkflowAction } from '../types'

interface Props {
  collection: string
  id: number | string
  steps: WorkflowAction[]
  labels: Record<'approve' | 'reason' | 'reasonPlaceholder' | 'saveFirst' | 'sendBack' | 'submit', string>
  /** What is said once a step is taken ("ส่งตรวจแล้ว …"), by step. */
  done: Partial<Record<WorkflowAction, string>>
}

/** The page reloads after a step (the whole form follows the server): the confirmation waits in the session. */
const DONE_KEY = 'plugin-workflow:done'

export function WorkflowButtons({ collection, done: doneLabels, id, labels, steps }: Props) {
  const { config } = useConfig()
  const modified = useFormModified()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  useEffect(() => {
    const message = window.sessionStorage.getItem(DONE_KEY)
    if (!message) return
    window.sessionStorage.removeItem(DONE_KEY)
    setDone(message)
    toast.success(message)
  }, [])
  const confirmation = done ? (
    <p role="status" className="workflow-buttons__done" style={{ margin: 0, color: 'var(--theme-success-500)' }}>
      {done}
    </p>
  ) : null
  if (steps.length === 0) return confirmation

  const take = async (step: WorkflowAction) => {
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`${config.serverURL ?? ''}${config.routes.api}/${collection}/${id}?draft=true&depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ workflowAction: step, ...(step === 'sendBack' ? { workflowReason: reason } : {}) }),
      })
      if (res.ok) {
        const message = doneLabels[step]
        if (message) window.sessionStorage.setItem(DONE_KEY, message)
        window.location.reload()
        return
      }
      const json = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
      setError(json.errors?.[0]?.message ?? `HTTP ${res.status}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="workflow-buttons" style={{ display: 'grid', gap: 8 }}>
      {confirmation}
      {modified ? <p style={{ margin: 0, opacity: 0.8 }}>{labels.saveFirst}</p> : null}
      {steps.includes('sendBack') ? (
        <label style={{ display: 'grid', gap: 4 }}>
          <span>{labels.reason}</span>
          <textarea
            id="workflow-reason"
            rows={3}
            value={reason}
            placeholder={labels.reasonPlaceholder}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
      ) : null}
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {steps.map((step) => (
          <button
            key={step}
            id={`workflow-${step}`}
            type="button"
            className={`btn btn--size-small ${step === 'sendBack' ? 'btn--style-secondary' : 'btn--style-primary'}`}
            disabled={busy || modified || (step === 'sendBack' && !reason.trim())}
            onClick={() => void take(step)}
          >
            {labels[step]}
          </button>
        ))}
      </div>
      {error ? (
        <p role="alert" style={{ margin: 0, color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
