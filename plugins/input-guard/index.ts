/**
 * inputGuardPlugin: a client's mistake is a 4xx with a message, never a 500, and never a
 * half-written document. For every guarded collection it adds
 * - a beforeOperation hook that checks the shape of incoming data against the fields and
 *   that every referenced document exists (400, each field named),
 * - a beforeChange hook that renews array/blocks row ids a document does not own (a copy
 *   sent with the original's row ids would otherwise collide in the database),
 * - an afterOperation hook that makes a bulk update or delete all-or-nothing,
 * and, for the whole API, an afterError hook that answers a malformed body with 400.
 * Generic: it knows Payload's field types, not this app.
 */
import type { Config, Plugin } from 'payload'

import { deepMergeSimple } from 'payload/shared'

import { withDefaults } from './defaults'
import { checkInputShape } from './hooks/checkInputShape'
import { malformedBody } from './hooks/malformedBody'
import { renewRowIds } from './hooks/renewRowIds'
import { wholeBulkOrNothing } from './hooks/wholeBulkOrNothing'
import { translations } from './translations'
import type { InputGuardPluginConfig } from './types'

export type { FormatMessage, InputGuardPluginConfig } from './types'

const NAME = 'inputGuardPlugin'

export const inputGuardPlugin =
  (options: InputGuardPluginConfig = {}): Plugin =>
  (incoming: Config): Config => {
    if (options.disabled) return incoming
    const settings = withDefaults(options)
    const known = new Set((incoming.collections ?? []).map((c) => c.slug))
    for (const slug of settings.collections ?? []) {
      if (!known.has(slug)) throw new Error(`[${NAME}] no collection "${slug}" to guard`)
    }
    const guarded = (slug: string) =>
      !slug.startsWith('payload-') && (settings.collections ? settings.collections.includes(slug) : true)

    return {
      ...incoming,
      collections: (incoming.collections ?? []).map((collection) =>
        guarded(collection.slug)
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                // First: nothing else should see data of the wrong shape.
                beforeOperation: [checkInputShape(settings), ...(collection.hooks?.beforeOperation ?? [])],
                beforeChange: [renewRowIds, ...(collection.hooks?.beforeChange ?? [])],
                afterOperation: [...(collection.hooks?.afterOperation ?? []), wholeBulkOrNothing(settings)],
              },
            }
          : collection,
      ),
      hooks: {
        ...incoming.hooks,
        afterError: [...(incoming.hooks?.afterError ?? []), malformedBody(settings)],
      },
      i18n: {
        ...incoming.i18n,
        translations: deepMergeSimple(translations, incoming.i18n?.translations ?? {}),
      },
    }
  }
