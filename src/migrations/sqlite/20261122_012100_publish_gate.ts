import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`organisations_readiness_idx\` ON \`organisations\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_readiness_idx\` ON \`_organisations_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`executives\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`executives_readiness_idx\` ON \`executives\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_executives_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_readiness_idx\` ON \`_executives_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`laws\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`laws_readiness_idx\` ON \`laws\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_laws_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_readiness_idx\` ON \`_laws_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`news_readiness_idx\` ON \`news\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_readiness_idx\` ON \`_news_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`plans_readiness_idx\` ON \`plans\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_readiness_idx\` ON \`_plans_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`reports_readiness_idx\` ON \`reports\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_readiness_idx\` ON \`_reports_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`manuals\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`manuals_readiness_idx\` ON \`manuals\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_manuals_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_readiness_idx\` ON \`_manuals_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`statistics\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`statistics_readiness_idx\` ON \`statistics\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_statistics_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_readiness_idx\` ON \`_statistics_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`e_services\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`e_services_readiness_idx\` ON \`e_services\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_e_services_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_readiness_idx\` ON \`_e_services_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`procurement_announcements\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_readiness_idx\` ON \`procurement_announcements\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_procurement_announcements_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_readiness_idx\` ON \`_procurement_announcements_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`procurement_monthly\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_readiness_idx\` ON \`procurement_monthly\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_procurement_monthly_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_readiness_idx\` ON \`_procurement_monthly_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`policies_readiness_idx\` ON \`policies\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_readiness_idx\` ON \`_policies_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`activities_readiness_idx\` ON \`activities\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_readiness_idx\` ON \`_activities_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`risk_assessments\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`risk_assessments_readiness_idx\` ON \`risk_assessments\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_risk_assessments_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_readiness_idx\` ON \`_risk_assessments_v\` (\`version_readiness\`);`)
  await db.run(sql`ALTER TABLE \`integrity_measures\` ADD \`readiness\` text;`)
  await db.run(sql`CREATE INDEX \`integrity_measures_readiness_idx\` ON \`integrity_measures\` (\`readiness\`);`)
  await db.run(sql`ALTER TABLE \`_integrity_measures_v\` ADD \`version_readiness\` text;`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_readiness_idx\` ON \`_integrity_measures_v\` (\`version_readiness\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP INDEX \`organisations_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_organisations_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`executives_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`executives\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_executives_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_executives_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`laws_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`laws\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_laws_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_laws_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`news_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`plans_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`plans\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_plans_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_plans_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`reports_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`manuals_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`manuals\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_manuals_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_manuals_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`statistics_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`statistics\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_statistics_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_statistics_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`e_services_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`e_services\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_e_services_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_e_services_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`procurement_announcements_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`procurement_announcements\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_procurement_announcements_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procurement_announcements_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`procurement_monthly_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`procurement_monthly\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_procurement_monthly_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procurement_monthly_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`policies_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_policies_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`activities_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`activities\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_activities_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_activities_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`risk_assessments_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`risk_assessments\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_risk_assessments_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_risk_assessments_v\` DROP COLUMN \`version_readiness\`;`)
  await db.run(sql`DROP INDEX \`integrity_measures_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`integrity_measures\` DROP COLUMN \`readiness\`;`)
  await db.run(sql`DROP INDEX \`_integrity_measures_v_version_version_readiness_idx\`;`)
  await db.run(sql`ALTER TABLE \`_integrity_measures_v\` DROP COLUMN \`version_readiness\`;`)
}
