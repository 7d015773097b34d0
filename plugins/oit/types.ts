import type { Label } from '@prongsai/shared/bilingual'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Recipient } from '@prongsai/shared/recipient'

import type { DivisionsOption } from './divisions/assignedDivisions'
import type { FrameworkSource } from './framework/load'
import type { Framework } from './framework/schema'

/** Someone a reminder goes to: an address, or an address with the language the person reads. */
export type { Recipient }

export interface OitPluginConfig {
  /**
   * Folder of the framework data: `categories.json` (the categories and the components
   * each can provide) and one `ita-<year>.json` per assessment year. Adding a year means
   * adding a file here.
   * @default the plugin's own `frameworks/` folder (`FRAMEWORKS_DIR`, found from the module, not the working directory)
   */
  frameworksDir?: string
  /**
   * Framework data given directly instead of (not in addition to) `frameworksDir`,
   * e.g. in tests: the catalogue as `categories.json` and the year files.
   * @default undefined
   */
  frameworks?: FrameworkSource[]
  /**
   * Origin of the public site (`https://www.example.go.th`), for the URLs of items and
   * documents in the status, the public index, the ITAS sheet and the reminder e-mails.
   * Unset: the config's `serverURL`, else the origin each request came to (its `Host`
   * header and `X-Forwarded-Proto`); a job without a request uses the last origin seen.
   * @default process.env.NEXT_PUBLIC_SERVER_URL, else derived per request
   */
  siteUrl?: string
  /**
   * Path prefix of the read-only endpoints under the API route.
   * @default '/oit'
   */
  endpointPrefix?: string
  /**
   * E-mail reminders of what has fallen due and is not published (a month's สขร.1 once the
   * month has ended, six-month data once March has), as a Payload job task
   * (`oitDueReminders`). Needs an e-mail adapter (`config.email`) and a jobs runner
   * (`jobs.autoRun`) for the schedule. Absent: no task.
   * @default undefined
   */
  reminders?: OitRemindersConfig
  /**
   * The organisation's divisions: documents take the division of their item, and an admin
   * reassigns an item by ticking it on a division (a field added to that collection).
   * Absent: every item keeps the framework's default division.
   * @default undefined
   */
  divisions?: { collection: CollectionSlug; codeField?: string; itemsField?: string }
  /**
   * Where one deployment serves several organisations and every document names its own
   * (a multi-tenant plugin's field): the reads the plugin makes past access control (the
   * status, division lookups, item checks, reminders) keep to one organisation.
   * Absent: one organisation, every document its.
   * @default undefined
   */
  organisations?: OitOrganisationsConfig
  /**
   * The clock: which fiscal year is the ITA year in force (the dashboard, the year the
   * status view opens on) and what is overdue. Tests give a fixed date.
   * @default () => new Date()
   */
  now?: () => Date
  /**
   * Turn the plugin off (keeps the config unchanged).
   * @default false
   */
  disabled?: boolean
}

export interface OitOrganisationsConfig {
  /** The field every organisation's document (and division) names its organisation in. */
  field: string
  /**
   * The organisation a request is about (a staff member's own or the one chosen, the site a
   * visitor came to); undefined: the request names none, and the status and exports refuse it.
   * `asked`: an organisation the request names itself (`?organisation=`, the view across
   * organisations' "open"), to be honoured only where the reader may read it.
   */
  of: (req: PayloadRequest, asked?: string) => OrganisationId | Promise<OrganisationId | undefined> | undefined
  /** Every organisation's id, for work done for each of them (the daily reminders, the stored statuses). */
  all: (payload: Payload) => Promise<OrganisationId[]>
  /**
   * Names and facets of organisations the request has already been allowed to read (the
   * view across organisations): its rows show `name`, and filter by each facet.
   * @default each organisation named by its id, with no facets
   */
  describe?: (req: PayloadRequest, ids: OrganisationId[]) => Promise<OrganisationCard[]>
  /**
   * The facets `describe` gives, in the order the view shows them (e.g. province, kind).
   * @default []
   */
  facets?: { key: string; label: Label }[]
  /**
   * The host of an organisation's own public site (its first domain), for the links its
   * status carries (ITAS sheet, public index, reminders), with the scheme and port of the
   * configured or requested address; undefined: that address as it is (one organisation).
   * @default undefined
   */
  siteHost?: (payload: Payload, organisation: OrganisationId) => Promise<string | undefined>
  /**
   * When the stored statuses (collection `oit-summaries`, which the app scopes to
   * organisations like its documents) are brought up to date: a cron, by Payload's job
   * scheduling, or `false` to queue `oitRefreshSummaries` yourself.
   * @default '* * * * *' (every minute; a run with nothing changed reads one small row per organisation)
   */
  refreshSchedule?: false | string
}

/** An organisation as the view across organisations shows it. */
export interface OrganisationCard {
  id: OrganisationId
  name: string
  /** Facet key → this organisation's value and how it reads (e.g. `kind` → `{ value: 'sao', label: { th: 'อบต.', en: 'SAO' } }`). */
  facets?: Record<string, { value: string; label: Label | string }>
}

/** An organisation's id. */
export type OrganisationId = number | string

export interface OitRemindersConfig {
  /**
   * Who is told about an item: the e-mail addresses for the item's responsible division
   * (`division` of the framework item: a division code, or `all`). Called once per
   * item and run, only when something is to be sent. An address with a language (`th`,
   * `en`) gets the reminder in that language only; a plain address (or another language),
   * Thai then English. One message per language.
   */
  recipients: (args: {
    payload: Payload
    req: PayloadRequest
    divisionCode: string
    /** The organisation whose division it is, where documents belong to organisations. */
    organisation?: OrganisationId
  }) => Promise<Recipient[]>
  /**
   * When the task is queued (cron, the server's time zone), by Payload's job scheduling:
   * runs only where `jobs.autoRun` works the same queue. `false`: never scheduled (queue
   * `oitDueReminders` yourself). Scheduling adds Payload's `payload-jobs-stats` global.
   * @default '0 8 * * *' (every day at 08:00)
   */
  schedule?: false | string
  /**
   * Queue the scheduled task goes to.
   * @default 'default'
   */
  queue?: string
}

/** What the plugin leaves in `config.custom.oit` for the gate, dashboard and exporters. */
export interface OitCustomConfig {
  frameworks: Framework[]
  /** Where the organisation's divisions are, with every default filled in. */
  divisions?: DivisionsOption
  /** Origin of the public site as configured; unset: derived per request (status/siteUrlFor.ts). */
  siteUrl?: string
  /** The clock (the plugin's `now` option): replaceable in tests, read on each use. */
  now: () => Date
  /** Where documents belong to organisations (the plugin's `organisations` option). */
  organisations?: OitOrganisationsConfig
}
