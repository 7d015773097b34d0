/**
 * Prongsai's Payload configuration. This is the only file that knows which database
 * adapter runs: DATABASE_URI=postgres://… (several instances or organisations), mongodb://…
 * or file:… / unset (embedded SQLite, one office).
 */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { th } from '@payloadcms/translations/languages/th'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { Divisions } from './collections/Divisions'
import { createMediaCollection } from './collections/Media'
import { MAX_UPLOAD_BYTES } from './collections/Media/uploadRules'
import { recoverPendingFiles } from './collections/Media/recoverPendingFiles'
import { Organisations } from './collections/Organisations'
import { OIT_COLLECTIONS } from './collections/oit'
import { rowsRequiredAtPublish } from './collections/fields/rowsRequiredAtPublish'
import { Tenants } from './collections/Tenants'
import { Users } from './collections/Users'
import { buddhistEraPlugin, ERA_PUBLISH_BUTTON } from '@prongsai/buddhist-era'
import { readDateText } from '@prongsai/buddhist-era/utilities'
import '@prongsai/buddhist-era/locale'
import { inputGuardPlugin } from '@prongsai/input-guard'
import { instancesPlugin } from '@prongsai/instances'
import { signal } from '@prongsai/instances/utilities'
import { guardQueries } from '@prongsai/query-guard'
import { OIT_SUMMARIES_SLUG, oitPlugin, type OitCustomConfig } from '@prongsai/oit'
import { oitRuleSets } from '@prongsai/oit/utilities'
import { publishGatePlugin } from '@prongsai/publish-gate'
import { relatedAccessPlugin } from '@prongsai/related-access'
import { revalidatePlugin } from '@prongsai/revalidate'
import { uploadVisibilityPlugin } from '@prongsai/upload-visibility'
import { workflowPlugin } from '@prongsai/workflow'
import { type AppEnv, loadEnvOrExit, parseEnv, resolvePayloadSecret } from './src/env'
import { bilingual } from '@prongsai/shared/bilingual'
import { siteOrigin } from '@prongsai/shared/siteOrigin'
import { adminThai, THAI_TIMEZONES } from './src/i18n/adminThai'
import { appTranslations } from './src/i18n/appTranslations'
import { bilingualErrors } from './src/errors/bilingualErrors'
import { GRAPHQL_LIMITS } from './src/graphql/limits'
import { graphqlLimitsRule } from './src/graphql/limitsRule'
import { checkMongoTransactions } from './src/db/checkMongoTransactions'
import { createEmailAdapter } from './src/email'
import { divisionRecipients } from './src/workflow/divisionRecipients'
import { ownerOnlyDatabase } from './src/db/ownerOnlyFiles'
import { oneServerPerFile } from './src/db/oneServerPerFile'
import { limitTransactions } from './src/db/limitTransactions'
import { migrateOneAtATime } from './src/db/migrateOneAtATime'
import { POSTGRES_POOL_MAX } from './src/server/ready'
import { lockRowsOf } from './src/db/lockRowBeforeSave'
import { withRowLocks } from './src/db/withRowLocks'
import { serializeTransactions } from './src/db/serializeTransactions'
import { onTransactionEnd, withTransactionEvents } from './src/db/transactionEvents'
import { migrations as mongodbMigrations } from './src/migrations/mongodb'
import { migrations as postgresMigrations } from './src/migrations/postgres'
import { migrations as sqliteMigrations } from './src/migrations/sqlite'
import { expireSite, siteTag } from './src/site/cache'
import { fileResponseHeadersPlugin } from './src/security/fileResponseHeaders'
import { siteOrigins } from './src/security/origins'
import { authenticated } from './src/access/authenticated'
import { isPlatformAdminRequest, isPlatformAdminUser } from './src/access/isPlatformAdmin'
import { hasRole } from './src/access/roles'
import { ensureOneOrganisation } from './src/tenancy/ensureOneOrganisation'
import { organisationsPlugin } from './src/tenancy/organisationsPlugin'
import { ORGANISATION_FIELD } from './src/tenancy/slugs'
import { organisationOfRequest } from './src/tenancy/organisationOfRequest'
import { allOrganisations } from './src/tenancy/allOrganisations'
import { describeOrganisations, ORGANISATION_FACETS } from './src/tenancy/describeOrganisations'
import { acrossOrganisations, guardOrganisationReads } from './src/tenancy/guardOrganisationReads'
import { siteHostOf } from './src/tenancy/siteHostOf'
import { chosenOrganisationScope } from './src/tenancy/chosenOrganisationScope'
import { readAuditLog } from './src/access/readAuditLog'
import { guardInternalCollections } from './src/internal/guardInternalCollections'
import { lockedMessage } from './src/internal/lockedMessage'
import { fileDependency } from './src/workflow/fileDependency'
import { permissions, taskStates } from './src/workflow/permissions'
import { workflowRecipients } from './src/workflow/recipients'
import { SETTINGS_GROUP } from './collections/groups'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = loadEnvOrExit()
/** Transactions one app process keeps open at once on PostgreSQL (half its pool). */
const POSTGRES_TRANSACTIONS = 10
/** The collection the instances share signals through, and the channel of the site's expiries. */
const INSTANCE_SIGNALS = 'instance-signals'
const SITE_EXPIRED = 'site-expired'
/** Admin languages that show Buddhist-era years. */
const BUDDHIST_ERA_LANGUAGES = ['th']

/**
 * The adapter of `database`; outside production, a query of an organisation's collection that
 * names no organisation throws (src/tenancy/guardOrganisationReads.ts).
 */
function databaseAdapter(database: AppEnv['database'], isProduction: boolean, dataDir: string) {
  const adapter = anyDatabaseAdapter(database, isProduction, dataDir)
  // ORGANISATION_GUARD=0: off (the benchmarks measure what production runs).
  return isProduction || process.env.ORGANISATION_GUARD === '0' ? adapter : guardOrganisationReads(adapter as never)
}

function anyDatabaseAdapter(database: AppEnv['database'], isProduction: boolean, dataDir: string) {
  if (database.kind === 'mongodb') {
    // Transactions need a replica set: production refuses to start without one.
    return withTransactionEvents(
      mongooseAdapter({
        url: database.uri,
        afterOpenConnection: checkMongoTransactions(isProduction),
        migrationDir: path.resolve(dirname, 'src/migrations/mongodb'),
        prodMigrations: mongodbMigrations,
      }),
    )
  }
  if (database.kind === 'postgres') {
    // Payload's PostgreSQL adapter runs every write in a transaction, and PostgreSQL lets
    // saves run side by side: no serializing, and the database files are the server's own.
    // Two saves of one document go one after the other (withRowLocks: no lost update), and
    // at most POSTGRES_TRANSACTIONS transactions are open at once (limitTransactions): a
    // save holds a connection for its transaction while some of its reads take another, so
    // as many saves as connections would wait for each other for ever.
    // Start-up migrations run in one process at a time (migrateOneAtATime: several start together).
    return migrateOneAtATime(limitTransactions(
      withRowLocks(
        withTransactionEvents(
          postgresAdapter({
            // 20 connections per app process: 10 for transactions, the rest for the reads
            // saves make outside them and for visitors (Payload keeps one for itself). Keep
            // instances × 20 under the server's max_connections (100 by default). A request
            // that cannot get a connection in 30 s fails instead of waiting for ever.
            pool: { connectionString: database.uri, max: POSTGRES_POOL_MAX, connectionTimeoutMillis: 30_000 },
            migrationDir: path.resolve(dirname, 'src/migrations/postgres'),
            // Production never pushes the schema: a fresh database is built by the committed migrations.
            push: !isProduction,
            prodMigrations: postgresMigrations,
          }),
        ),
      ),
      POSTGRES_TRANSACTIONS,
    ))
  }
  const file = database.uri.slice('file:'.length)
  // Every write runs in a transaction (Payload's SQLite adapter has none unless
  // transactionOptions is set), one at a time: see src/db/serializeTransactions.ts.
  // WAL lets readers, and `npm run backup` from another process, work while a save runs.
  // Outermost: the lock is released only after the files have followed the transaction.
  const adapter = serializeTransactions(
    withTransactionEvents(
      sqliteAdapter({
        client: { url: database.uri },
        transactionOptions: {},
        wal: true,
        migrationDir: path.resolve(dirname, 'src/migrations/sqlite'),
        // Production never pushes the schema: a fresh database is built by the committed migrations.
        push: !isProduction,
        prodMigrations: sqliteMigrations,
      }),
    ),
  )
  // Password hashes and sessions: the data folder and the database files are the app user's only.
  if (!file || file.startsWith(':')) return adapter
  // One app process per file: a second one is refused at start-up (src/db/oneServerPerFile.ts).
  return oneServerPerFile(ownerOnlyDatabase(adapter, { file: path.resolve(file), dataDir }), path.resolve(file))
}

/**
 * Start-up work is the deployment's, across every organisation (the plugins' refreshes of
 * readiness and file visibility when their rules changed): not a forgotten filter.
 */
function startAcrossOrganisations(config: SanitizedConfig): SanitizedConfig {
  const onInit = config.onInit
  return onInit ? { ...config, onInit: (payload) => acrossOrganisations(() => onInit(payload)) } : config
}

/** Operators the adapter cannot run (Payload's SQL adapters have no `all`): a 400 instead of its error. */
function unsupportedOperators(database: AppEnv['database']): string[] {
  return database.kind === 'mongodb' ? [] : ['all']
}

export interface ConfigOptions {
  /** Include the publish gate (the benchmark builds a config without it). @default true */
  publishGate?: boolean
  /** Use this database instead of DATABASE_URI (the benchmark runs two instances side by side). */
  databaseUri?: string
}

export function createConfig({ publishGate = true, databaseUri }: ConfigOptions = {}) {
  const database = databaseUri ? parseEnv({ ...process.env, DATABASE_URI: databaseUri }).database : env.database
  // Payload's own collections (locks, jobs…) exist only once the config is sanitized: their access is set then.
  const built = buildConfig({
    secret: resolvePayloadSecret(env),
    serverURL: env.serverUrl,
    // The sign-in cookie counts, and scripts may read answers, only from the site's own origin(s).
    // Payload's own multipart parser stops at 20 MB; our largest rule (scanned PDFs) is larger.
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
    cors: siteOrigins(env),
    csrf: siteOrigins(env),
    telemetry: false,
    // A QueryError is a client's `where` on a path that cannot be queried: a 400, not a fault
    // of the server. Payload logs it as an error with its stack by default; one line suffices
    // (a bot's bad queries drowned the log, and the test suites' logs ran to 150,000 lines).
    loggingLevels: { QueryError: 'info' },
    // Read by the access functions (src/access/divisionScope.ts).
    custom: { prongsai: { staffReadAllDivisions: env.staffReadAllDivisions } },
    admin: {
      user: Users.slug,
      // The default avatar loads from gravatar.com; government networks (and ours) may not reach it.
      avatar: 'default',
      meta: {
        titleSuffix: ' · โปร่งใส Prongsai',
      },
      importMap: {
        baseDir: dirname,
        importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js'),
      },
      dateFormat: 'd MMM yyyy HH:mm',
      // Scheduled publishing and time-zone date fields offer Thai time only.
      timezones: THAI_TIMEZONES,
      components: {
        // The staff guide (docs/คู่มือ.md) where staff already are: the admin's navigation.
        views: { guide: { Component: '/src/guide/GuideView#GuideView', path: '/guide' } },
        afterNavLinks: ['/src/guide/GuideNavLink#GuideNavLink'],
        // The sign-in page and the nav show the organisation's emblem and name, not Payload's logo.
        graphics: {
          Logo: './src/admin/OrganisationLogo#OrganisationLogo',
          Icon: './src/admin/OrganisationLogo#OrganisationIcon',
        },
      },
    },
    i18n: {
      supportedLanguages: { th, en },
      fallbackLanguage: 'th',
      // Payload's Thai leaves some words in English (and a few keys garbled): src/i18n/adminThai.ts.
      // The app's own admin words (`prongsai:key`): src/i18n/appTranslations.ts.
      translations: { th: { ...adminThai, ...appTranslations.th }, en: appTranslations.en },
    },
    // Drafts save with blank rows: fields required inside a list are required at publish.
    collections: [
      Tenants,
      Organisations,
      ...OIT_COLLECTIONS,
      Users,
      Divisions,
      createMediaCollection({ staticDir: env.mediaDir }),
    ]
      .map(rowsRequiredAtPublish)
      // Two saves of one document one after the other, where the database can lock a row.
      .map(lockRowsOf),
    // No file uploads inside rich text: files go in the documents' own file fields, where the
    // publish gate, the PDF component statements and file visibility (public only while a
    // published document uses it) all see them; an image inside the text would stay private.
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => defaultFeatures.filter((feature) => feature.key !== 'upload'),
    }),
    // SMTP when SMTP_HOST is set; otherwise printed to the console and kept in memory (src/email).
    email: createEmailAdapter(env),
    // Files a stopped process left waiting for a transaction follow what the database committed.
    onInit: async (payload) => {
      await ensureOneOrganisation(payload)
      await recoverPendingFiles(payload)
      if (env.isProduction && !env.serverUrl) {
        payload.logger.warn(
          bilingual(
            'ไม่ได้ตั้ง NEXT_PUBLIC_SERVER_URL (ที่อยู่จริงของเว็บไซต์ เช่น https://www.example.go.th): ระบบจึงตรวจต้นทาง (CSRF) ของคำขอที่ใช้คุกกี้เข้าสู่ระบบไม่ได้ ลิงก์ในไฟล์ ITAS แผนผังเว็บไซต์ และอีเมล ใช้ที่อยู่ที่ผู้ใช้เปิดเข้ามา (การแจ้งเตือนตามกำหนดอาจไม่มีชื่อเว็บไซต์) และผู้ส่งอีเมลเป็นค่าสมมติถ้าไม่ได้ตั้ง EMAIL_FROM',
            'NEXT_PUBLIC_SERVER_URL (the real address of the site, e.g. https://www.example.go.th) is not set: the origin (CSRF) of cookie-signed requests is not checked; links in the ITAS sheet, the sitemap and e-mails use the address each visitor came to (scheduled reminders may lack it); and without EMAIL_FROM the sender is a placeholder',
          ),
        )
      }
    },
    db: databaseAdapter(database, env.isProduction, env.dataDir),
    sharp,
    graphQL: {
      // The schema file is generated on demand (`npm run payload generate:graphQLSchema`).
      disablePlaygroundInProduction: true,
      // Limits checked before anything runs (src/graphql/limits.ts): depth, aliases, root
      // fields, fields with fragments expanded, fragment cycles; then Payload's cost estimate.
      maxComplexity: GRAPHQL_LIMITS.maxComplexity,
      validationRules: () => [graphqlLimitsRule(GRAPHQL_LIMITS)],
    },
    jobs: {
      // Scheduled publishing runs as queued jobs (judged by the publish gate like any save);
      // the queue is run every minute by one instance at a time (instancesPlugin below).
      // Running the queue by hand (`/api/payload-jobs/run`, `/handle-schedules`) and queueing or
      // cancelling through the Local API with a user: platform administrators (the queue holds
      // every organisation's jobs). The in-process runner is the system.
      access: { run: isPlatformAdminRequest, queue: isPlatformAdminRequest, cancel: isPlatformAdminRequest },
    },
    // A save refused because someone else holds the document's lock says so in Thai and English;
    // then every other error a client gets is "ไทย / English", whatever language Payload answered in.
    hooks: { afterError: [lockedMessage, bilingualErrors] },
    plugins: [
      // Bad input is a 400 naming the field, on every collection, before any other hook runs.
      // Dates sent as Thai text ("18/12/2569", "ธันวาคม 69") are read as the admin reads them.
      inputGuardPlugin({ formatMessage: ({ th, en }) => bilingual(th!, en!), readDate: readDateText }),
      oitPlugin({
        // Unset: each link is built on the origin its request came to (shared/siteOrigin.ts).
        siteUrl: env.serverUrl,
        // Daily e-mail of what has fallen due (a month's สขร.1, six-month data) to the division's editors and reviewers.
        reminders: { recipients: divisionRecipients },
        // Documents take their item's division; the admin reassigns items on the divisions.
        divisions: { collection: 'divisions' }, // typed: a slug the config does not have fails to compile
        // Every status, export and reminder keeps to one organisation (src/tenancy).
        // The view across organisations names them and filters by province and kind from the registry.
        organisations: {
          field: ORGANISATION_FIELD,
          of: organisationOfRequest,
          all: allOrganisations,
          describe: describeOrganisations,
          facets: ORGANISATION_FACETS,
          // With several organisations, each one's status links to its own site (its first domain).
          siteHost: siteHostOf,
        },
      }),
      // Prepare → review → publish, with the audit log; before the gate, so that who may
      // publish is asked before whether the document is complete.
      workflowPlugin({
        permissions,
        tasks: taskStates,
        recipients: workflowRecipients,
        formatMessage: ({ th, en }) => bilingual(th, en),
        // Links in e-mails: NEXT_PUBLIC_SERVER_URL, else the origin the step's request came to.
        siteOrigin: (req) => siteOrigin(env.serverUrl, req, { remember: Boolean(req.user) }),
        // Replacing, editing or deleting a file is a change of every document that uses it.
        dependencies: [fileDependency],
        // Payload's button, whose "schedule publish" dialog takes Thai dates with BE years.
        publishButton: { ...ERA_PUBLISH_BUTTON, clientProps: { buddhistLanguages: BUDDHIST_ERA_LANGUAGES } },
        afterCommit: async (req, work) => {
          if (!(await onTransactionEnd(req, { commit: [work] }))) await work()
        },
        audit: {
          read: readAuditLog,
          scopeField: { name: 'division', relationTo: 'divisions' },
          // Each entry belongs to its document's organisation (organisationsPlugin adds the field).
          carryFields: [ORGANISATION_FIELD],
          // The users' read is narrowed to the organisation; its log is too: its administrators read every actor in it.
          readsEveryActor: (req) => hasRole(req.user, 'admin') || isPlatformAdminUser(req.user),
          group: SETTINGS_GROUP,
        },
      }),
      // Rules come from the frameworks the OIT plugin loaded.
      publishGatePlugin({
        disabled: !publishGate,
        formatMessage: ({ th, en }) => bilingual(th!, en!),
        readinessIndexWith: ['fiscalYear', '_status'],
        // A verdict for staff: the public document page leaves it out (FieldsView's `custom.site`).
        readinessFieldCustom: { site: { hidden: true } },
        // The dashboard's incomplete items: the organisation the admin shows, not every one a platform administrator may read.
        dashboardScope: chosenOrganisationScope,
        // The detailed verdict is the editors' (the checklist, the API): visitors neither get it nor pay for it.
        completenessRead: authenticated,
        collections: (config) =>
          oitRuleSets((config.custom as { oit: OitCustomConfig }).oit.frameworks, config.collections ?? []),
      }),
      // A change expires the public site's cached reads of its collection, once committed.
      revalidatePlugin({
        // Not the instances' own signals (a change there is not something the site shows).
        collections: (slug) => slug !== INSTANCE_SIGNALS,
        tagsFor: (slug) => [siteTag(slug)],
        // Other instances hear of it once it commits, and expire the same tags (instancesPlugin).
        share: (req, tags) => signal(req, SITE_EXPIRED, { tags }),
        expire: expireSite,
        afterCommit: async (req, work) => {
          if (!(await onTransactionEnd(req, { commit: [work] }))) work()
        },
      }),
      // Several instances on one database: site expiries reach every instance within a second,
      // and the job queue (scheduled publishing, reminders) runs on one instance per tick.
      instancesPlugin({
        slug: INSTANCE_SIGNALS,
        listeners: { [SITE_EXPIRED]: (data) => expireSite((data as { tags: string[] }).tags) },
        jobs: { cron: env.jobsCron, limit: 20, queue: 'default' },
        // Tests call the rounds themselves: no timers of their own in a test process.
        background: env.nodeEnv !== 'test',
      }),
      uploadVisibilityPlugin(),
      // Many organisations on one deployment: after every plugin that adds an organisation's collection.
      organisationsPlugin({
        scoped: [...OIT_COLLECTIONS.map(({ slug }) => slug), Divisions.slug, 'media', 'audit-log', OIT_SUMMARIES_SLUG],
        onePerOrganisation: [Organisations.slug],
      }),
      // A query through a relationship tests only related documents the caller may read,
      // with `draft=true` and in a sort too (gaps in Payload 3.90.2).
      relatedAccessPlugin({ formatMessage: ({ th, en }) => bilingual(th, en) }),
      // Every uploaded file is served with nosniff, a sandboxing CSP and no shared caching.
      fileResponseHeadersPlugin(),
      // Buddhist-era years wherever the Thai admin shows a date; last, so it sees every date field.
      buddhistEraPlugin({ languages: BUDDHIST_ERA_LANGUAGES }),
    ],
    typescript: {
      outputFile: path.resolve(dirname, 'src/payload-types.ts'),
      // Regenerating types on every boot dirties the tree in tests and CI; dev keeps it handy.
      autoGenerate: env.nodeEnv === 'development',
    },
  })
  // What a client asks for (where, limit, page, depth, ids, routes) is checked before the
  // database sees it: a mistake is a 400, an unknown route a 404. On the built config, so that
  // Payload's own collections (payload-*) are covered too.
  return built.then(guardInternalCollections).then(startAcrossOrganisations).then((config) =>
    guardQueries(config, {
      formatMessage: ({ th, en }) => bilingual(th!, en!),
      unsupportedOperators: unsupportedOperators(database),
      // Renamed in 2026-12 (one word per concept: README, Glossary); clients of the content API may still send them.
      formerFieldNames: { department: 'division', departments: 'divisions' },
    }),
  )
}

export default createConfig()
