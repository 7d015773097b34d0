import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`website_thai_digits\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_logo_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_website_thai_digits\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_logo_idx\` ON \`_organisations_v\` (\`version_logo_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`readiness\` text,
  	\`name_th\` text,
  	\`short_name\` text,
  	\`name_en\` text,
  	\`type\` text,
  	\`province\` text,
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
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`structure_political_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`structure_permanent_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`eit_survey_qr_code_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`privacy_policy_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organisations\`("id", "readiness", "name_th", "short_name", "name_en", "type", "province", "structure_political_chart_id", "structure_permanent_chart_id", "authority", "contact_address", "contact_phone", "contact_fax", "contact_email", "contact_map_url", "contact_latitude", "contact_longitude", "corruption_complaint_channel_url", "corruption_complaint_channel_separate_from_general", "corruption_complaint_channel_description", "eit_survey_url", "eit_survey_qr_code_id", "privacy_policy_body", "privacy_policy_document_id", "department_id", "source_document_id", "updated_at", "created_at", "_status") SELECT "id", "readiness", "name_th", "short_name", "name_en", "type", "province", "structure_political_chart_id", "structure_permanent_chart_id", "authority", "contact_address", "contact_phone", "contact_fax", "contact_email", "contact_map_url", "contact_latitude", "contact_longitude", "corruption_complaint_channel_url", "corruption_complaint_channel_separate_from_general", "corruption_complaint_channel_description", "eit_survey_url", "eit_survey_qr_code_id", "privacy_policy_body", "privacy_policy_document_id", "department_id", "source_document_id", "updated_at", "created_at", "_status" FROM \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`organisations_readiness_idx\` ON \`organisations\` (\`readiness\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_name_th_idx\` ON \`organisations\` (\`name_th\`);`)
  await db.run(sql`CREATE INDEX \`organisations_structure_structure_political_chart_idx\` ON \`organisations\` (\`structure_political_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_structure_structure_permanent_chart_idx\` ON \`organisations\` (\`structure_permanent_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_eit_survey_eit_survey_qr_code_idx\` ON \`organisations\` (\`eit_survey_qr_code_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_privacy_policy_privacy_policy_document_idx\` ON \`organisations\` (\`privacy_policy_document_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_department_idx\` ON \`organisations\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_source_document_idx\` ON \`organisations\` (\`source_document_id\`);`)
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
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_structure_political_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_structure_permanent_chart_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_eit_survey_qr_code_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_privacy_policy_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__organisations_v\`("id", "parent_id", "version_readiness", "version_name_th", "version_short_name", "version_name_en", "version_type", "version_province", "version_structure_political_chart_id", "version_structure_permanent_chart_id", "version_authority", "version_contact_address", "version_contact_phone", "version_contact_fax", "version_contact_email", "version_contact_map_url", "version_contact_latitude", "version_contact_longitude", "version_corruption_complaint_channel_url", "version_corruption_complaint_channel_separate_from_general", "version_corruption_complaint_channel_description", "version_eit_survey_url", "version_eit_survey_qr_code_id", "version_privacy_policy_body", "version_privacy_policy_document_id", "version_department_id", "version_source_document_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_readiness", "version_name_th", "version_short_name", "version_name_en", "version_type", "version_province", "version_structure_political_chart_id", "version_structure_permanent_chart_id", "version_authority", "version_contact_address", "version_contact_phone", "version_contact_fax", "version_contact_email", "version_contact_map_url", "version_contact_latitude", "version_contact_longitude", "version_corruption_complaint_channel_url", "version_corruption_complaint_channel_separate_from_general", "version_corruption_complaint_channel_description", "version_eit_survey_url", "version_eit_survey_qr_code_id", "version_privacy_policy_body", "version_privacy_policy_document_id", "version_department_id", "version_source_document_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v\` RENAME TO \`_organisations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_readiness_idx\` ON \`_organisations_v\` (\`version_readiness\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_name_th_idx\` ON \`_organisations_v\` (\`version_name_th\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_structure_version_structure_pol_idx\` ON \`_organisations_v\` (\`version_structure_political_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_structure_version_structure_per_idx\` ON \`_organisations_v\` (\`version_structure_permanent_chart_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_eit_survey_version_eit_survey_q_idx\` ON \`_organisations_v\` (\`version_eit_survey_qr_code_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_privacy_policy_version_privacy__idx\` ON \`_organisations_v\` (\`version_privacy_policy_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_department_idx\` ON \`_organisations_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_source_document_idx\` ON \`_organisations_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
}
