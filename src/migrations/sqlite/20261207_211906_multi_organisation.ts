/**
 * Many organisations on one deployment (src/tenancy): the organisations' registry
 * (`tenants`, with domains), each account's organisations and platform role, an
 * organisation column on every organisation's table and its versions (added columns only:
 * no table is rebuilt), division names and codes unique per organisation instead of
 * nationally, the profile's name no longer unique. Then everything already here is given
 * to one organisation (../shared/oneOrganisation.ts).
 */
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { hostOf } from '../../tenancy/hostOf'
import { oneOrganisationStatements } from '../shared/oneOrganisation'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tenants_domains\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`host\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`tenants_domains_order_idx\` ON \`tenants_domains\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`tenants_domains_parent_id_idx\` ON \`tenants_domains\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`tenants_domains_host_idx\` ON \`tenants_domains\` (\`host\`);`)
  await db.run(sql`CREATE TABLE \`tenants\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`kind\` text,
  	\`province\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`tenants_slug_idx\` ON \`tenants\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tenants_province_idx\` ON \`tenants\` (\`province\`);`)
  await db.run(sql`CREATE INDEX \`tenants_updated_at_idx\` ON \`tenants\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`tenants_created_at_idx\` ON \`tenants\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_tenants\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`tenants\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_tenants_order_idx\` ON \`users_tenants\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_parent_id_idx\` ON \`users_tenants\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_tenants_tenant_idx\` ON \`users_tenants\` (\`tenant_id\`);`)
  await db.run(sql`DROP INDEX \`organisations_name_th_idx\`;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_tenant_idx\` ON \`organisations\` (\`tenant_id\`);`)
  await db.run(sql`DROP INDEX \`_organisations_v_version_version_name_th_idx\`;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_tenant_idx\` ON \`_organisations_v\` (\`version_tenant_id\`);`)
  await db.run(sql`DROP INDEX \`divisions_name_th_idx\`;`)
  await db.run(sql`DROP INDEX \`divisions_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`divisions\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`divisions_tenant_idx\` ON \`divisions\` (\`tenant_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_code_idx\` ON \`divisions\` (\`tenant_id\`,\`code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_nameTh_idx\` ON \`divisions\` (\`tenant_id\`,\`name_th\`);`)
  await db.run(sql`ALTER TABLE \`executives\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`executives_tenant_idx\` ON \`executives\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_executives_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_tenant_idx\` ON \`_executives_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`laws\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`laws_tenant_idx\` ON \`laws\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_laws_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_tenant_idx\` ON \`_laws_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`news_tenant_idx\` ON \`news\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_tenant_idx\` ON \`_news_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`plans\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`plans_tenant_idx\` ON \`plans\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_plans_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_tenant_idx\` ON \`_plans_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`reports_tenant_idx\` ON \`reports\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_tenant_idx\` ON \`_reports_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`manuals\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`manuals_tenant_idx\` ON \`manuals\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_manuals_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_tenant_idx\` ON \`_manuals_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`statistics\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`statistics_tenant_idx\` ON \`statistics\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_statistics_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_tenant_idx\` ON \`_statistics_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`e_services\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`e_services_tenant_idx\` ON \`e_services\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_e_services_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_tenant_idx\` ON \`_e_services_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`procurement_announcements\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_tenant_idx\` ON \`procurement_announcements\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_procurement_announcements_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_tenant_idx\` ON \`_procurement_announcements_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`procurement_monthly\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_tenant_idx\` ON \`procurement_monthly\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_procurement_monthly_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_tenant_idx\` ON \`_procurement_monthly_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`policies_tenant_idx\` ON \`policies\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_tenant_idx\` ON \`_policies_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`activities\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`activities_tenant_idx\` ON \`activities\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_activities_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_tenant_idx\` ON \`_activities_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`risk_assessments\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`risk_assessments_tenant_idx\` ON \`risk_assessments\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_risk_assessments_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_tenant_idx\` ON \`_risk_assessments_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`integrity_measures\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`integrity_measures_tenant_idx\` ON \`integrity_measures\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`_integrity_measures_v\` ADD \`version_tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_tenant_idx\` ON \`_integrity_measures_v\` (\`version_tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`platform_role\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`media_tenant_idx\` ON \`media\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`tenant_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`audit_log_tenant_idx\` ON \`audit_log\` (\`tenant_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tenants_id\` integer REFERENCES tenants(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tenants_id_idx\` ON \`payload_locked_documents_rels\` (\`tenants_id\`);`)
  for (const statement of oneOrganisationStatements(
    {
      q: (name) => `\`${name}\``,
      newRowId: 'lower(hex(randomblob(12)))',
      isYearKey: (column) => `${column} GLOB 'oit-reminder:[0-9][0-9][0-9][0-9]:*'`,
    },
    hostOf(payload?.config?.serverURL),
  )) {
    await db.run(sql.raw(statement))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tenants_domains\`;`)
  await db.run(sql`DROP TABLE \`tenants\`;`)
  await db.run(sql`DROP TABLE \`users_tenants\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`name_th\` text,
  	\`short_name\` text,
  	\`name_en\` text,
  	\`type\` text,
  	\`province\` text,
  	\`logo_id\` integer,
  	\`website_thai_digits\` integer DEFAULT false,
  	\`structure_political_chart_id\` integer,
  	\`structure_permanent_chart_id\` integer,
  	\`authority\` text,
  	\`contact_address\` text,
  	\`contact_phone\` text,
  	\`contact_fax\` text,
  	\`contact_email\` text,
  	\`contact_map_url\` text,
  	\`contact_latitude\` numeric,
  	\`contact_longitude\` numeric,
  	\`corruption_complaint_channel_url\` text,
  	\`corruption_complaint_channel_separate_from_general\` integer,
  	\`corruption_complaint_channel_description\` text,
  	\`eit_survey_url\` text,
  	\`eit_survey_qr_code_id\` integer,
  	\`privacy_policy_body\` text,
  	\`privacy_policy_document_id\` integer,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_political_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_permanent_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`eit_survey_qr_code_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`privacy_policy_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisations\`("id", "readiness", "name_th", "short_name", "name_en", "type", "province", "logo_id", "website_thai_digits", "structure_political_chart_id", "structure_permanent_chart_id", "authority", "contact_address", "contact_phone", "contact_fax", "contact_email", "contact_map_url", "contact_latitude", "contact_longitude", "corruption_complaint_channel_url", "corruption_complaint_channel_separate_from_general", "corruption_complaint_channel_description", "eit_survey_url", "eit_survey_qr_code_id", "privacy_policy_body", "privacy_policy_document_id", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "_status") SELECT "id", "readiness", "name_th", "short_name", "name_en", "type", "province", "logo_id", "website_thai_digits", "structure_political_chart_id", "structure_permanent_chart_id", "authority", "contact_address", "contact_phone", "contact_fax", "contact_email", "contact_map_url", "contact_latitude", "contact_longitude", "corruption_complaint_channel_url", "corruption_complaint_channel_separate_from_general", "corruption_complaint_channel_description", "eit_survey_url", "eit_survey_qr_code_id", "privacy_policy_body", "privacy_policy_document_id", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "_status" FROM \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`organisations_readiness_idx\` ON \`organisations\` (\`readiness\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_name_th_idx\` ON \`organisations\` (\`name_th\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_structure_structure_political_chart_idx\` ON \`organisations\` (\`structure_political_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_structure_structure_permanent_chart_idx\` ON \`organisations\` (\`structure_permanent_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_eit_survey_eit_survey_qr_code_idx\` ON \`organisations\` (\`eit_survey_qr_code_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_privacy_policy_privacy_policy_document_idx\` ON \`organisations\` (\`privacy_policy_document_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_division_idx\` ON \`organisations\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_source_document_idx\` ON \`organisations\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_workflow_state_idx\` ON \`organisations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_name_th\` text,
  	\`version_short_name\` text,
  	\`version_name_en\` text,
  	\`version_type\` text,
  	\`version_province\` text,
  	\`version_logo_id\` integer,
  	\`version_website_thai_digits\` integer DEFAULT false,
  	\`version_structure_political_chart_id\` integer,
  	\`version_structure_permanent_chart_id\` integer,
  	\`version_authority\` text,
  	\`version_contact_address\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_fax\` text,
  	\`version_contact_email\` text,
  	\`version_contact_map_url\` text,
  	\`version_contact_latitude\` numeric,
  	\`version_contact_longitude\` numeric,
  	\`version_corruption_complaint_channel_url\` text,
  	\`version_corruption_complaint_channel_separate_from_general\` integer,
  	\`version_corruption_complaint_channel_description\` text,
  	\`version_eit_survey_url\` text,
  	\`version_eit_survey_qr_code_id\` integer,
  	\`version_privacy_policy_body\` text,
  	\`version_privacy_policy_document_id\` integer,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_structure_political_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_structure_permanent_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_eit_survey_qr_code_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_privacy_policy_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organisations_v\`("id", "parent_id", "version_readiness", "version_name_th", "version_short_name", "version_name_en", "version_type", "version_province", "version_logo_id", "version_website_thai_digits", "version_structure_political_chart_id", "version_structure_permanent_chart_id", "version_authority", "version_contact_address", "version_contact_phone", "version_contact_fax", "version_contact_email", "version_contact_map_url", "version_contact_latitude", "version_contact_longitude", "version_corruption_complaint_channel_url", "version_corruption_complaint_channel_separate_from_general", "version_corruption_complaint_channel_description", "version_eit_survey_url", "version_eit_survey_qr_code_id", "version_privacy_policy_body", "version_privacy_policy_document_id", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_name_th", "version_short_name", "version_name_en", "version_type", "version_province", "version_logo_id", "version_website_thai_digits", "version_structure_political_chart_id", "version_structure_permanent_chart_id", "version_authority", "version_contact_address", "version_contact_phone", "version_contact_fax", "version_contact_email", "version_contact_map_url", "version_contact_latitude", "version_contact_longitude", "version_corruption_complaint_channel_url", "version_corruption_complaint_channel_separate_from_general", "version_corruption_complaint_channel_description", "version_eit_survey_url", "version_eit_survey_qr_code_id", "version_privacy_policy_body", "version_privacy_policy_document_id", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v\` RENAME TO \`_organisations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_readiness_idx\` ON \`_organisations_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_name_th_idx\` ON \`_organisations_v\` (\`version_name_th\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_logo_idx\` ON \`_organisations_v\` (\`version_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_structure_version_structure_pol_idx\` ON \`_organisations_v\` (\`version_structure_political_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_structure_version_structure_per_idx\` ON \`_organisations_v\` (\`version_structure_permanent_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_eit_survey_version_eit_survey_q_idx\` ON \`_organisations_v\` (\`version_eit_survey_qr_code_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_privacy_policy_version_privacy__idx\` ON \`_organisations_v\` (\`version_privacy_policy_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_division_idx\` ON \`_organisations_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_source_document_idx\` ON \`_organisations_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_workflow_state_idx\` ON \`_organisations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_executives\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`name\` text,
  	\`position\` text,
  	\`side\` text DEFAULT 'political',
  	\`rank\` text DEFAULT 'other',
  	\`order\` numeric,
  	\`photo_id\` integer,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_line_id\` text,
  	\`contact_url\` text,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_executives\`("id", "readiness", "name", "position", "side", "rank", "order", "photo_id", "contact_phone", "contact_email", "contact_line_id", "contact_url", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "name", "position", "side", "rank", "order", "photo_id", "contact_phone", "contact_email", "contact_line_id", "contact_url", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`executives\`;`)
  await db.run(sql`DROP TABLE \`executives\`;`)
  await db.run(sql`ALTER TABLE \`__new_executives\` RENAME TO \`executives\`;`)
  await db.run(sql`CREATE INDEX \`executives_readiness_idx\` ON \`executives\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`executives_photo_idx\` ON \`executives\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`executives_division_idx\` ON \`executives\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`executives_source_document_idx\` ON \`executives\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`executives_workflow_state_idx\` ON \`executives\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`executives_updated_at_idx\` ON \`executives\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`executives_created_at_idx\` ON \`executives\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`executives_deleted_at_idx\` ON \`executives\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`executives__status_idx\` ON \`executives\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__executives_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_name\` text,
  	\`version_position\` text,
  	\`version_side\` text DEFAULT 'political',
  	\`version_rank\` text DEFAULT 'other',
  	\`version_order\` numeric,
  	\`version_photo_id\` integer,
  	\`version_contact_phone\` text,
  	\`version_contact_email\` text,
  	\`version_contact_line_id\` text,
  	\`version_contact_url\` text,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`executives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__executives_v\`("id", "parent_id", "version_readiness", "version_name", "version_position", "version_side", "version_rank", "version_order", "version_photo_id", "version_contact_phone", "version_contact_email", "version_contact_line_id", "version_contact_url", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_name", "version_position", "version_side", "version_rank", "version_order", "version_photo_id", "version_contact_phone", "version_contact_email", "version_contact_line_id", "version_contact_url", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_executives_v\`;`)
  await db.run(sql`DROP TABLE \`_executives_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__executives_v\` RENAME TO \`_executives_v\`;`)
  await db.run(sql`CREATE INDEX \`_executives_v_parent_idx\` ON \`_executives_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_readiness_idx\` ON \`_executives_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_photo_idx\` ON \`_executives_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_division_idx\` ON \`_executives_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_source_document_idx\` ON \`_executives_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_workflow_state_idx\` ON \`_executives_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_updated_at_idx\` ON \`_executives_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_created_at_idx\` ON \`_executives_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_deleted_at_idx\` ON \`_executives_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version__status_idx\` ON \`_executives_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_created_at_idx\` ON \`_executives_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_updated_at_idx\` ON \`_executives_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_latest_idx\` ON \`_executives_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_laws\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`kind\` text,
  	\`summary\` text,
  	\`url\` text,
  	\`document_id\` integer,
  	\`division_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_laws\`("id", "readiness", "title", "kind", "summary", "url", "document_id", "division_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "kind", "summary", "url", "document_id", "division_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`laws\`;`)
  await db.run(sql`DROP TABLE \`laws\`;`)
  await db.run(sql`ALTER TABLE \`__new_laws\` RENAME TO \`laws\`;`)
  await db.run(sql`CREATE INDEX \`laws_readiness_idx\` ON \`laws\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`laws_document_idx\` ON \`laws\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`laws_division_idx\` ON \`laws\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`laws_workflow_state_idx\` ON \`laws\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`laws_updated_at_idx\` ON \`laws\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`laws_created_at_idx\` ON \`laws\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`laws_deleted_at_idx\` ON \`laws\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`laws__status_idx\` ON \`laws\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__laws_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_summary\` text,
  	\`version_url\` text,
  	\`version_document_id\` integer,
  	\`version_division_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__laws_v\`("id", "parent_id", "version_readiness", "version_title", "version_kind", "version_summary", "version_url", "version_document_id", "version_division_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_kind", "version_summary", "version_url", "version_document_id", "version_division_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_laws_v\`;`)
  await db.run(sql`DROP TABLE \`_laws_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__laws_v\` RENAME TO \`_laws_v\`;`)
  await db.run(sql`CREATE INDEX \`_laws_v_parent_idx\` ON \`_laws_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_readiness_idx\` ON \`_laws_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_document_idx\` ON \`_laws_v\` (\`version_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_division_idx\` ON \`_laws_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_workflow_state_idx\` ON \`_laws_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_updated_at_idx\` ON \`_laws_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_created_at_idx\` ON \`_laws_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_deleted_at_idx\` ON \`_laws_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version__status_idx\` ON \`_laws_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_created_at_idx\` ON \`_laws_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_updated_at_idx\` ON \`_laws_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_latest_idx\` ON \`_laws_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`date\` text,
  	\`cover_image_id\` integer,
  	\`body\` text,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "readiness", "title", "date", "cover_image_id", "body", "fiscal_year", "division_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "date", "cover_image_id", "body", "fiscal_year", "division_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`CREATE INDEX \`news_readiness_idx\` ON \`news\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`news_cover_image_idx\` ON \`news\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_fiscal_year_idx\` ON \`news\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`news_division_idx\` ON \`news\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`news_workflow_state_idx\` ON \`news\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news_deleted_at_idx\` ON \`news\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_idx\` ON \`news\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_idx\` ON \`news\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_date\` text,
  	\`version_cover_image_id\` integer,
  	\`version_body\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_readiness", "version_title", "version_date", "version_cover_image_id", "version_body", "version_fiscal_year", "version_division_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_date", "version_cover_image_id", "version_body", "version_fiscal_year", "version_division_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_readiness_idx\` ON \`_news_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_image_idx\` ON \`_news_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_fiscal_year_idx\` ON \`_news_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_division_idx\` ON \`_news_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_workflow_state_idx\` ON \`_news_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_deleted_at_idx\` ON \`_news_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_news_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_idx\` ON \`_news_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`kind\` text,
  	\`fiscal_year_end\` numeric,
  	\`summary\` text,
  	\`declared_none_is_none\` integer DEFAULT false,
  	\`declared_none_explanation\` text,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_plans\`("id", "readiness", "title", "kind", "fiscal_year_end", "summary", "declared_none_is_none", "declared_none_explanation", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "kind", "fiscal_year_end", "summary", "declared_none_is_none", "declared_none_explanation", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`plans\`;`)
  await db.run(sql`DROP TABLE \`plans\`;`)
  await db.run(sql`ALTER TABLE \`__new_plans\` RENAME TO \`plans\`;`)
  await db.run(sql`CREATE INDEX \`plans_readiness_idx\` ON \`plans\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`plans_kind_idx\` ON \`plans\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`plans_fiscal_year_end_idx\` ON \`plans\` (\`fiscal_year_end\`);`)
  await db.run(sql`CREATE INDEX \`plans_fiscal_year_idx\` ON \`plans\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`plans_division_idx\` ON \`plans\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_source_document_idx\` ON \`plans\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_workflow_state_idx\` ON \`plans\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_at_idx\` ON \`plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_at_idx\` ON \`plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_deleted_at_idx\` ON \`plans\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`plans__status_idx\` ON \`plans\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_1_idx\` ON \`plans\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_1_idx\` ON \`plans\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_fiscal_year_end\` numeric,
  	\`version_summary\` text,
  	\`version_declared_none_is_none\` integer DEFAULT false,
  	\`version_declared_none_explanation\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__plans_v\`("id", "parent_id", "version_readiness", "version_title", "version_kind", "version_fiscal_year_end", "version_summary", "version_declared_none_is_none", "version_declared_none_explanation", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_kind", "version_fiscal_year_end", "version_summary", "version_declared_none_is_none", "version_declared_none_explanation", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_plans_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__plans_v\` RENAME TO \`_plans_v\`;`)
  await db.run(sql`CREATE INDEX \`_plans_v_parent_idx\` ON \`_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_readiness_idx\` ON \`_plans_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_kind_idx\` ON \`_plans_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_fiscal_year_end_idx\` ON \`_plans_v\` (\`version_fiscal_year_end\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_fiscal_year_idx\` ON \`_plans_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_division_idx\` ON \`_plans_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_source_document_idx\` ON \`_plans_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_workflow_state_idx\` ON \`_plans_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_updated_at_idx\` ON \`_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_created_at_idx\` ON \`_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_deleted_at_idx\` ON \`_plans_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version__status_idx\` ON \`_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_created_at_idx\` ON \`_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_updated_at_idx\` ON \`_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_latest_idx\` ON \`_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_plans_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_1_idx\` ON \`_plans_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`kind\` text,
  	\`subject\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`summary\` text,
  	\`budget_spent\` numeric,
  	\`procurement_summary\` text,
  	\`hr_results\` text,
  	\`hr_statistics\` text,
  	\`problems\` text,
  	\`recommendations\` text,
  	\`satisfaction_respondents\` numeric,
  	\`satisfaction_score_percent\` numeric,
  	\`satisfaction_results\` text,
  	\`no_gift_gifts_reported\` numeric,
  	\`no_gift_results\` text,
  	\`ethics_results\` text,
  	\`ethics_use_in_hr\` text,
  	\`round\` text,
  	\`ita_development_assessed_year\` numeric,
  	\`ita_development_score\` numeric,
  	\`ita_development_issues\` text,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "readiness", "title", "kind", "subject", "period_start", "period_end", "summary", "budget_spent", "procurement_summary", "hr_results", "hr_statistics", "problems", "recommendations", "satisfaction_respondents", "satisfaction_score_percent", "satisfaction_results", "no_gift_gifts_reported", "no_gift_results", "ethics_results", "ethics_use_in_hr", "round", "ita_development_assessed_year", "ita_development_score", "ita_development_issues", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "kind", "subject", "period_start", "period_end", "summary", "budget_spent", "procurement_summary", "hr_results", "hr_statistics", "problems", "recommendations", "satisfaction_respondents", "satisfaction_score_percent", "satisfaction_results", "no_gift_gifts_reported", "no_gift_results", "ethics_results", "ethics_use_in_hr", "round", "ita_development_assessed_year", "ita_development_score", "ita_development_issues", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`CREATE INDEX \`reports_readiness_idx\` ON \`reports\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`reports_kind_idx\` ON \`reports\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`reports_subject_idx\` ON \`reports\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`reports_fiscal_year_idx\` ON \`reports\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`reports_division_idx\` ON \`reports\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_source_document_idx\` ON \`reports\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_state_idx\` ON \`reports\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_deleted_at_idx\` ON \`reports\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_2_idx\` ON \`reports\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_2_idx\` ON \`reports\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_subject\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_summary\` text,
  	\`version_budget_spent\` numeric,
  	\`version_procurement_summary\` text,
  	\`version_hr_results\` text,
  	\`version_hr_statistics\` text,
  	\`version_problems\` text,
  	\`version_recommendations\` text,
  	\`version_satisfaction_respondents\` numeric,
  	\`version_satisfaction_score_percent\` numeric,
  	\`version_satisfaction_results\` text,
  	\`version_no_gift_gifts_reported\` numeric,
  	\`version_no_gift_results\` text,
  	\`version_ethics_results\` text,
  	\`version_ethics_use_in_hr\` text,
  	\`version_round\` text,
  	\`version_ita_development_assessed_year\` numeric,
  	\`version_ita_development_score\` numeric,
  	\`version_ita_development_issues\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__reports_v\`("id", "parent_id", "version_readiness", "version_title", "version_kind", "version_subject", "version_period_start", "version_period_end", "version_summary", "version_budget_spent", "version_procurement_summary", "version_hr_results", "version_hr_statistics", "version_problems", "version_recommendations", "version_satisfaction_respondents", "version_satisfaction_score_percent", "version_satisfaction_results", "version_no_gift_gifts_reported", "version_no_gift_results", "version_ethics_results", "version_ethics_use_in_hr", "version_round", "version_ita_development_assessed_year", "version_ita_development_score", "version_ita_development_issues", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_kind", "version_subject", "version_period_start", "version_period_end", "version_summary", "version_budget_spent", "version_procurement_summary", "version_hr_results", "version_hr_statistics", "version_problems", "version_recommendations", "version_satisfaction_respondents", "version_satisfaction_score_percent", "version_satisfaction_results", "version_no_gift_gifts_reported", "version_no_gift_results", "version_ethics_results", "version_ethics_use_in_hr", "version_round", "version_ita_development_assessed_year", "version_ita_development_score", "version_ita_development_issues", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v\` RENAME TO \`_reports_v\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_readiness_idx\` ON \`_reports_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_kind_idx\` ON \`_reports_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_subject_idx\` ON \`_reports_v\` (\`version_subject\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_fiscal_year_idx\` ON \`_reports_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_division_idx\` ON \`_reports_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_source_document_idx\` ON \`_reports_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_workflow_state_idx\` ON \`_reports_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_deleted_at_idx\` ON \`_reports_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`_reports_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_2_idx\` ON \`_reports_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_manuals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`kind\` text,
  	\`mission\` text,
  	\`positions\` text,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_manuals\`("id", "readiness", "title", "kind", "mission", "positions", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "kind", "mission", "positions", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`manuals\`;`)
  await db.run(sql`DROP TABLE \`manuals\`;`)
  await db.run(sql`ALTER TABLE \`__new_manuals\` RENAME TO \`manuals\`;`)
  await db.run(sql`CREATE INDEX \`manuals_readiness_idx\` ON \`manuals\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`manuals_kind_idx\` ON \`manuals\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`manuals_division_idx\` ON \`manuals\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`manuals_source_document_idx\` ON \`manuals\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`manuals_workflow_state_idx\` ON \`manuals\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`manuals_updated_at_idx\` ON \`manuals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`manuals_created_at_idx\` ON \`manuals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`manuals_deleted_at_idx\` ON \`manuals\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`manuals__status_idx\` ON \`manuals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__manuals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_mission\` text,
  	\`version_positions\` text,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`manuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__manuals_v\`("id", "parent_id", "version_readiness", "version_title", "version_kind", "version_mission", "version_positions", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_kind", "version_mission", "version_positions", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_manuals_v\`;`)
  await db.run(sql`DROP TABLE \`_manuals_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__manuals_v\` RENAME TO \`_manuals_v\`;`)
  await db.run(sql`CREATE INDEX \`_manuals_v_parent_idx\` ON \`_manuals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_readiness_idx\` ON \`_manuals_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_kind_idx\` ON \`_manuals_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_division_idx\` ON \`_manuals_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_source_document_idx\` ON \`_manuals_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_workflow_state_idx\` ON \`_manuals_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_updated_at_idx\` ON \`_manuals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_created_at_idx\` ON \`_manuals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_deleted_at_idx\` ON \`_manuals_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version__status_idx\` ON \`_manuals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_created_at_idx\` ON \`_manuals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_updated_at_idx\` ON \`_manuals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_latest_idx\` ON \`_manuals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_statistics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`kind\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`complaints_total\` numeric,
  	\`complaints_done\` numeric,
  	\`complaints_in_progress\` numeric,
  	\`declared_none_is_none\` integer DEFAULT false,
  	\`declared_none_explanation\` text,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_statistics\`("id", "readiness", "title", "kind", "period_start", "period_end", "complaints_total", "complaints_done", "complaints_in_progress", "declared_none_is_none", "declared_none_explanation", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "kind", "period_start", "period_end", "complaints_total", "complaints_done", "complaints_in_progress", "declared_none_is_none", "declared_none_explanation", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`statistics\`;`)
  await db.run(sql`DROP TABLE \`statistics\`;`)
  await db.run(sql`ALTER TABLE \`__new_statistics\` RENAME TO \`statistics\`;`)
  await db.run(sql`CREATE INDEX \`statistics_readiness_idx\` ON \`statistics\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`statistics_kind_idx\` ON \`statistics\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`statistics_fiscal_year_idx\` ON \`statistics\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`statistics_division_idx\` ON \`statistics\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_source_document_idx\` ON \`statistics\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_workflow_state_idx\` ON \`statistics\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`statistics_updated_at_idx\` ON \`statistics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics_created_at_idx\` ON \`statistics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics_deleted_at_idx\` ON \`statistics\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics__status_idx\` ON \`statistics\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_3_idx\` ON \`statistics\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_3_idx\` ON \`statistics\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__statistics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_complaints_total\` numeric,
  	\`version_complaints_done\` numeric,
  	\`version_complaints_in_progress\` numeric,
  	\`version_declared_none_is_none\` integer DEFAULT false,
  	\`version_declared_none_explanation\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__statistics_v\`("id", "parent_id", "version_readiness", "version_title", "version_kind", "version_period_start", "version_period_end", "version_complaints_total", "version_complaints_done", "version_complaints_in_progress", "version_declared_none_is_none", "version_declared_none_explanation", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_kind", "version_period_start", "version_period_end", "version_complaints_total", "version_complaints_done", "version_complaints_in_progress", "version_declared_none_is_none", "version_declared_none_explanation", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_statistics_v\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__statistics_v\` RENAME TO \`_statistics_v\`;`)
  await db.run(sql`CREATE INDEX \`_statistics_v_parent_idx\` ON \`_statistics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_readiness_idx\` ON \`_statistics_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_kind_idx\` ON \`_statistics_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_fiscal_year_idx\` ON \`_statistics_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_division_idx\` ON \`_statistics_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_source_document_idx\` ON \`_statistics_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_workflow_state_idx\` ON \`_statistics_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_updated_at_idx\` ON \`_statistics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_created_at_idx\` ON \`_statistics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_deleted_at_idx\` ON \`_statistics_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version__status_idx\` ON \`_statistics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_created_at_idx\` ON \`_statistics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_updated_at_idx\` ON \`_statistics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_latest_idx\` ON \`_statistics_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`_statistics_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_3_idx\` ON \`_statistics_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_e_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`name\` text,
  	\`url\` text,
  	\`description\` text,
  	\`guide_url\` text,
  	\`guide_id\` integer,
  	\`division_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`guide_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_e_services\`("id", "readiness", "name", "url", "description", "guide_url", "guide_id", "division_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "name", "url", "description", "guide_url", "guide_id", "division_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`e_services\`;`)
  await db.run(sql`DROP TABLE \`e_services\`;`)
  await db.run(sql`ALTER TABLE \`__new_e_services\` RENAME TO \`e_services\`;`)
  await db.run(sql`CREATE INDEX \`e_services_readiness_idx\` ON \`e_services\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`e_services_guide_idx\` ON \`e_services\` (\`guide_id\`);`)
  await db.run(sql`CREATE INDEX \`e_services_division_idx\` ON \`e_services\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`e_services_workflow_state_idx\` ON \`e_services\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`e_services_updated_at_idx\` ON \`e_services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`e_services_created_at_idx\` ON \`e_services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`e_services_deleted_at_idx\` ON \`e_services\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`e_services__status_idx\` ON \`e_services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__e_services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_name\` text,
  	\`version_url\` text,
  	\`version_description\` text,
  	\`version_guide_url\` text,
  	\`version_guide_id\` integer,
  	\`version_division_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`e_services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_guide_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__e_services_v\`("id", "parent_id", "version_readiness", "version_name", "version_url", "version_description", "version_guide_url", "version_guide_id", "version_division_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_name", "version_url", "version_description", "version_guide_url", "version_guide_id", "version_division_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_e_services_v\`;`)
  await db.run(sql`DROP TABLE \`_e_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__e_services_v\` RENAME TO \`_e_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_e_services_v_parent_idx\` ON \`_e_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_readiness_idx\` ON \`_e_services_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_guide_idx\` ON \`_e_services_v\` (\`version_guide_id\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_division_idx\` ON \`_e_services_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_workflow_state_idx\` ON \`_e_services_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_updated_at_idx\` ON \`_e_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_created_at_idx\` ON \`_e_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_deleted_at_idx\` ON \`_e_services_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version__status_idx\` ON \`_e_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_created_at_idx\` ON \`_e_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_updated_at_idx\` ON \`_e_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_latest_idx\` ON \`_e_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_procurement_announcements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`type\` text,
  	\`announced_at\` text,
  	\`egp_project_number\` text,
  	\`method\` text,
  	\`budget\` numeric,
  	\`reference_price\` numeric,
  	\`attachment_id\` integer,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procurement_announcements\`("id", "readiness", "title", "type", "announced_at", "egp_project_number", "method", "budget", "reference_price", "attachment_id", "fiscal_year", "division_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "type", "announced_at", "egp_project_number", "method", "budget", "reference_price", "attachment_id", "fiscal_year", "division_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`procurement_announcements\`;`)
  await db.run(sql`DROP TABLE \`procurement_announcements\`;`)
  await db.run(sql`ALTER TABLE \`__new_procurement_announcements\` RENAME TO \`procurement_announcements\`;`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_readiness_idx\` ON \`procurement_announcements\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_egp_project_number_idx\` ON \`procurement_announcements\` (\`egp_project_number\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_attachment_idx\` ON \`procurement_announcements\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_fiscal_year_idx\` ON \`procurement_announcements\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_division_idx\` ON \`procurement_announcements\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_workflow_state_idx\` ON \`procurement_announcements\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_updated_at_idx\` ON \`procurement_announcements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_created_at_idx\` ON \`procurement_announcements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_deleted_at_idx\` ON \`procurement_announcements\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements__status_idx\` ON \`procurement_announcements\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_4_idx\` ON \`procurement_announcements\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_4_idx\` ON \`procurement_announcements\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__procurement_announcements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_type\` text,
  	\`version_announced_at\` text,
  	\`version_egp_project_number\` text,
  	\`version_method\` text,
  	\`version_budget\` numeric,
  	\`version_reference_price\` numeric,
  	\`version_attachment_id\` integer,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procurement_announcements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procurement_announcements_v\`("id", "parent_id", "version_readiness", "version_title", "version_type", "version_announced_at", "version_egp_project_number", "version_method", "version_budget", "version_reference_price", "version_attachment_id", "version_fiscal_year", "version_division_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_type", "version_announced_at", "version_egp_project_number", "version_method", "version_budget", "version_reference_price", "version_attachment_id", "version_fiscal_year", "version_division_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_procurement_announcements_v\`;`)
  await db.run(sql`DROP TABLE \`_procurement_announcements_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procurement_announcements_v\` RENAME TO \`_procurement_announcements_v\`;`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_parent_idx\` ON \`_procurement_announcements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_readiness_idx\` ON \`_procurement_announcements_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_egp_project_idx\` ON \`_procurement_announcements_v\` (\`version_egp_project_number\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_attachment_idx\` ON \`_procurement_announcements_v\` (\`version_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_fiscal_year_idx\` ON \`_procurement_announcements_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_division_idx\` ON \`_procurement_announcements_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_workflow_st_idx\` ON \`_procurement_announcements_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_updated_at_idx\` ON \`_procurement_announcements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_created_at_idx\` ON \`_procurement_announcements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_deleted_at_idx\` ON \`_procurement_announcements_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version__status_idx\` ON \`_procurement_announcements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_created_at_idx\` ON \`_procurement_announcements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_updated_at_idx\` ON \`_procurement_announcements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_latest_idx\` ON \`_procurement_announcements_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`_procurement_announcements_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_4_idx\` ON \`_procurement_announcements_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_procurement_monthly\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`month\` text,
  	\`declared_none_is_none\` integer DEFAULT false,
  	\`declared_none_explanation\` text,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_procurement_monthly\`("id", "readiness", "title", "month", "declared_none_is_none", "declared_none_explanation", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "month", "declared_none_is_none", "declared_none_explanation", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`procurement_monthly\`;`)
  await db.run(sql`DROP TABLE \`procurement_monthly\`;`)
  await db.run(sql`ALTER TABLE \`__new_procurement_monthly\` RENAME TO \`procurement_monthly\`;`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_readiness_idx\` ON \`procurement_monthly\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_month_idx\` ON \`procurement_monthly\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_fiscal_year_idx\` ON \`procurement_monthly\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_division_idx\` ON \`procurement_monthly\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_source_document_idx\` ON \`procurement_monthly\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_workflow_state_idx\` ON \`procurement_monthly\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_updated_at_idx\` ON \`procurement_monthly\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_created_at_idx\` ON \`procurement_monthly\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_deleted_at_idx\` ON \`procurement_monthly\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly__status_idx\` ON \`procurement_monthly\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_5_idx\` ON \`procurement_monthly\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_5_idx\` ON \`procurement_monthly\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__procurement_monthly_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_month\` text,
  	\`version_declared_none_is_none\` integer DEFAULT false,
  	\`version_declared_none_explanation\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procurement_monthly\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__procurement_monthly_v\`("id", "parent_id", "version_readiness", "version_title", "version_month", "version_declared_none_is_none", "version_declared_none_explanation", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_month", "version_declared_none_is_none", "version_declared_none_explanation", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_procurement_monthly_v\`;`)
  await db.run(sql`DROP TABLE \`_procurement_monthly_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__procurement_monthly_v\` RENAME TO \`_procurement_monthly_v\`;`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_parent_idx\` ON \`_procurement_monthly_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_readiness_idx\` ON \`_procurement_monthly_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_month_idx\` ON \`_procurement_monthly_v\` (\`version_month\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_fiscal_year_idx\` ON \`_procurement_monthly_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_division_idx\` ON \`_procurement_monthly_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_source_document_idx\` ON \`_procurement_monthly_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_workflow_state_idx\` ON \`_procurement_monthly_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_updated_at_idx\` ON \`_procurement_monthly_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_created_at_idx\` ON \`_procurement_monthly_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_deleted_at_idx\` ON \`_procurement_monthly_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version__status_idx\` ON \`_procurement_monthly_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_created_at_idx\` ON \`_procurement_monthly_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_updated_at_idx\` ON \`_procurement_monthly_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_latest_idx\` ON \`_procurement_monthly_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_5_idx\` ON \`_procurement_monthly_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_5_idx\` ON \`_procurement_monthly_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_policies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`kind\` text,
  	\`body\` text,
  	\`hr_criteria_recruitment\` text,
  	\`hr_criteria_appointment\` text,
  	\`hr_criteria_development\` text,
  	\`hr_criteria_evaluation\` text,
  	\`hr_criteria_rewards_and_discipline\` text,
  	\`complaint_guideline_how_to_complain\` text,
  	\`complaint_guideline_handling_steps\` text,
  	\`complaint_guideline_responsible_unit\` text,
  	\`complaint_guideline_time_frame\` text,
  	\`declaration_signed_by_id\` integer,
  	\`declaration_signed_at\` text,
  	\`gift_rules_summary\` text,
  	\`gift_rules_activity\` text,
  	\`ethics_rules\` text,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`declaration_signed_by_id\`) REFERENCES \`executives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policies\`("id", "readiness", "title", "kind", "body", "hr_criteria_recruitment", "hr_criteria_appointment", "hr_criteria_development", "hr_criteria_evaluation", "hr_criteria_rewards_and_discipline", "complaint_guideline_how_to_complain", "complaint_guideline_handling_steps", "complaint_guideline_responsible_unit", "complaint_guideline_time_frame", "declaration_signed_by_id", "declaration_signed_at", "gift_rules_summary", "gift_rules_activity", "ethics_rules", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "kind", "body", "hr_criteria_recruitment", "hr_criteria_appointment", "hr_criteria_development", "hr_criteria_evaluation", "hr_criteria_rewards_and_discipline", "complaint_guideline_how_to_complain", "complaint_guideline_handling_steps", "complaint_guideline_responsible_unit", "complaint_guideline_time_frame", "declaration_signed_by_id", "declaration_signed_at", "gift_rules_summary", "gift_rules_activity", "ethics_rules", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`policies\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`ALTER TABLE \`__new_policies\` RENAME TO \`policies\`;`)
  await db.run(sql`CREATE INDEX \`policies_readiness_idx\` ON \`policies\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`policies_kind_idx\` ON \`policies\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`policies_declaration_declaration_signed_by_idx\` ON \`policies\` (\`declaration_signed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_fiscal_year_idx\` ON \`policies\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`policies_division_idx\` ON \`policies\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_source_document_idx\` ON \`policies\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_workflow_state_idx\` ON \`policies\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_deleted_at_idx\` ON \`policies\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_6_idx\` ON \`policies\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_6_idx\` ON \`policies\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__policies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_body\` text,
  	\`version_hr_criteria_recruitment\` text,
  	\`version_hr_criteria_appointment\` text,
  	\`version_hr_criteria_development\` text,
  	\`version_hr_criteria_evaluation\` text,
  	\`version_hr_criteria_rewards_and_discipline\` text,
  	\`version_complaint_guideline_how_to_complain\` text,
  	\`version_complaint_guideline_handling_steps\` text,
  	\`version_complaint_guideline_responsible_unit\` text,
  	\`version_complaint_guideline_time_frame\` text,
  	\`version_declaration_signed_by_id\` integer,
  	\`version_declaration_signed_at\` text,
  	\`version_gift_rules_summary\` text,
  	\`version_gift_rules_activity\` text,
  	\`version_ethics_rules\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_declaration_signed_by_id\`) REFERENCES \`executives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policies_v\`("id", "parent_id", "version_readiness", "version_title", "version_kind", "version_body", "version_hr_criteria_recruitment", "version_hr_criteria_appointment", "version_hr_criteria_development", "version_hr_criteria_evaluation", "version_hr_criteria_rewards_and_discipline", "version_complaint_guideline_how_to_complain", "version_complaint_guideline_handling_steps", "version_complaint_guideline_responsible_unit", "version_complaint_guideline_time_frame", "version_declaration_signed_by_id", "version_declaration_signed_at", "version_gift_rules_summary", "version_gift_rules_activity", "version_ethics_rules", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_kind", "version_body", "version_hr_criteria_recruitment", "version_hr_criteria_appointment", "version_hr_criteria_development", "version_hr_criteria_evaluation", "version_hr_criteria_rewards_and_discipline", "version_complaint_guideline_how_to_complain", "version_complaint_guideline_handling_steps", "version_complaint_guideline_responsible_unit", "version_complaint_guideline_time_frame", "version_declaration_signed_by_id", "version_declaration_signed_at", "version_gift_rules_summary", "version_gift_rules_activity", "version_ethics_rules", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__policies_v\` RENAME TO \`_policies_v\`;`)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_readiness_idx\` ON \`_policies_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_kind_idx\` ON \`_policies_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_declaration_version_declaration_sign_idx\` ON \`_policies_v\` (\`version_declaration_signed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_fiscal_year_idx\` ON \`_policies_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_division_idx\` ON \`_policies_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_source_document_idx\` ON \`_policies_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_workflow_state_idx\` ON \`_policies_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_deleted_at_idx\` ON \`_policies_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_6_idx\` ON \`_policies_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_6_idx\` ON \`_policies_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`kind\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`description\` text,
  	\`related_to\` text,
  	\`ethics_drive_team\` text,
  	\`ethics_drive_dos_and_donts\` text,
  	\`ethics_drive_training\` text,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_activities\`("id", "readiness", "title", "kind", "period_start", "period_end", "description", "related_to", "ethics_drive_team", "ethics_drive_dos_and_donts", "ethics_drive_training", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "kind", "period_start", "period_end", "description", "related_to", "ethics_drive_team", "ethics_drive_dos_and_donts", "ethics_drive_training", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`ALTER TABLE \`__new_activities\` RENAME TO \`activities\`;`)
  await db.run(sql`CREATE INDEX \`activities_readiness_idx\` ON \`activities\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`activities_kind_idx\` ON \`activities\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`activities_fiscal_year_idx\` ON \`activities\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`activities_division_idx\` ON \`activities\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_source_document_idx\` ON \`activities\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_workflow_state_idx\` ON \`activities\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_deleted_at_idx\` ON \`activities\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`activities__status_idx\` ON \`activities\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_7_idx\` ON \`activities\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_7_idx\` ON \`activities\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__activities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_period_start\` text,
  	\`version_period_end\` text,
  	\`version_description\` text,
  	\`version_related_to\` text,
  	\`version_ethics_drive_team\` text,
  	\`version_ethics_drive_dos_and_donts\` text,
  	\`version_ethics_drive_training\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__activities_v\`("id", "parent_id", "version_readiness", "version_title", "version_kind", "version_period_start", "version_period_end", "version_description", "version_related_to", "version_ethics_drive_team", "version_ethics_drive_dos_and_donts", "version_ethics_drive_training", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_kind", "version_period_start", "version_period_end", "version_description", "version_related_to", "version_ethics_drive_team", "version_ethics_drive_dos_and_donts", "version_ethics_drive_training", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_activities_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__activities_v\` RENAME TO \`_activities_v\`;`)
  await db.run(sql`CREATE INDEX \`_activities_v_parent_idx\` ON \`_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_readiness_idx\` ON \`_activities_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_kind_idx\` ON \`_activities_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_fiscal_year_idx\` ON \`_activities_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_division_idx\` ON \`_activities_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_source_document_idx\` ON \`_activities_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_workflow_state_idx\` ON \`_activities_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_updated_at_idx\` ON \`_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_at_idx\` ON \`_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_deleted_at_idx\` ON \`_activities_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version__status_idx\` ON \`_activities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_created_at_idx\` ON \`_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_updated_at_idx\` ON \`_activities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_latest_idx\` ON \`_activities_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_7_idx\` ON \`_activities_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_7_idx\` ON \`_activities_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_risk_assessments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_risk_assessments\`("id", "readiness", "title", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`risk_assessments\`;`)
  await db.run(sql`DROP TABLE \`risk_assessments\`;`)
  await db.run(sql`ALTER TABLE \`__new_risk_assessments\` RENAME TO \`risk_assessments\`;`)
  await db.run(sql`CREATE INDEX \`risk_assessments_readiness_idx\` ON \`risk_assessments\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_fiscal_year_idx\` ON \`risk_assessments\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_division_idx\` ON \`risk_assessments\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_source_document_idx\` ON \`risk_assessments\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_workflow_state_idx\` ON \`risk_assessments\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_updated_at_idx\` ON \`risk_assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_created_at_idx\` ON \`risk_assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_deleted_at_idx\` ON \`risk_assessments\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments__status_idx\` ON \`risk_assessments\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_8_idx\` ON \`risk_assessments\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_8_idx\` ON \`risk_assessments\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__risk_assessments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`risk_assessments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__risk_assessments_v\`("id", "parent_id", "version_readiness", "version_title", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_risk_assessments_v\`;`)
  await db.run(sql`DROP TABLE \`_risk_assessments_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__risk_assessments_v\` RENAME TO \`_risk_assessments_v\`;`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_parent_idx\` ON \`_risk_assessments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_readiness_idx\` ON \`_risk_assessments_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_fiscal_year_idx\` ON \`_risk_assessments_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_division_idx\` ON \`_risk_assessments_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_source_document_idx\` ON \`_risk_assessments_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_workflow_state_idx\` ON \`_risk_assessments_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_updated_at_idx\` ON \`_risk_assessments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_created_at_idx\` ON \`_risk_assessments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_deleted_at_idx\` ON \`_risk_assessments_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version__status_idx\` ON \`_risk_assessments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_created_at_idx\` ON \`_risk_assessments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_updated_at_idx\` ON \`_risk_assessments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_latest_idx\` ON \`_risk_assessments_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_8_idx\` ON \`_risk_assessments_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_8_idx\` ON \`_risk_assessments_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_integrity_measures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`title\` text,
  	\`analysed_year\` numeric,
  	\`ita_score\` numeric,
  	\`analysis_weaknesses\` text,
  	\`analysis_improvements\` text,
  	\`fiscal_year\` numeric,
  	\`division_id\` integer,
  	\`source_document_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_changed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_integrity_measures\`("id", "readiness", "title", "analysed_year", "ita_score", "analysis_weaknesses", "analysis_improvements", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status") SELECT "id", "readiness", "title", "analysed_year", "ita_score", "analysis_weaknesses", "analysis_improvements", "fiscal_year", "division_id", "source_document_id", "workflow_state", "workflow_note", "workflow_changed_at", "updated_at", "created_at", "deleted_at", "_status" FROM \`integrity_measures\`;`)
  await db.run(sql`DROP TABLE \`integrity_measures\`;`)
  await db.run(sql`ALTER TABLE \`__new_integrity_measures\` RENAME TO \`integrity_measures\`;`)
  await db.run(sql`CREATE INDEX \`integrity_measures_readiness_idx\` ON \`integrity_measures\` (\`readiness\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_analysed_year_idx\` ON \`integrity_measures\` (\`analysed_year\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_fiscal_year_idx\` ON \`integrity_measures\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_division_idx\` ON \`integrity_measures\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_source_document_idx\` ON \`integrity_measures\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_workflow_state_idx\` ON \`integrity_measures\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_updated_at_idx\` ON \`integrity_measures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_created_at_idx\` ON \`integrity_measures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_deleted_at_idx\` ON \`integrity_measures\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures__status_idx\` ON \`integrity_measures\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_updatedAt_createdAt_9_idx\` ON \`integrity_measures\` (\`fiscal_year\`,\`_status\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`fiscalYear__status_readiness_9_idx\` ON \`integrity_measures\` (\`fiscal_year\`,\`_status\`,\`readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new__integrity_measures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_readiness\` text,
  	\`version_title\` text,
  	\`version_analysed_year\` numeric,
  	\`version_ita_score\` numeric,
  	\`version_analysis_weaknesses\` text,
  	\`version_analysis_improvements\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_division_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_changed_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`integrity_measures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__integrity_measures_v\`("id", "parent_id", "version_readiness", "version_title", "version_analysed_year", "version_ita_score", "version_analysis_weaknesses", "version_analysis_improvements", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_title", "version_analysed_year", "version_ita_score", "version_analysis_weaknesses", "version_analysis_improvements", "version_fiscal_year", "version_division_id", "version_source_document_id", "version_workflow_state", "version_workflow_note", "version_workflow_changed_at", "version_updated_at", "version_created_at", "version_deleted_at", "version__status", "created_at", "updated_at", "latest" FROM \`_integrity_measures_v\`;`)
  await db.run(sql`DROP TABLE \`_integrity_measures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__integrity_measures_v\` RENAME TO \`_integrity_measures_v\`;`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_parent_idx\` ON \`_integrity_measures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_readiness_idx\` ON \`_integrity_measures_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_analysed_year_idx\` ON \`_integrity_measures_v\` (\`version_analysed_year\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_fiscal_year_idx\` ON \`_integrity_measures_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_division_idx\` ON \`_integrity_measures_v\` (\`version_division_id\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_source_document_idx\` ON \`_integrity_measures_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_workflow_state_idx\` ON \`_integrity_measures_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_updated_at_idx\` ON \`_integrity_measures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_created_at_idx\` ON \`_integrity_measures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_deleted_at_idx\` ON \`_integrity_measures_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version__status_idx\` ON \`_integrity_measures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_created_at_idx\` ON \`_integrity_measures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_updated_at_idx\` ON \`_integrity_measures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_latest_idx\` ON \`_integrity_measures_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_9_idx\` ON \`_integrity_measures_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_updated_at\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_fiscalYear_version__status_version_readiness_9_idx\` ON \`_integrity_measures_v\` (\`version_fiscal_year\`,\`version__status\`,\`version_readiness\`);`)
  await db.run(sql`CREATE TABLE \`__new_divisions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name_th\` text NOT NULL,
  	\`short_name\` text,
  	\`name_en\` text,
  	\`code\` text NOT NULL,
  	\`order\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_divisions\`("id", "name_th", "short_name", "name_en", "code", "order", "updated_at", "created_at") SELECT "id", "name_th", "short_name", "name_en", "code", "order", "updated_at", "created_at" FROM \`divisions\`;`)
  await db.run(sql`DROP TABLE \`divisions\`;`)
  await db.run(sql`ALTER TABLE \`__new_divisions\` RENAME TO \`divisions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`divisions_name_th_idx\` ON \`divisions\` (\`name_th\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`divisions_code_idx\` ON \`divisions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`divisions_updated_at_idx\` ON \`divisions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`divisions_created_at_idx\` ON \`divisions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_large_url", "sizes_large_width", "sizes_large_height", "sizes_large_mime_type", "sizes_large_filesize", "sizes_large_filename") SELECT "id", "alt", "public", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_large_url", "sizes_large_width", "sizes_large_height", "sizes_large_mime_type", "sizes_large_filesize", "sizes_large_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`title\` text,
  	\`division_id\` integer,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`reason\` text,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`division_id\`) REFERENCES \`divisions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_log\`("id", "action", "collection", "document_id", "title", "division_id", "user_id", "user_name", "reason", "from_state", "to_state", "updated_at", "created_at") SELECT "id", "action", "collection", "document_id", "title", "division_id", "user_id", "user_name", "reason", "from_state", "to_state", "updated_at", "created_at" FROM \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_log\` RENAME TO \`audit_log\`;`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_division_idx\` ON \`audit_log\` (\`division_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`collection_documentId_createdAt_idx\` ON \`audit_log\` (\`collection\`,\`document_id\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "organisations_id", "executives_id", "laws_id", "news_id", "plans_id", "reports_id", "manuals_id", "statistics_id", "e_services_id", "procurement_announcements_id", "procurement_monthly_id", "policies_id", "activities_id", "risk_assessments_id", "integrity_measures_id", "users_id", "divisions_id", "media_id", "audit_log_id", "instance_signals_id") SELECT "id", "order", "parent_id", "path", "organisations_id", "executives_id", "laws_id", "news_id", "plans_id", "reports_id", "manuals_id", "statistics_id", "e_services_id", "procurement_announcements_id", "procurement_monthly_id", "policies_id", "activities_id", "risk_assessments_id", "integrity_measures_id", "users_id", "divisions_id", "media_id", "audit_log_id", "instance_signals_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`platform_role\`;`)
}
