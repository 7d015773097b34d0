/**
 * Environment of the app, validated with zod at start-up. Every variable the app
 * reads is listed here (and in the README); anything wrong stops start-up with one
 * line in Thai and English, instead of a stack trace from deep inside Payload.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** Start-up configuration error: its message is the one line shown to the operator. */
export class EnvError extends Error {
  override name = 'EnvError'
}

const DATABASE_SCHEMES = ['mongodb://', 'mongodb+srv://', 'file:'] as const

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEXT_PHASE: optionalText,
  DATABASE_URI: optionalText.refine(
    (v) => v === undefined || DATABASE_SCHEMES.some((scheme) => v.startsWith(scheme)),
    {
      message: `DATABASE_URI ต้องขึ้นต้นด้วย mongodb://, mongodb+srv:// หรือ file: / DATABASE_URI must start with mongodb://, mongodb+srv:// or file:`,
    },
  ),
  PAYLOAD_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, {
    message:
      'PAYLOAD_SECRET ต้องยาวอย่างน้อย 16 ตัวอักษร / PAYLOAD_SECRET must be at least 16 characters long',
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
  // Read by src/site/cache-handler.mjs (loaded by Next.js on its own); checked here so a typo stops start-up.
  SITE_CACHE_MAX_ENTRIES: optionalText.refine((v) => v === undefined || /^\d{1,7}$/.test(v), {
    message:
      'SITE_CACHE_MAX_ENTRIES ต้องเป็นจำนวนเต็มตั้งแต่ 0 / SITE_CACHE_MAX_ENTRIES must be a whole number from 0',
  }),
  SEED_ADMIN_EMAIL: optionalText.pipe(
    z
      .email({ message: 'SEED_ADMIN_EMAIL ต้องเป็นอีเมล / SEED_ADMIN_EMAIL must be an e-mail address' })
      .optional(),
  ),
  SEED_ADMIN_PASSWORD: optionalText.refine((v) => v === undefined || v.length >= 8, {
    message:
      'SEED_ADMIN_PASSWORD ต้องยาวอย่างน้อย 8 ตัวอักษร / SEED_ADMIN_PASSWORD must be at least 8 characters long',
  }),
})

/** Where variables are read from: `process.env`, or a plain object in tests. */
export type EnvSource = Record<string, string | undefined>

export type DatabaseKind = 'mongodb' | 'sqlite'

export interface AppEnv {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  /** Which database the URI names, and the URI itself (a `file:` URL for SQLite). */
  database: { kind: DatabaseKind; uri: string }
  /** Folder of the embedded database, the generated development secret and uploads. */
  dataDir: string
  mediaDir: string
  /** Undefined when it must be generated (development) — see {@link resolvePayloadSecret}. */
  payloadSecret: string | undefined
  serverUrl: string | undefined
  port: number
  seedAdminEmail: string | undefined
  seedAdminPassword: string | undefined
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
    throw new EnvError(
      'ต้องตั้ง PAYLOAD_SECRET เมื่อใช้งานจริง (production) / PAYLOAD_SECRET is required in production',
    )
  }
  const dataDir = path.resolve(cwd, env.DATA_DIR ?? 'data')
  const uri = env.DATABASE_URI ?? `file:${path.join(dataDir, 'prongsai.db')}`
  return {
    nodeEnv: env.NODE_ENV,
    isProduction,
    database: { kind: uri.startsWith('file:') ? 'sqlite' : 'mongodb', uri },
    dataDir,
    mediaDir: path.resolve(cwd, env.MEDIA_DIR ?? path.join(dataDir, 'media')),
    payloadSecret: env.PAYLOAD_SECRET ?? (isBuildPhase ? 'build-phase-placeholder-never-used' : undefined),
    serverUrl: env.NEXT_PUBLIC_SERVER_URL,
    port: env.PORT ?? 3000,
    seedAdminEmail: env.SEED_ADMIN_EMAIL,
    seedAdminPassword: env.SEED_ADMIN_PASSWORD,
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
  fs.mkdirSync(env.dataDir, { recursive: true })
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
