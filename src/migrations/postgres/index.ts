import * as migration_20261207_122815_initial from './20261207_122815_initial';
import * as migration_20261207_125254_instance_signals from './20261207_125254_instance_signals';
import * as migration_20261207_211955_multi_organisation from './20261207_211955_multi_organisation';
import * as migration_20261208_004412_oit_summaries from './20261208_004412_oit_summaries';
import * as migration_20261208_011600_organisation_first_indexes from './20261208_011600_organisation_first_indexes';

export const migrations = [
  {
    up: migration_20261207_122815_initial.up,
    down: migration_20261207_122815_initial.down,
    name: '20261207_122815_initial',
  },
  {
    up: migration_20261207_125254_instance_signals.up,
    down: migration_20261207_125254_instance_signals.down,
    name: '20261207_125254_instance_signals',
  },
  {
    up: migration_20261207_211955_multi_organisation.up,
    down: migration_20261207_211955_multi_organisation.down,
    name: '20261207_211955_multi_organisation',
  },
  {
    up: migration_20261208_004412_oit_summaries.up,
    down: migration_20261208_004412_oit_summaries.down,
    name: '20261208_004412_oit_summaries',
  },
  {
    up: migration_20261208_011600_organisation_first_indexes.up,
    down: migration_20261208_011600_organisation_first_indexes.down,
    name: '20261208_011600_organisation_first_indexes'
  },
];
