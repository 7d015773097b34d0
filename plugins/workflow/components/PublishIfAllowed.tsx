/**
 * The publish button (Payload's own, or the plugin's `publishButton`), shown only to those
 * who may publish: an editor saves drafts and submits; offering them "publish" would only
 * end in a refusal. (The server refuses a publish from anyone else whatever the admin shows.)
 */
import type { Payload, TypedUser } from 'payload'

import { PublishButton } from '@payloadcms/ui'
import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
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
  // Payload words the button "เผยแพร่การแก้ไข" (publish changes) even when nothing was ever public.
  const label = (await isPublic(payload, collection, id)) ? undefined : req.t('version:publish')
  if (!settings.publishButton) return <PublishButton label={label} />
  return RenderServerComponent({ Component: settings.publishButton, importMap: payload.importMap, clientProps: { label } })
}

/** Whether the public sees a published version now (the document's main record). */
async function isPublic(payload: Payload, collection: string, id?: number | string): Promise<boolean> {
  if (!id) return false
  const live = (await payload.findByID({
    collection: collection as never,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as { _status?: string } | null
  return live?._status === 'published'
}
