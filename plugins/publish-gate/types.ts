import type { Config, FieldAccess, Payload, PayloadRequest, TypedUser, Where } from 'payload'

import type { CustomChecks } from './engine/evaluate'
import type { RuleSet } from './rules/schema'

/** Turns one message in each language (`{ th, en }`) into the text a client gets. */
export type FormatMessage = (byLanguage: Record<string, string>, req: PayloadRequest | undefined) => string

/** Rule sets per collection (or global) slug. */
export type RuleSetsBySlug = Record<string, RuleSet[]>

export interface PublishGatePluginConfig {
  /**
   * Rule sets per collection slug, or a function of the incoming config (so that rules can
   * come from what an earlier plugin added, e.g. the OIT frameworks).
   * @default {}
   */
  collections?: ((config: Config) => RuleSetsBySlug) | RuleSetsBySlug
  /**
   * Rule sets per global slug (globals without drafts are judged on every save).
   * @default {}
   */
  globals?: ((config: Config) => RuleSetsBySlug) | RuleSetsBySlug
  /**
   * Functions for `custom` checks, by name. Server-side only; the browser treats an
   * unknown custom check as met and leaves the verdict to the server.
   * @default {}
   */
  customChecks?: CustomChecks
  /**
   * How a refusal's message, in every language the plugin speaks, is given to the client
   * (the admin knows a refusal by the error's structure, not by its words).
   * @default the request's language, else English
   */
  formatMessage?: FormatMessage
  /**
   * Name of the computed (never stored) completeness field added to gated documents.
   * @default 'completeness'
   */
  completenessField?: string
  /**
   * Who reads the completeness field (field read access). Its rules run only for a
   * reader this lets through (or a read with access overridden): the others get no field
   * and pay nothing for it.
   * @default everyone
   */
  completenessRead?: FieldAccess
  /**
   * Name of the stored readiness field (`ready` / `incomplete`), for the list column and
   * filter; recomputed on every save.
   * @default 'readiness'
   */
  readinessField?: string
  /**
   * The stored readiness field's `custom`, for what the app reads from its fields
   * (e.g. that its public pages leave the field out).
   * @default undefined
   */
  readinessFieldCustom?: Record<string, unknown>
  /**
   * Fields indexed together with the stored readiness (placed before it), on each gated
   * collection that has them all (`_status` where it has drafts): "how many documents of
   * this year are ready" is then answered from the index alone.
   * @default [] (no index)
   */
  readinessIndexWith?: string[]
  /**
   * Show the "my incomplete items" panel on the admin dashboard.
   * @default true
   */
  dashboardPanel?: boolean
  /**
   * Narrows the dashboard panel beyond access control, per user and request: e.g. the
   * organisation chosen in a multi-tenant selector (access covers all of a platform
   * administrator's). Runs on the server when the dashboard renders.
   * @default undefined (what access control lets the user read)
   */
  dashboardScope?: (args: { payload: Payload; user: TypedUser }) => Promise<Where | undefined> | Where | undefined
  /**
   * At start-up, when the rules differ from the last run's (a hash kept in `payload.kv`),
   * judge every stored readiness again.
   * @default true
   */
  refreshOnInit?: boolean
  /**
   * Turn the plugin off: the config is returned unchanged.
   * @default false
   */
  disabled?: boolean
}
