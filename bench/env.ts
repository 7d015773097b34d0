/** Imported first by the benchmark: its environment is set before the config evaluates. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const BENCH_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'prongsai-bench-'))

Object.assign(process.env, {
  NODE_ENV: 'test',
  DATA_DIR: BENCH_DIR,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-secret-0123456789abcdef',
  // Payload skips a dev schema push that looks like the previous one in this process;
  // the second instance has its own fresh database and needs its push.
  PAYLOAD_FORCE_DRIZZLE_PUSH: 'true',
  // Timed as production runs it: without the development guard on organisation reads.
  ORGANISATION_GUARD: '0',
})
