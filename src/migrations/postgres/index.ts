import * as migration_20261207_122815_initial from './20261207_122815_initial';

export const migrations = [
  {
    up: migration_20261207_122815_initial.up,
    down: migration_20261207_122815_initial.down,
    name: '20261207_122815_initial'
  },
];
