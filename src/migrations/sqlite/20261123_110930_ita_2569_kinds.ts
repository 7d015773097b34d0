import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * ITA 2569 (provisional): e-service usage statistics and user guide, the gift rules on a No
 * Gift declaration, the corruption-risk management and ITA-development report kinds, and the
 * ITA score on integrity measures. Only new tables and new nullable columns: nothing existing
 * is rebuilt, so no row can be lost (a rebuild runs in Payload's migration transaction, where
 * SQLite ignores `PRAGMA foreign_keys=OFF`, and `DROP TABLE` would cascade through the foreign
 * keys). New select options (report kinds, PDF component keys) are plain text in SQLite and need
 * no change to the schema.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports_risk_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`area\` text,
  	\`measure\` text,
  	\`result\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_risk_results_order_idx\` ON \`reports_risk_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_risk_results_parent_id_idx\` ON \`reports_risk_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_ita_development_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`status\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_ita_development_actions_order_idx\` ON \`reports_ita_development_actions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_ita_development_actions_parent_id_idx\` ON \`reports_ita_development_actions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_risk_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`area\` text,
  	\`measure\` text,
  	\`result\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_risk_results_order_idx\` ON \`_reports_v_version_risk_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_risk_results_parent_id_idx\` ON \`_reports_v_version_risk_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_ita_development_actions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text,
  	\`status\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_ita_development_actions_order_idx\` ON \`_reports_v_version_ita_development_actions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_ita_development_actions_parent_id_idx\` ON \`_reports_v_version_ita_development_actions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`e_services_usage_statistics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`period\` text,
  	\`requests\` numeric,
  	\`completed\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`e_services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`e_services_usage_statistics_order_idx\` ON \`e_services_usage_statistics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`e_services_usage_statistics_parent_id_idx\` ON \`e_services_usage_statistics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_e_services_v_version_usage_statistics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`period\` text,
  	\`requests\` numeric,
  	\`completed\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_e_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_usage_statistics_order_idx\` ON \`_e_services_v_version_usage_statistics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_usage_statistics_parent_id_idx\` ON \`_e_services_v_version_usage_statistics\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`round\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`ita_development_assessed_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`ita_development_score\` numeric;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`ita_development_issues\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_round\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_ita_development_assessed_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_ita_development_score\` numeric;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_ita_development_issues\` text;`)
  await db.run(sql`ALTER TABLE \`e_services\` ADD \`guide_url\` text;`)
  // Generated without its ON DELETE: added here so that deleting the file empties the field, as
  // on a database built fresh (and as the snapshot records), instead of refusing the delete.
  await db.run(
    sql`ALTER TABLE \`e_services\` ADD \`guide_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`e_services_guide_idx\` ON \`e_services\` (\`guide_id\`);`)
  await db.run(sql`ALTER TABLE \`_e_services_v\` ADD \`version_guide_url\` text;`)
  await db.run(
    sql`ALTER TABLE \`_e_services_v\` ADD \`version_guide_id\` integer REFERENCES media(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_guide_idx\` ON \`_e_services_v\` (\`version_guide_id\`);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`gift_rules_summary\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`gift_rules_activity\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_gift_rules_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_gift_rules_activity\` text;`)
  await db.run(sql`ALTER TABLE \`integrity_measures\` ADD \`ita_score\` numeric;`)
  await db.run(sql`ALTER TABLE \`_integrity_measures_v\` ADD \`version_ita_score\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports_risk_results\`;`)
  await db.run(sql`DROP TABLE \`reports_ita_development_actions\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_risk_results\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_ita_development_actions\`;`)
  await db.run(sql`DROP TABLE \`e_services_usage_statistics\`;`)
  await db.run(sql`DROP TABLE \`_e_services_v_version_usage_statistics\`;`)
  // The generated down rebuilt e_services and _e_services_v to remove the guide columns: that
  // `DROP TABLE e_services` would cascade (foreign keys stay on in the transaction) and cut every
  // version from its document. SQLite drops a column in place once its index is gone.
  await db.run(sql`DROP INDEX \`e_services_guide_idx\`;`)
  await db.run(sql`ALTER TABLE \`e_services\` DROP COLUMN \`guide_id\`;`)
  await db.run(sql`ALTER TABLE \`e_services\` DROP COLUMN \`guide_url\`;`)
  await db.run(sql`DROP INDEX \`_e_services_v_version_version_guide_idx\`;`)
  await db.run(sql`ALTER TABLE \`_e_services_v\` DROP COLUMN \`version_guide_id\`;`)
  await db.run(sql`ALTER TABLE \`_e_services_v\` DROP COLUMN \`version_guide_url\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`round\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`ita_development_assessed_year\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`ita_development_score\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`ita_development_issues\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_round\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_ita_development_assessed_year\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_ita_development_score\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_ita_development_issues\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`gift_rules_summary\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`gift_rules_activity\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_gift_rules_summary\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_gift_rules_activity\`;`)
  await db.run(sql`ALTER TABLE \`integrity_measures\` DROP COLUMN \`ita_score\`;`)
  await db.run(sql`ALTER TABLE \`_integrity_measures_v\` DROP COLUMN \`version_ita_score\`;`)
}
