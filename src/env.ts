/**
 * Environment of the app, validated with zod at start-up. Every variable the app
 * reads is listed here (and in the README); anything wrong stops start-up with one
 * line in Thai and English, instead of a stack trace from deep inside Payload.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Cron } from 'croner'
import { z } from 'zod'

/** Start-up configuration error: its message is the one line shown to the operator. */
export class EnvError extends Error {
  override name = 'EnvError'
}

/** What each DATABASE_URI scheme selects (payload.config.ts picks the adapter from the kind). */
const DATABASE_SCHEMES = {
  'postgres://': 'postgres',
  'postgresql://': 'postgres',
  'mongodb://': 'mongodb',
  'mongodb+srv://': 'mongodb',
  'file:': 'sqlite',
} as const satisfies Record<string, DatabaseKind>

/** The kind of database a URI names, or undefined for a scheme the app does not know. */
function databaseKind(uri: string): DatabaseKind | undefined {
  const scheme = (Object.keys(DATABASE_SCHEMES) as (keyof typeof DATABASE_SCHEMES)[]).find((s) => uri.startsWith(s))
  return scheme && DATABASE_SCHEMES[scheme]
}

/** A host name (smtp.example.go.th) or an IPv4/IPv6 address: no scheme, no port, no spaces. */
const SMTP_HOST_PATTERN =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:]+\]?)$/

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, '1': true, '0': false, yes: true, no: false }

/** Name shown as the sender when EMAIL_FROM_NAME is unset. */
export const DEFAULT_EMAIL_FROM_NAME = 'โปร่งใส Prongsai'

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEXT_PHASE: optionalText,
  DATABASE_URI: optionalText.refine((v) => v === undefined || databaseKind(v) !== undefined, {
    message: `DATABASE_URI ต้องขึ้นต้นด้วย postgres://, postgresql://, mongodb://, mongodb+srv:// หรือ file: / DATABASE_URI must start with postgres://, postgresql://, mongodb://, mongodb+srv:// or file:`,
  }),
  PAYLOAD_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, {
    message: 'PAYLOAD_SECRET ต้องยาวอย่างน้อย 16 ตัวอักษร / PAYLOAD_SECRET must be at least 16 characters long',
  }),
  DATA_DIR: optionalText,
  MEDIA_DIR: optionalText,
  NEXT_PUBLIC_SERVER_URL: optionalText.pipe(
    z
      .url({
        message:
          'NEXT_PUBLIC_SERVER_URL ต้องเป็น URL เช่น https://www.example.go.th / NEXT_PUBLIC_SERVER_URL must be a URL such as https://www.example.go.th',
      })
      .optional(),
  ),
  PORT: optionalText
    .refine((v) => v === undefined || (/^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65535), {
      message: 'PORT ต้องเป็นตัวเลข 1–65535 / PORT must be a number from 1 to 65535',
    })
    .transform((v) => (v === undefined ? undefined : Number(v))),
  // How many server processes `npm start` runs (src/server/processCount.ts).
  WEB_CONCURRENCY: optionalText
    .refine((v) => v === undefined || (/^\d{1,3}$/.test(v) && Number(v) >= 1), {
      message: 'WEB_CONCURRENCY ต้องเป็นจำนวนเต็มตั้งแต่ 1 / WEB_CONCURRENCY must be a whole number from 1',
    })
    .transform((v) => (v === undefined ? undefined : Number(v))),
  // Read by src/site/cache-handler.mjs (loaded by Next.js on its own); checked here so a typo stops start-up.
  SITE_CACHE_MAX_ENTRIES: optionalText.refine((v) => v === undefined || /^\d{1,7}$/.test(v), {
    message: 'SITE_CACHE_MAX_ENTRIES ต้องเป็นจำนวนเต็มตั้งแต่ 0 / SITE_CACHE_MAX_ENTRIES must be a whole number from 0',
  }),
  SEED_ADMIN_EMAIL: optionalText.pipe(
    z.email({ message: 'SEED_ADMIN_EMAIL ต้องเป็นอีเมล / SEED_ADMIN_EMAIL must be an e-mail address' }).optional(),
  ),
  // The full password policy (collections/Users/hooks/passwordPolicy.ts) applies when the seed creates the account.
  SEED_ADMIN_PASSWORD: optionalText.refine((v) => v === undefined || [...v].length >= 12, {
    message: 'SEED_ADMIN_PASSWORD ต้องยาวอย่างน้อย 12 ตัวอักษร / SEED_ADMIN_PASSWORD must be at least 12 characters long',
  }),
  // Open reading of every division's unpublished documents to all staff (editing stays per division).
  STAFF_READ_ALL_DIVISIONS: optionalText.refine((v) => v === undefined || v === 'true' || v === 'false', {
    message: 'STAFF_READ_ALL_DIVISIONS ต้องเป็น true หรือ false / STAFF_READ_ALL_DIVISIONS must be true or false',
  }),
  // E-mail (src/email): SMTP when SMTP_HOST is set, otherwise printed to the console.
  SMTP_HOST: optionalText.refine((v) => v === undefined || SMTP_HOST_PATTERN.test(v), {
    message:
      'SMTP_HOST ต้องเป็นชื่อเครื่องหรือ IP เช่น smtp.example.go.th (ไม่ต้องมี smtp:// หรือพอร์ต) / SMTP_HOST must be a host name or IP such as smtp.example.go.th (no smtp:// and no port)',
  }),
  SMTP_PORT: optionalText
    .refine((v) => v === undefined || (/^\d{1,5}$/.test(v) && Number(v) >= 1 && Number(v) <= 65535), {
      message: 'SMTP_PORT ต้องเป็นตัวเลข 1–65535 เช่น 587 / SMTP_PORT must be a number from 1 to 65535, e.g. 587',
    })
    .transform((v) => (v === undefined ? undefined : Number(v))),
  SMTP_USER: optionalText,
  // Not trimmed: a password is taken exactly as written (an empty one is unset).
  SMTP_PASS: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined)),
  SMTP_SECURE: optionalText
    .refine((v) => v === undefined || v.toLowerCase() in BOOLEAN_WORDS, {
      message:
        'SMTP_SECURE ต้องเป็น true หรือ false (true = TLS ตั้งแต่เริ่ม พอร์ต 465) / SMTP_SECURE must be true or false (true = TLS from the start, port 465)',
    })
    .transform((v) => (v === undefined ? undefined : BOOLEAN_WORDS[v.toLowerCase()])),
  EMAIL_FROM: optionalText.pipe(
    z
      .email({
        message:
          'EMAIL_FROM ต้องเป็นอีเมล เช่น no-reply@example.go.th / EMAIL_FROM must be an e-mail address such as no-reply@example.go.th',
      })
      .optional(),
  ),
  JOBS_CRON: optionalText.refine((v) => v === undefined || isCronPattern(v), {
    message:
      'JOBS_CRON ต้องเป็นรูปแบบ cron เช่น "* * * * *" (ทุกนาที) / JOBS_CRON must be a cron pattern such as "* * * * *" (every minute)',
  }),
  EMAIL_FROM_NAME: optionalText.refine((v) => v === undefined || !/[\r\n"<>]/.test(v), {
    message: 'EMAIL_FROM_NAME ต้องเป็นข้อความบรรทัดเดียว ไม่มี " < > / EMAIL_FROM_NAME must be one line, without " < >',
  }),
})

/** A pattern croner (Payload's scheduler) reads: five fields, or six with seconds first. */
function isCronPattern(value: string): boolean {
  try {
    new Cron(value, { paused: true }).stop()
    return true
  } catch {
    return false
  }
}

/** Where variables are read from: `process.env`, or a plain object in tests. */
export type EnvSource = Record<string, string | undefined>

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export interface AppEnv {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  /** Which database the URI names, and the URI itself (a `file:` URL for SQLite, `postgres://…` for PostgreSQL). */
  database: { kind: DatabaseKind; uri: string }
  /** Folder of the embedded database, the generated development secret and uploads. */
  dataDir: string
  mediaDir: string
  /** Undefined when it must be generated (development) — see {@link resolvePayloadSecret}. */
  payloadSecret: string | undefined
  serverUrl: string | undefined
  port: number
  /** Server processes `npm start` was asked for (WEB_CONCURRENCY); unset: see src/server/processCount.ts. */
  processes: number | undefined
  seedAdminEmail: string | undefined
  seedAdminPassword: string | undefined
  /** Every staff member reads every division's unpublished documents. */
  staffReadAllDivisions: boolean
  /** When the job queue (scheduled publishing, reminders) runs: JOBS_CRON, every minute by default. */
  jobsCron: string
  email: EmailEnv
}

/** Where e-mail goes (see src/email): an SMTP server, or the console when there is none. */
export interface EmailEnv {
  /** Sender of every message (EMAIL_FROM, EMAIL_FROM_NAME). */
  from: { address: string; name: string }
  /** SMTP server (SMTP_HOST, …); undefined: messages are printed to the console and kept in memory. */
  smtp: SmtpEnv | undefined
}

export interface SmtpEnv {
  host: string
  /** @default 465 when secure, else 587 */
  port: number
  /** TLS from the first byte (port 465); false: plain, upgraded by STARTTLS when the server offers it. */
  secure: boolean
  /** Both SMTP_USER and SMTP_PASS, or neither (a relay that needs no login). */
  auth: { user: string; pass: string } | undefined
}

/** Parses and checks the environment. Pure: touches no file. Throws {@link EnvError}. */
export function parseEnv(source: EnvSource = process.env, cwd = process.cwd()): AppEnv {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new EnvError(issue.message)
  }
  const env = result.data
  const isProduction = env.NODE_ENV === 'production'
  // `next build` runs with NODE_ENV=production but signs no token: the secret is only needed by `next start`.
  const isBuildPhase = env.NEXT_PHASE === 'phase-production-build'
  if (isProduction && !isBuildPhase && !env.PAYLOAD_SECRET) {
    throw new EnvError('ต้องตั้ง PAYLOAD_SECRET เมื่อใช้งานจริง (production) / PAYLOAD_SECRET is required in production')
  }
  const email = emailEnv(env)
  const dataDir = path.resolve(cwd, env.DATA_DIR ?? 'data')
  const uri = env.DATABASE_URI ?? `file:${path.join(dataDir, 'prongsai.db')}`
  return {
    nodeEnv: env.NODE_ENV,
    isProduction,
    database: { kind: databaseKind(uri)!, uri },
    dataDir,
    mediaDir: path.resolve(cwd, env.MEDIA_DIR ?? path.join(dataDir, 'media')),
    payloadSecret: env.PAYLOAD_SECRET ?? (isBuildPhase ? 'build-phase-placeholder-never-used' : undefined),
    serverUrl: env.NEXT_PUBLIC_SERVER_URL,
    port: env.PORT ?? 3000,
    processes: env.WEB_CONCURRENCY,
    seedAdminEmail: env.SEED_ADMIN_EMAIL,
    seedAdminPassword: env.SEED_ADMIN_PASSWORD,
    staffReadAllDivisions: env.STAFF_READ_ALL_DIVISIONS === 'true',
    jobsCron: env.JOBS_CRON ?? '* * * * *',
    email,
  }
}

/** Sender when EMAIL_FROM is unset and no SMTP server is used (src/email only prints then). */
export const FALLBACK_EMAIL_FROM = 'no-reply@prongsai.invalid'

/**
 * `no-reply@` the site's own domain (`https://www.example.go.th` → `no-reply@example.go.th`);
 * without a site address, or on an IP address or a name without a dot: {@link FALLBACK_EMAIL_FROM}
 * (`.invalid` is reserved: never a real mailbox, never someone else's).
 */
export function defaultSender(serverUrl: string | undefined): string {
  let host: string | undefined
  try {
    host = serverUrl ? new URL(serverUrl).hostname.toLowerCase() : undefined
  } catch {
    host = undefined
  }
  if (!host || !host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return FALLBACK_EMAIL_FROM
  return `no-reply@${host.replace(/^www\./, '')}`
}

/** The e-mail settings: all of SMTP or none of it, and a sender the server will accept. */
function emailEnv(env: z.infer<typeof envSchema>): EmailEnv {
  const name = env.EMAIL_FROM_NAME ?? DEFAULT_EMAIL_FROM_NAME
  if (!env.SMTP_HOST) {
    const stray = (['SMTP_PORT', 'SMTP_USER', 'SMTP_PASS', 'SMTP_SECURE'] as const).find(
      (key) => env[key] !== undefined,
    )
    if (stray) {
      throw new EnvError(
        `ตั้ง ${stray} ไว้แต่ไม่มี SMTP_HOST: ต้องตั้ง SMTP_HOST ด้วย หรือลบ ${stray} ออก / ${stray} is set but SMTP_HOST is not: set SMTP_HOST too, or remove ${stray}`,
      )
    }
    return { from: { address: env.EMAIL_FROM ?? defaultSender(env.NEXT_PUBLIC_SERVER_URL), name }, smtp: undefined }
  }
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASS)) {
    throw new EnvError(
      'ต้องตั้ง SMTP_USER และ SMTP_PASS คู่กัน (หรือไม่ตั้งทั้งสองค่าถ้าเซิร์ฟเวอร์ไม่ต้องล็อกอิน) / SMTP_USER and SMTP_PASS go together (or neither, for a server that needs no login)',
    )
  }
  // Most servers refuse a sender other than the account: the login name is the fallback.
  const address =
    env.EMAIL_FROM ?? (env.SMTP_USER && z.email().safeParse(env.SMTP_USER).success ? env.SMTP_USER : undefined)
  if (!address) {
    throw new EnvError(
      'ต้องตั้ง EMAIL_FROM (อีเมลผู้ส่ง) เมื่อส่งอีเมลผ่าน SMTP / EMAIL_FROM (the sender address) is required when sending through SMTP',
    )
  }
  const secure = env.SMTP_SECURE ?? env.SMTP_PORT === 465
  return {
    from: { address, name },
    smtp: {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT ?? (secure ? 465 : 587),
      secure,
      auth: env.SMTP_USER && env.SMTP_PASS ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
    },
  }
}

/**
 * The secret Payload signs tokens with. In development a random one is generated once
 * and kept in `<dataDir>/.payload-secret`, so logins survive restarts without setup.
 */
export function resolvePayloadSecret(env: AppEnv): string {
  if (env.payloadSecret) return env.payloadSecret
  const file = path.join(env.dataDir, '.payload-secret')
  if (fs.existsSync(file)) {
    const kept = fs.readFileSync(file, 'utf8').trim()
    if (kept.length >= 16) return kept
  }
  const secret = randomBytes(32).toString('hex')
  // The folder and the secret are the app user's only (see src/db/ownerOnlyFiles.ts).
  fs.mkdirSync(env.dataDir, { recursive: true, mode: 0o700 })
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** parseEnv for start-up: a bad environment prints one line and exits non-zero. */
export function loadEnvOrExit(source: EnvSource = process.env): AppEnv {
  try {
    return parseEnv(source)
  } catch (error) {
    if (error instanceof EnvError) {
      // Synchronous write: a piped stderr could otherwise lose the line when we exit.
      fs.writeSync(2, `[prongsai] ${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}
