/** Imported first by seed/run.ts: .env is read before the config module evaluates. */
import { loadEnv } from 'payload/node'

loadEnv()
process.env.DISABLE_PAYLOAD_HMR = 'true'
