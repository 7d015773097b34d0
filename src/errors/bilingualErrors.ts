import type { AfterErrorHook } from 'payload'

import { toBilingual } from '@/i18n/bilingualMessage'

interface ErrorEntry {
  message?: unknown
  data?: unknown
}

/**
 * Every error answer, REST and GraphQL, in Thai and English (issue 17, item 11): Payload
 * answers in the request's language, and some of its messages (and the rich-text editor's,
 * and an upload's) are English whatever the language. The message of each error and of each
 * field error inside it becomes "ไทย / English"; messages that already are stay as they are.
 */
export const bilingualErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  if (graphqlResult) {
    const status = Number(graphqlResult.extensions?.statusCode ?? statusOf(error))
    return {
      graphqlResult: {
        ...graphqlResult,
        message: toBilingual(graphqlResult.message, status),
        extensions: graphqlResult.extensions && {
          ...graphqlResult.extensions,
          data: translateData(graphqlResult.extensions.data, status),
        },
      },
    }
  }
  if (!result) return
  const status = statusOf(error)
  const errors = (result as { errors?: ErrorEntry[] }).errors
  if (!Array.isArray(errors)) return
  return {
    response: {
      ...result,
      errors: errors.map((entry) => ({
        ...entry,
        message: typeof entry.message === 'string' ? toBilingual(entry.message, status) : entry.message,
        data: translateData(entry.data, status),
      })),
    } as typeof result,
  }
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown; originalError?: { status?: unknown } }).status
  return typeof status === 'number' ? status : 500
}

/** A ValidationError's `data.errors[]` (field by field) gets the same treatment. */
function translateData(data: unknown, status: number): unknown {
  const errors = (data as { errors?: ErrorEntry[] } | undefined)?.errors
  if (!Array.isArray(errors)) return data
  return {
    ...(data as object),
    errors: errors.map((entry) =>
      typeof entry?.message === 'string' ? { ...entry, message: toBilingual(entry.message, status) } : entry,
    ),
  }
}
