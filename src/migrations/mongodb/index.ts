import * as migration_20261207_070000_division_rename from './20261207_070000_division_rename'

/** MongoDB's migrations, run at start-up in production (`prodMigrations`). */
export const migrations = [
  {
    up: migration_20261207_070000_division_rename.up,
    down: migration_20261207_070000_division_rename.down,
    name: '20261207_070000_division_rename',
  },
]
