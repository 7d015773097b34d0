/**
 * Runs a TypeScript file in a child process with tsx, as `npm run seed` and the app's
 * scripts do. On Node 20, tsx's module loading occasionally never settles and Node exits
 * with code 13 and no output at all (nodejs/node#60380; seen about 3 times in 90 starts
 * under load): such a start, and only such a start, is tried again, at most twice.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from 'node:child_process'
import path from 'node:path'

const bin = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx')

export const silentLoaderExit = (result: SpawnSyncReturns<string>): boolean =>
  result.status === 13 && !result.stdout?.trim() && !result.stderr?.trim()

export function runTsx(args: string[], options: SpawnSyncOptionsWithStringEncoding): SpawnSyncReturns<string> {
  let result = spawnSync(bin, args, options)
  for (let retry = 0; retry < 2 && silentLoaderExit(result); retry++) result = spawnSync(bin, args, options)
  return result
}
