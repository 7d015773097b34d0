/**
 * Prongsai's Payload configuration. This is the only file that knows which database
 * adapter runs: DATABASE_URI=mongodb://… (production) or file:… / unset (embedded SQLite).
 */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { th } from '@payloadcms/translations/languages/th'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Departments } from './collections/Departments'
import { createMediaCollection } from './collections/Media'
import { MAX_UPLOAD_BYTES } from './collections/Media/uploadRules'
import { recoverPendingFiles } from './collections/Media/hooks/filesFollowTransaction'
import { Organisations } from './collections/Organisations'
import { OIT_COLLECTIONS } from './collections/oit'
import { Users } from './collections/Users'
import { buddhistEraPlugin } from './plugins/buddhist-era'
import './plugins/buddhist-era/locale/applyToAdmin'
import { inputGuardPlugin } from './plugins/input-guard'
import { oitPlugin, type OitCustomConfig } from './plugins/oit'
import { oitRuleSets } from './plugins/oit/gate/ruleSets'
import { publishGatePlugin } from './plugins/publish-gate'
import { revalidatePlugin } from './plugins/revalidate'
import { uploadVisibilityPlugin } from './plugins/upload-visibility'
import { workflowPlugin } from './plugins/workflow'
import { type AppEnv, loadEnvOrExit, parseEnv, resolvePayloadSecret } from './src/env'
import { bilingual } from './src/lib/bilingual'
import { checkMongoTransactions } from './src/db/checkMongoTransactions'
import { createEmailAdapter } from './src/email'
import { divisionRecipients } from './src/workflow/divisionRecipients'
import { serializeTransactions } from './src/db/serializeTransactions'
import { onTransactionEnd, withTransactionEvents } from './src/db/transactionEvents'
import { migrations as sqliteMigrations } from './src/migrations/sqlite'
import { expireSite, siteTag } from './src/site/cache'
import { fileResponseHeadersPlugin } from './src/security/fileResponseHeaders'
import { siteOrigins } from './src/security/origins'
import { readAuditLog } from './src/access/readAuditLog'
import { permissions, taskStates } from './src/workflow/permissions'
import { workflowRecipients } from './src/workflow/recipients'
import { SETTINGS_GROUP } from './collections/groups'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = loadEnvOrExit()

function databaseAdapter(database: AppEnv['database'], isProduction: boolean) {
  if (database.kind === 'mongodb') {
    // Transactions need a replica set: production refuses to start without one.
    return withTransactionEvents(
      mongooseAdapter({ url: database.uri, afterOpenConnection: checkMongoTransactions(isProduction) }),
    )
  }
  const file = database.uri.slice('file:'.length)
  if (file && !file.startsWith(':')) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  // Every write runs in a transaction (Payload's SQLite adapter has none unless
  // transactionOptions is set), one at a time: see src/db/serializeTransactions.ts.
  // WAL lets readers, and `npm run backup` from another process, work while a save runs.
  // Outermost: the lock is released only after the files have followed the transaction.
  return serializeTransactions(
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
}

export interface ConfigOptions {
  /** Include the publish gate (the benchmark builds a config without it). @default true */
  publishGate?: boolean
  /** Use this database instead of DATABASE_URI (the benchmark runs two instances side by side). */
  databaseUri?: string
}

export function createConfig({ publishGate = true, databaseUri }: ConfigOptions = {}) {
  const database = databaseUri ? parseEnv({ ...process.env, DATABASE_URI: databaseUri }).database : env.database
  return buildConfig({
    secret: resolvePayloadSecret(env),
    serverURL: env.serverUrl,
    // The sign-in cookie counts, and scripts may read answers, only from the site's own origin(s).
    // Payload's own multipart parser stops at 20 MB; our largest rule (scanned PDFs) is larger.
    upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
    cors: siteOrigins(env),
    csrf: siteOrigins(env),
    telemetry: false,
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
    },
    i18n: {
      supportedLanguages: { th, en },
      fallbackLanguage: 'th',
    },
    collections: [
      Organisations,
      ...OIT_COLLECTIONS,
      Users,
      Departments,
      createMediaCollection({ staticDir: env.mediaDir }),
    ],
    // No file uploads inside rich text: files go in the documents' own file fields, where the
    // publish gate, the PDF component statements and file visibility (public only while a
    // published document uses it) all see them; an image inside the text would stay private.
    editor: lexicalEditor({
      features: ({ defaultFeatures }) => defaultFeatures.filter((feature) => feature.key !== 'upload'),
    }),
    // SMTP when SMTP_HOST is set; otherwise printed to the console and kept in memory (src/email).
    email: createEmailAdapter(env),
    // Files a stopped process left aside in the middle of a delete go back where they were.
    onInit: async (payload) => {
      await recoverPendingFiles(env.mediaDir, payload)
      if (env.isProduction && !env.serverUrl) {
        payload.logger.warn(
          bilingual(
            'ไม่ได้ตั้ง NEXT_PUBLIC_SERVER_URL: ระบบจึงตรวจต้นทาง (CSRF) ของคำขอที่ใช้คุกกี้เข้าสู่ระบบไม่ได้ และลิงก์ในอีเมลไม่มีชื่อเว็บไซต์',
            'NEXT_PUBLIC_SERVER_URL is not set: the origin (CSRF) of cookie-signed requests is not checked and e-mailed links lack the site address',
          ),
        )
      }
    },
    db: databaseAdapter(database, env.isProduction),
    sharp,
    graphQL: {
      // The schema file is generated on demand (`npm run payload generate:graphQLSchema`).
      disablePlaygroundInProduction: true,
    },
    jobs: {
      // Scheduled publishing runs as queued jobs (judged by the publish gate like any save):
      // check the queue every minute while the app runs. Not in tests: no stray timers.
      autoRun: env.nodeEnv === 'test' ? undefined : [{ cron: '* * * * *', limit: 20, queue: 'default' }],
    },
    plugins: [
      // Bad input is a 400 naming the field, on every collection, before any other hook runs.
      inputGuardPlugin({ formatMessage: ({ th, en }) => bilingual(th!, en!) }),
      oitPlugin({
        frameworksDir: path.resolve(dirname, 'plugins/oit/frameworks'),
        siteUrl: env.serverUrl ?? `http://localhost:${env.port}`,
        // Daily e-mail of what has fallen due (a month's สขร.1, six-month data) to the division's editors and reviewers.
        reminders: { recipients: divisionRecipients },
        // Documents take their item's division; the admin reassigns items on the divisions.
        divisions: { collection: Departments.slug },
      }),
      // Prepare → review → publish, with the audit log; before the gate, so that who may
      // publish is asked before whether the document is complete.
      workflowPlugin({
        permissions,
        tasks: taskStates,
        recipients: workflowRecipients,
        formatMessage: ({ th, en }) => bilingual(th, en),
        afterCommit: async (req, work) => {
          if (!(await onTransactionEnd(req, { commit: [work] }))) await work()
        },
        audit: {
          read: readAuditLog,
          scopeField: { name: 'department', relationTo: 'departments' },
          group: SETTINGS_GROUP,
        },
      }),
      // Rules come from the frameworks the OIT plugin loaded.
      publishGatePlugin({
        disabled: !publishGate,
        readinessIndexWith: ['fiscalYear', '_status'],
        collections: (config) =>
          oitRuleSets((config.custom as { oit: OitCustomConfig }).oit.frameworks, config.collections ?? []),
      }),
      // A change expires the public site's cached reads of its collection, once committed.
      revalidatePlugin({
        tagsFor: (slug) => [siteTag(slug)],
        expire: expireSite,
        afterCommit: async (req, work) => {
          if (!(await onTransactionEnd(req, { commit: [work] }))) work()
        },
      }),
      uploadVisibilityPlugin(),
      // Every uploaded file is served with nosniff, a sandboxing CSP and no shared caching.
      fileResponseHeadersPlugin(),
      // Buddhist-era years wherever the Thai admin shows a date; last, so it sees every date field.
      buddhistEraPlugin({ languages: ['th'] }),
    ],
    typescript: {
      outputFile: path.resolve(dirname, 'src/payload-types.ts'),
      // Regenerating types on every boot dirties the tree in tests and CI; dev keeps it handy.
      autoGenerate: env.nodeEnv === 'development',
    },
  })
}

export default createConfig()
