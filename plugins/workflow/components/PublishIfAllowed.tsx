/**
 * Payload's own publish button, shown only to those who may publish: an editor saves
 * drafts and submits; offering them "publish" would only end in a refusal. (The server
 * refuses a publish from anyone else whatever the admin shows.)
 */
import type { Payload, TypedUser } from 'payload'

import { PublishButton } from '@payloadcms/ui'
import { createLocalReq } from 'payload'
import React from 'react'

import type { WorkflowSettings } from '../defaults'

interface Props {
  payload: Payload
  user?: TypedUser
  id?: number | string
  /** Passed in the component's `serverProps` by the plugin. */
  collection: string
}

export async function PublishIfAllowed({ collection, id, payload, user }: Props) {
  if (!user) return null
  const settings = payload.config.custom.workflow as WorkflowSettings
  const req = await createLocalReq({ user, context: {} }, payload)
  const doc = id
    ? ((await payload.findByID({
        collection: collection as never,
        id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })) as Record<string, unknown> | null)
    : null
  if (!(await settings.permissions.publish({ req, doc: doc ?? {}, collection }))) return null
  return <PublishButton />
}
