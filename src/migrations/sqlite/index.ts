import * as migration_20261122_005037_initial from './20261122_005037_initial';
import * as migration_20261122_012100_publish_gate from './20261122_012100_publish_gate';
import * as migration_20261123_060205_status_indexes from './20261123_060205_status_indexes';
import * as migration_20261123_060847_organisation_logo_website from './20261123_060847_organisation_logo_website';
import * as migration_20261123_081554_workflow_audit_trash from './20261123_081554_workflow_audit_trash';
import * as migration_20261123_110930_ita_2569_kinds from './20261123_110930_ita_2569_kinds';
import * as migration_20261207_070000_division_rename from './20261207_070000_division_rename';
import * as migration_20261207_123237_instance_signals from './20261207_123237_instance_signals';
import * as migration_20261207_211906_multi_organisation from './20261207_211906_multi_organisation';
import * as migration_20261208_004333_oit_summaries from './20261208_004333_oit_summaries';
import * as migration_20261208_011545_organisation_first_indexes from './20261208_011545_organisation_first_indexes';

export const migrations = [
  {
    up: migration_20261122_005037_initial.up,
    down: migration_20261122_005037_initial.down,
    name: '20261122_005037_initial',
  },
  {
    up: migration_20261122_012100_publish_gate.up,
    down: migration_20261122_012100_publish_gate.down,
    name: '20261122_012100_publish_gate',
  },
  {
    up: migration_20261123_060205_status_indexes.up,
    down: migration_20261123_060205_status_indexes.down,
    name: '20261123_060205_status_indexes',
  },
  {
    up: migration_20261123_060847_organisation_logo_website.up,
    down: migration_20261123_060847_organisation_logo_website.down,
    name: '20261123_060847_organisation_logo_website',
  },
  {
    up: migration_20261123_081554_workflow_audit_trash.up,
    down: migration_20261123_081554_workflow_audit_trash.down,
    name: '20261123_081554_workflow_audit_trash',
  },
  {
    up: migration_20261123_110930_ita_2569_kinds.up,
    down: migration_20261123_110930_ita_2569_kinds.down,
    name: '20261123_110930_ita_2569_kinds',
  },
  {
    up: migration_20261207_070000_division_rename.up,
    down: migration_20261207_070000_division_rename.down,
    name: '20261207_070000_division_rename',
  },
  {
    up: migration_20261207_123237_instance_signals.up,
    down: migration_20261207_123237_instance_signals.down,
    name: '20261207_123237_instance_signals',
  },
  {
    up: migration_20261207_211906_multi_organisation.up,
    down: migration_20261207_211906_multi_organisation.down,
    name: '20261207_211906_multi_organisation',
  },
  {
    up: migration_20261208_004333_oit_summaries.up,
    down: migration_20261208_004333_oit_summaries.down,
    name: '20261208_004333_oit_summaries',
  },
  {
    up: migration_20261208_011545_organisation_first_indexes.up,
    down: migration_20261208_011545_organisation_first_indexes.down,
    name: '20261208_011545_organisation_first_indexes'
  },
];
