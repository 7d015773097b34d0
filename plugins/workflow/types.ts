import type { Access, Config, PayloadComponent, PayloadRequest } from 'payload'

import type { Recipient } from '@prongsai/shared/recipient'

/**
 * Someone a step is e-mailed to: a plain address (language unknown: the message in Thai and
 * English, through `formatMessage`), or `{ email, language }` (`th` or `en`: the whole
 * message in that language only; any other language counts as unknown).
 */
export type { Recipient }

/** Where a document stands between its first draft and the public site. */
export const WORKFLOW_STATES = ['draft', 'submitted', 'approved', 'returned', 'published'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** The steps a user asks for (through the `workflowAction` field on any API). */
export const WORKFLOW_ACTIONS = ['submit', 'approve', 'sendBack'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** Everything the audit log records. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'submit',
  'approve',
  'sendBack',
  'publish',
  'unpublish',
  'trash',
  'restore',
  'delete',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** What a permission is asked about: the user (in `req`), the document as it stands, its collection. */
export interface PermissionArgs {
  req: PayloadRequest
  /** The document before the change (the latest version, draft or not). */
  doc: Record<string, unknown>
  collection: string
}

export type Permission = (args: PermissionArgs) => boolean | Promise<boolean>

export interface WorkflowPermissions {
  /** Send a draft (or a sent-back document) for review. */
  submit: Permission
  /** Approve a submitted document, or send it back with a reason. */
  review: Permission
  /** Publish (including saving a published document directly), unpublish, restore a published one from the trash. */
  publish: Permission
  /** Publish without an approval first (e.g. administrators). */
  skipApproval: Permission
}

export interface NotifyArgs {
  req: PayloadRequest
  action: AuditAction
  collection: string
  doc: Record<string, unknown>
  /**
   * Who submitted the document last (for a send-back, a publish or an unpublish), from the audit log;
   * `language`: the user's `language` field when it has one.
   */
  submittedBy?: { id: number | string; email?: string; language?: string }
}

/** A workflow document that shows (uses) a document of a dependency collection. */
export interface DependentDocument {
  collection: string
  id: number | string
  /**
   * Its latest version uses it: the version being prepared, reviewed or published. False
   * when only its published version does (a draft on top no longer uses it).
   */
  latest: boolean
}

/** What a dependency's change was, for the audit entry's reason. */
export interface DependencyChange {
  req: PayloadRequest
  operation: 'delete' | 'update'
  /** The dependency document after an update, or as it was before a delete. */
  doc: Record<string, unknown>
  /** The dependency document before an update. */
  previousDoc?: Record<string, unknown>
}

/**
 * A collection whose documents workflow documents show but that is saved on its own, outside
 * the workflow (files, say). Changing or deleting one changes every workflow document that
 * uses it, as an edit of that document would: one that is submitted or approved goes back as
 * an edit by the same user would take it (to the draft step unless the user may review it),
 * and every one of them gets an audit entry (`update`, with the reason and the steps).
 */
export interface WorkflowDependency {
  /** Slug of the collection (not itself a workflow collection: those have their own steps). */
  collection: string
  /**
   * The workflow documents that use document `id` of the collection (their stored rows and
   * latest versions), read in `req`'s transaction; asked before a delete, after an update.
   */
  usedBy: (args: { req: PayloadRequest; id: number | string }) => DependentDocument[] | Promise<DependentDocument[]>
  /**
   * Why, in Thai and English, for the audit entries (formatted by `formatMessage`).
   * @default "something this document uses was changed or deleted"
   */
  reason?: (change: DependencyChange) => { th: string; en: string }
}

export interface WorkflowPluginConfig {
  /**
   * Collections run through the workflow (each must have drafts).
   * @default every collection with `versions.drafts`
   */
  collections?: ((config: Config) => string[]) | string[]
  /** Who may take each step. Enforced on the server for REST, GraphQL and the Local API with a user. */
  permissions: WorkflowPermissions
  /**
   * Who to tell about a step (the next actor): addresses, or addresses with the language
   * each reads (see {@link Recipient}). Sent through Payload's email adapter once the change
   * has committed, one message per language (the addresses of one language together).
   * @default () => [] (nobody)
   */
  recipients?: (args: NotifyArgs) => Promise<Recipient[]> | Recipient[]
  /**
   * The steps whose documents are a user's tasks ("งานของฉัน"); each document is then
   * kept only if the user may take its next step.
   * @default every step but `published`
   */
  tasks?: (user: Record<string, unknown>) => WorkflowState[]
  /**
   * Run `work` once the request's transaction has committed (never for a rolled-back change).
   * @default runs at once
   */
  afterCommit?: (req: PayloadRequest, work: () => Promise<void> | void) => Promise<void> | void
  /**
   * The site's origin (`https://www.example.go.th`) for the links in e-mails, for one request.
   * @default the config's `serverURL`, else the origin the request came to (`Host`, `X-Forwarded-Proto`)
   */
  siteOrigin?: (req: PayloadRequest) => string | undefined
  /**
   * How a server message reads, from its Thai and English text.
   * @default ({ th, en }) => `${th} / ${en}`
   */
  formatMessage?: (message: { th: string; en: string }) => string
  /**
   * Collections outside the workflow whose documents workflow documents show (files): a
   * change to one sends the documents that use it back a step. See {@link WorkflowDependency}.
   * @default [] (none)
   */
  dependencies?: WorkflowDependency[]
  /**
   * The publish button shown to those who may publish (a client component given `label`,
   * with the props of Payload's own), e.g. one whose schedule dialog takes local dates.
   * Added to the import map by the plugin.
   * @default Payload's `PublishButton`
   */
  publishButton?: PayloadComponent
  /** The audit log collection. */
  audit?: {
    /** @default 'audit-log' */
    slug?: string
    /**
     * Who reads the log (nobody writes or deletes it).
     * @default signed-in users
     */
    read?: Access
    /**
     * A relationship of the documents copied onto each entry, so that `read` can scope by it
     * (e.g. the responsible division).
     * @default undefined
     */
    scopeField?: { name: string; relationTo: string }
    /**
     * Fields of the documents copied as they are onto each entry, where another plugin adds
     * the same field to the log (e.g. the organisation of a multi-tenant deployment).
     * @default []
     */
    carryFields?: string[]
    /**
     * Who reads every entry's actor (name, e-mail, account), a deleted account's too. Where
     * the users' read access is narrowed by another plugin (a multi-tenant deployment), say
     * it here: e.g. an organisation's administrators, whose log holds only their organisation.
     * @default readers whose read access to the users collection is `true`
     */
    readsEveryActor?: (req: PayloadRequest) => boolean | Promise<boolean>
    /** Admin navigation group of the log. @default undefined */
    group?: Record<string, string> | string
  }
  /**
   * Turn the plugin off (the config is returned unchanged).
   * @default false
   */
  disabled?: boolean
}
