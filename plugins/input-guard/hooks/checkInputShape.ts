import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import type { InputGuardSettings } from '../defaults'
import { message } from '../messages'
import { checkShape } from '../shape/checkShape'
import { findMissingReferences } from '../shape/findMissingReferences'

/**
 * Refuses a create or update whose data has the wrong shape, or points at documents that
 * do not exist, with a 400 naming each field: before any hook or the database can turn
 * the mistake into a 500 or a half-written document.
 */
export function checkInputShape(settings: InputGuardSettings): CollectionBeforeOperationHook {
  return async ({ args, collection, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const { payload } = req
    const data = (args as { data?: unknown }).data
    const shape = checkShape(collection.fields, data, {
      limits: settings.limits,
      readDate: settings.readDate,
      defaultMaxTextLength: payload.config.defaultMaxTextLength ?? 40_000,
      idTypeOf: (slug) =>
        (payload.collections as Record<string, { customIDType?: 'number' | 'text' } | undefined>)[slug]?.customIDType ??
        payload.db.defaultIDType,
    })
    const errors = shape.issues.map((issue) => ({
      path: issue.path,
      message: message(
        settings.formatMessage,
        req,
        data === undefined ? 'requestBodyRequired' : issue.code,
        issue.vars,
      ),
    }))
    if (errors.length === 0) {
      for (const missing of await findMissingReferences(req, shape.references)) {
        errors.push({
          path: missing.path,
          message: message(settings.formatMessage, req, 'missingReference', {
            collection: missing.relationTo,
            id: missing.id,
          }),
        })
      }
    }
    if (errors.length > 0) fail(collection.slug, errors, req)
    return args
  }
}

function fail(collection: string, errors: { message: string; path: string }[], req: PayloadRequest): never {
  throw new ValidationError({ collection, errors, req }, req.t)
}
