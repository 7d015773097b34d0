import * as migration_20261207_122815_initial from './20261207_122815_initial';
import * as migration_20261207_125254_instance_signals from './20261207_125254_instance_signals';
import * as migration_20261207_211955_multi_organisation from './20261207_211955_multi_organisation';

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
    name: '20261207_211955_multi_organisation'
  },
];
