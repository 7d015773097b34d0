import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`oit_summaries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`year\` numeric NOT NULL,
  	\`counts\` text NOT NULL,
  	\`total\` numeric NOT NULL,
  	\`progress\` numeric NOT NULL,
  	\`items\` text NOT NULL,
  	\`last_published_at\` text,
  	\`computed_at\` text NOT NULL,
  	\`changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`oit_summaries_tenant_idx\` ON \`oit_summaries\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`oit_summaries_year_idx\` ON \`oit_summaries\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`oit_summaries_updated_at_idx\` ON \`oit_summaries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`oit_summaries_created_at_idx\` ON \`oit_summaries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_year_idx\` ON \`oit_summaries\` (\`tenant_id\`,\`year\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`oit_summaries_id\` integer REFERENCES oit_summaries(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_oit_summaries_id_idx\` ON \`payload_locked_documents_rels\` (\`oit_summaries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`oit_summaries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`tenants_id\` integer,
  	\`organisations_id\` integer,
  	\`executives_id\` integer,
  	\`laws_id\` integer,
  	\`news_id\` integer,
  	\`plans_id\` integer,
  	\`reports_id\` integer,
  	\`manuals_id\` integer,
  	\`statistics_id\` integer,
  	\`e_services_id\` integer,
  	\`procurement_announcements_id\` integer,
  	\`procurement_monthly_id\` integer,
  	\`policies_id\` integer,
  	\`activities_id\` integer,
  	\`risk_assessments_id\` integer,
  	\`integrity_measures_id\` integer,
  	\`users_id\` integer,
  	\`divisions_id\` integer,
  	\`media_id\` integer,
  	\`audit_log_id\` integer,
  	\`instance_signals_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tenants_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`executives_id\`) REFERENCES \`executives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`laws_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plans_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`manuals_id\`) REFERENCES \`manuals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`statistics_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`e_services_id\`) REFERENCES \`e_services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procurement_announcements_id\`) REFERENCES \`procurement_announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procurement_monthly_id\`) REFERENCES \`procurement_monthly\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activities_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`risk_assessments_id\`) REFERENCES \`risk_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`integrity_measures_id\`) REFERENCES \`integrity_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`divisions_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`instance_signals_id\`) REFERENCES \`instance_signals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "tenants_id", "organisations_id", "executives_id", "laws_id", "news_id", "plans_id", "reports_id", "manuals_id", "statistics_id", "e_services_id", "procurement_announcements_id", "procurement_monthly_id", "policies_id", "activities_id", "risk_assessments_id", "integrity_measures_id", "users_id", "divisions_id", "media_id", "audit_log_id", "instance_signals_id") SELECT "id", "order", "parent_id", "path", "tenants_id", "organisations_id", "executives_id", "laws_id", "news_id", "plans_id", "reports_id", "manuals_id", "statistics_id", "e_services_id", "procurement_announcements_id", "procurement_monthly_id", "policies_id", "activities_id", "risk_assessments_id", "integrity_measures_id", "users_id", "divisions_id", "media_id", "audit_log_id", "instance_signals_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_executives_id_idx\` ON \`payload_locked_documents_rels\` (\`executives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_laws_id_idx\` ON \`payload_locked_documents_rels\` (\`laws_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_manuals_id_idx\` ON \`payload_locked_documents_rels\` (\`manuals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_statistics_id_idx\` ON \`payload_locked_documents_rels\` (\`statistics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_e_services_id_idx\` ON \`payload_locked_documents_rels\` (\`e_services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procurement_announcements__idx\` ON \`payload_locked_documents_rels\` (\`procurement_announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procurement_monthly_id_idx\` ON \`payload_locked_documents_rels\` (\`procurement_monthly_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activities_id_idx\` ON \`payload_locked_documents_rels\` (\`activities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_risk_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`risk_assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_integrity_measures_id_idx\` ON \`payload_locked_documents_rels\` (\`integrity_measures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_divisions_id_idx\` ON \`payload_locked_documents_rels\` (\`divisions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_instance_signals_id_idx\` ON \`payload_locked_documents_rels\` (\`instance_signals_id\`);`)
}
