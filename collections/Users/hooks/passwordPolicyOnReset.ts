import type { CollectionBeforeOperationHook } from 'payload'

import { assertPasswordPolicy, isSet } from './passwordPolicy'

/** Reset from the e-mailed link: the only hook Payload's resetPassword runs with the new password. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') return args
  const data = (args as { data?: { password?: unknown; token?: unknown } }).data
  // Payload itself answers a request without a password.
  if (!data || !isSet(data.password)) return args
  // Whose token it is, to compare with the e-mail (an unknown token is refused by Payload afterwards).
  const user =
    typeof data.token === 'string' && data.token
      ? await req.payload.db.findOne<{ id: number | string; email?: string }>({
          collection: collection.slug,
          where: { resetPasswordToken: { equals: data.token } },
          req,
        })
      : null
  assertPasswordPolicy(data.password, [user?.email], collection.slug, req)
  return args
}
