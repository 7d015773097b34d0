import type { GlobalConfig } from 'payload'

import type { GateSettings } from '../defaults'
import { gateGlobalSave } from '../hooks/gateOnSave'
import type { RuleSet } from '../rules/schema'
import { gateFor } from './gateEntity'

/** One global with the gate's fields and save hook (unchanged if not gated). */
export function gateGlobal(global: GlobalConfig, sets: RuleSet[] | undefined, settings: GateSettings): GlobalConfig {
  if (!sets) return global
  const gate = gateFor(global, sets, settings)
  return {
    ...global,
    fields: gate.fields,
    hooks: { ...global.hooks, beforeChange: [...(global.hooks?.beforeChange ?? []), gateGlobalSave(gate.save)] },
  } satisfies GlobalConfig
}
