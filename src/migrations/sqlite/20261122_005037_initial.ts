import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organisations_structure_divisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`head_position\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_structure_divisions_order_idx\` ON \`organisations_structure_divisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_structure_divisions_parent_id_idx\` ON \`organisations_structure_divisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_qa_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`label\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_qa_channels_order_idx\` ON \`organisations_qa_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_qa_channels_parent_id_idx\` ON \`organisations_qa_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_social_networks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_social_networks_order_idx\` ON \`organisations_social_networks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_social_networks_parent_id_idx\` ON \`organisations_social_networks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_loc_order_idx\` ON \`organisations_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_loc_parent_id_idx\` ON \`organisations_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  await db.run(sql`CREATE TABLE \`_organisations_v_version_structure_divisions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`head_position\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_structure_divisions_order_idx\` ON \`_organisations_v_version_structure_divisions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_structure_divisions_parent_id_idx\` ON \`_organisations_v_version_structure_divisions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_qa_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text,
  	\`label\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_qa_channels_order_idx\` ON \`_organisations_v_version_qa_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_qa_channels_parent_id_idx\` ON \`_organisations_v_version_qa_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v_version_social_networks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`platform\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_social_networks_order_idx\` ON \`_organisations_v_version_social_networks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_social_networks_parent_id_idx\` ON \`_organisations_v_version_social_networks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__organisations_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organisations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__organisations_v_version_loc_v_order_idx\` ON \`__organisations_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__organisations_v_version_loc_v_parent_id_idx\` ON \`__organisations_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
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
  await db.run(sql`CREATE TABLE \`executives_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`executives\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`executives_loc_order_idx\` ON \`executives_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`executives_loc_parent_id_idx\` ON \`executives_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`executives\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`executives_photo_idx\` ON \`executives\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`executives_department_idx\` ON \`executives\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`executives_source_document_idx\` ON \`executives\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`executives_updated_at_idx\` ON \`executives\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`executives_created_at_idx\` ON \`executives\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`executives__status_idx\` ON \`executives\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__executives_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_executives_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__executives_v_version_loc_v_order_idx\` ON \`__executives_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__executives_v_version_loc_v_parent_id_idx\` ON \`__executives_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_executives_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`executives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_executives_v_parent_idx\` ON \`_executives_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_photo_idx\` ON \`_executives_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_department_idx\` ON \`_executives_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_source_document_idx\` ON \`_executives_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_updated_at_idx\` ON \`_executives_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version_created_at_idx\` ON \`_executives_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_version_version__status_idx\` ON \`_executives_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_created_at_idx\` ON \`_executives_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_updated_at_idx\` ON \`_executives_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_executives_v_latest_idx\` ON \`_executives_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`laws\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`summary\` text,
  	\`url\` text,
  	\`document_id\` integer,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`laws_document_idx\` ON \`laws\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`laws_department_idx\` ON \`laws\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`laws_updated_at_idx\` ON \`laws\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`laws_created_at_idx\` ON \`laws\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`laws__status_idx\` ON \`laws\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_laws_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_summary\` text,
  	\`version_url\` text,
  	\`version_document_id\` integer,
  	\`version_department_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`laws\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_laws_v_parent_idx\` ON \`_laws_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_document_idx\` ON \`_laws_v\` (\`version_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_department_idx\` ON \`_laws_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_updated_at_idx\` ON \`_laws_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version_created_at_idx\` ON \`_laws_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_version_version__status_idx\` ON \`_laws_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_created_at_idx\` ON \`_laws_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_updated_at_idx\` ON \`_laws_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_laws_v_latest_idx\` ON \`_laws_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`date\` text,
  	\`cover_image_id\` integer,
  	\`body\` text,
  	\`fiscal_year\` numeric,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_cover_image_idx\` ON \`news\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_fiscal_year_idx\` ON \`news\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`news_department_idx\` ON \`news\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_date\` text,
  	\`version_cover_image_id\` integer,
  	\`version_body\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_department_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_image_idx\` ON \`_news_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_fiscal_year_idx\` ON \`_news_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_department_idx\` ON \`_news_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`plans_strategies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`goals\` text,
  	\`indicators\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_strategies_order_idx\` ON \`plans_strategies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_strategies_parent_id_idx\` ON \`plans_strategies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_projects_budget_by_year\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric,
  	\`amount\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_projects_budget_by_year_order_idx\` ON \`plans_projects_budget_by_year\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_projects_budget_by_year_parent_id_idx\` ON \`plans_projects_budget_by_year\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_projects_budget_by_year_fiscal_year_idx\` ON \`plans_projects_budget_by_year\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE TABLE \`plans_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`dimension\` text,
  	\`name\` text,
  	\`budget\` numeric,
  	\`no_budget\` integer,
  	\`method\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`period_text\` text,
  	\`responsible_unit\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_projects_order_idx\` ON \`plans_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_projects_parent_id_idx\` ON \`plans_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_loc_order_idx\` ON \`plans_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`plans_loc_parent_id_idx\` ON \`plans_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`fiscal_year_end\` numeric,
  	\`summary\` text,
  	\`declared_none_is_none\` integer DEFAULT false,
  	\`declared_none_explanation\` text,
  	\`fiscal_year\` numeric,
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plans_kind_idx\` ON \`plans\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`plans_fiscal_year_end_idx\` ON \`plans\` (\`fiscal_year_end\`);`)
  await db.run(sql`CREATE INDEX \`plans_fiscal_year_idx\` ON \`plans\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`plans_department_idx\` ON \`plans\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_source_document_idx\` ON \`plans\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`plans_updated_at_idx\` ON \`plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plans_created_at_idx\` ON \`plans\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`plans__status_idx\` ON \`plans\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_strategies\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`goals\` text,
  	\`indicators\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_strategies_order_idx\` ON \`_plans_v_version_strategies\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_strategies_parent_id_idx\` ON \`_plans_v_version_strategies\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_projects_budget_by_year\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fiscal_year\` numeric,
  	\`amount\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v_version_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_projects_budget_by_year_order_idx\` ON \`_plans_v_version_projects_budget_by_year\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_projects_budget_by_year_parent_id_idx\` ON \`_plans_v_version_projects_budget_by_year\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_projects_budget_by_year_fiscal_year_idx\` ON \`_plans_v_version_projects_budget_by_year\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v_version_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`dimension\` text,
  	\`name\` text,
  	\`budget\` numeric,
  	\`no_budget\` integer,
  	\`method\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`period_text\` text,
  	\`responsible_unit\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_version_projects_order_idx\` ON \`_plans_v_version_projects\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_projects_parent_id_idx\` ON \`_plans_v_version_projects\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__plans_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__plans_v_version_loc_v_order_idx\` ON \`__plans_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__plans_v_version_loc_v_parent_id_idx\` ON \`__plans_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_fiscal_year_end\` numeric,
  	\`version_summary\` text,
  	\`version_declared_none_is_none\` integer DEFAULT false,
  	\`version_declared_none_explanation\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_plans_v_parent_idx\` ON \`_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_kind_idx\` ON \`_plans_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_fiscal_year_end_idx\` ON \`_plans_v\` (\`version_fiscal_year_end\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_fiscal_year_idx\` ON \`_plans_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_department_idx\` ON \`_plans_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_source_document_idx\` ON \`_plans_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_updated_at_idx\` ON \`_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version_created_at_idx\` ON \`_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_version_version__status_idx\` ON \`_plans_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_created_at_idx\` ON \`_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_updated_at_idx\` ON \`_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_plans_v_latest_idx\` ON \`_plans_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`reports_project_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`progress\` text,
  	\`budget_used\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_project_results_order_idx\` ON \`reports_project_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_project_results_parent_id_idx\` ON \`reports_project_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_measure_progress\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`measure\` text,
  	\`progress\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_measure_progress_order_idx\` ON \`reports_measure_progress\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_measure_progress_parent_id_idx\` ON \`reports_measure_progress\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_loc_order_idx\` ON \`reports_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_loc_parent_id_idx\` ON \`reports_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`fiscal_year\` numeric,
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_kind_idx\` ON \`reports\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`reports_subject_idx\` ON \`reports\` (\`subject\`);`)
  await db.run(sql`CREATE INDEX \`reports_fiscal_year_idx\` ON \`reports\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`reports_department_idx\` ON \`reports\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_source_document_idx\` ON \`reports\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_project_results\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`progress\` text,
  	\`budget_used\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_project_results_order_idx\` ON \`_reports_v_version_project_results\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_project_results_parent_id_idx\` ON \`_reports_v_version_project_results\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_measure_progress\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`measure\` text,
  	\`progress\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_measure_progress_order_idx\` ON \`_reports_v_version_measure_progress\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_measure_progress_parent_id_idx\` ON \`_reports_v_version_measure_progress\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__reports_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__reports_v_version_loc_v_order_idx\` ON \`__reports_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__reports_v_version_loc_v_parent_id_idx\` ON \`__reports_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	\`version_fiscal_year\` numeric,
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_kind_idx\` ON \`_reports_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_subject_idx\` ON \`_reports_v\` (\`version_subject\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_fiscal_year_idx\` ON \`_reports_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_department_idx\` ON \`_reports_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_source_document_idx\` ON \`_reports_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`manuals_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`duration\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`manuals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`manuals_steps_order_idx\` ON \`manuals_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`manuals_steps_parent_id_idx\` ON \`manuals_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`manuals_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`manuals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`manuals_loc_order_idx\` ON \`manuals_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`manuals_loc_parent_id_idx\` ON \`manuals_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`manuals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`mission\` text,
  	\`positions\` text,
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`manuals_kind_idx\` ON \`manuals\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`manuals_department_idx\` ON \`manuals\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`manuals_source_document_idx\` ON \`manuals\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`manuals_updated_at_idx\` ON \`manuals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`manuals_created_at_idx\` ON \`manuals\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`manuals__status_idx\` ON \`manuals\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_manuals_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`duration\` text,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_manuals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_steps_order_idx\` ON \`_manuals_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_steps_parent_id_idx\` ON \`_manuals_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__manuals_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_manuals_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__manuals_v_version_loc_v_order_idx\` ON \`__manuals_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__manuals_v_version_loc_v_parent_id_idx\` ON \`__manuals_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_manuals_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_mission\` text,
  	\`version_positions\` text,
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`manuals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_manuals_v_parent_idx\` ON \`_manuals_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_kind_idx\` ON \`_manuals_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_department_idx\` ON \`_manuals_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_source_document_idx\` ON \`_manuals_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_updated_at_idx\` ON \`_manuals_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version_created_at_idx\` ON \`_manuals_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_version_version__status_idx\` ON \`_manuals_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_created_at_idx\` ON \`_manuals_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_updated_at_idx\` ON \`_manuals_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_manuals_v_latest_idx\` ON \`_manuals_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`statistics_service_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`service\` text,
  	\`period\` text,
  	\`count\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`statistics_service_rows_order_idx\` ON \`statistics_service_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`statistics_service_rows_parent_id_idx\` ON \`statistics_service_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statistics_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`statistics_loc_order_idx\` ON \`statistics_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`statistics_loc_parent_id_idx\` ON \`statistics_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`statistics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`statistics_kind_idx\` ON \`statistics\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`statistics_fiscal_year_idx\` ON \`statistics\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`statistics_department_idx\` ON \`statistics\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_source_document_idx\` ON \`statistics\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`statistics_updated_at_idx\` ON \`statistics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics_created_at_idx\` ON \`statistics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`statistics__status_idx\` ON \`statistics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_statistics_v_version_service_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`service\` text,
  	\`period\` text,
  	\`count\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statistics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_service_rows_order_idx\` ON \`_statistics_v_version_service_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_service_rows_parent_id_idx\` ON \`_statistics_v_version_service_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__statistics_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_statistics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__statistics_v_version_loc_v_order_idx\` ON \`__statistics_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__statistics_v_version_loc_v_parent_id_idx\` ON \`__statistics_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_statistics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`statistics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_statistics_v_parent_idx\` ON \`_statistics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_kind_idx\` ON \`_statistics_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_fiscal_year_idx\` ON \`_statistics_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_department_idx\` ON \`_statistics_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_source_document_idx\` ON \`_statistics_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_updated_at_idx\` ON \`_statistics_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version_created_at_idx\` ON \`_statistics_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_version_version__status_idx\` ON \`_statistics_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_created_at_idx\` ON \`_statistics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_updated_at_idx\` ON \`_statistics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_statistics_v_latest_idx\` ON \`_statistics_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`e_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`url\` text,
  	\`description\` text,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`e_services_department_idx\` ON \`e_services\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`e_services_updated_at_idx\` ON \`e_services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`e_services_created_at_idx\` ON \`e_services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`e_services__status_idx\` ON \`e_services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_e_services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_url\` text,
  	\`version_description\` text,
  	\`version_department_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`e_services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_e_services_v_parent_idx\` ON \`_e_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_department_idx\` ON \`_e_services_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_updated_at_idx\` ON \`_e_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version_created_at_idx\` ON \`_e_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_version_version__status_idx\` ON \`_e_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_created_at_idx\` ON \`_e_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_updated_at_idx\` ON \`_e_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_e_services_v_latest_idx\` ON \`_e_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`procurement_announcements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`type\` text,
  	\`announced_at\` text,
  	\`egp_project_number\` text,
  	\`method\` text,
  	\`budget\` numeric,
  	\`reference_price\` numeric,
  	\`attachment_id\` integer,
  	\`fiscal_year\` numeric,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_announcements_egp_project_number_idx\` ON \`procurement_announcements\` (\`egp_project_number\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_attachment_idx\` ON \`procurement_announcements\` (\`attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_fiscal_year_idx\` ON \`procurement_announcements\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_department_idx\` ON \`procurement_announcements\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_updated_at_idx\` ON \`procurement_announcements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements_created_at_idx\` ON \`procurement_announcements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_announcements__status_idx\` ON \`procurement_announcements\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_procurement_announcements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_type\` text,
  	\`version_announced_at\` text,
  	\`version_egp_project_number\` text,
  	\`version_method\` text,
  	\`version_budget\` numeric,
  	\`version_reference_price\` numeric,
  	\`version_attachment_id\` integer,
  	\`version_fiscal_year\` numeric,
  	\`version_department_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procurement_announcements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_attachment_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_parent_idx\` ON \`_procurement_announcements_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_egp_project_idx\` ON \`_procurement_announcements_v\` (\`version_egp_project_number\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_attachment_idx\` ON \`_procurement_announcements_v\` (\`version_attachment_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_fiscal_year_idx\` ON \`_procurement_announcements_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_department_idx\` ON \`_procurement_announcements_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_updated_at_idx\` ON \`_procurement_announcements_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version_created_at_idx\` ON \`_procurement_announcements_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_version_version__status_idx\` ON \`_procurement_announcements_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_created_at_idx\` ON \`_procurement_announcements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_updated_at_idx\` ON \`_procurement_announcements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_announcements_v_latest_idx\` ON \`_procurement_announcements_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`procurement_monthly_rows_bidders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`price\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procurement_monthly_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_monthly_rows_bidders_order_idx\` ON \`procurement_monthly_rows_bidders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_rows_bidders_parent_id_idx\` ON \`procurement_monthly_rows_bidders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procurement_monthly_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`work\` text,
  	\`budget\` numeric,
  	\`reference_price\` numeric,
  	\`method\` text,
  	\`winner\` text,
  	\`agreed_price\` numeric,
  	\`reason\` text,
  	\`contract_number\` text,
  	\`contract_date\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procurement_monthly\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_monthly_rows_order_idx\` ON \`procurement_monthly_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_rows_parent_id_idx\` ON \`procurement_monthly_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procurement_monthly_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procurement_monthly\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_monthly_loc_order_idx\` ON \`procurement_monthly_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_loc_parent_id_idx\` ON \`procurement_monthly_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procurement_monthly\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`month\` text,
  	\`declared_none_is_none\` integer DEFAULT false,
  	\`declared_none_explanation\` text,
  	\`fiscal_year\` numeric,
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procurement_monthly_month_idx\` ON \`procurement_monthly\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_fiscal_year_idx\` ON \`procurement_monthly\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_department_idx\` ON \`procurement_monthly\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_source_document_idx\` ON \`procurement_monthly\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_updated_at_idx\` ON \`procurement_monthly\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly_created_at_idx\` ON \`procurement_monthly\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procurement_monthly__status_idx\` ON \`procurement_monthly\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_procurement_monthly_v_version_rows_bidders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`price\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procurement_monthly_v_version_rows\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_rows_bidders_order_idx\` ON \`_procurement_monthly_v_version_rows_bidders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_rows_bidders_parent_id_idx\` ON \`_procurement_monthly_v_version_rows_bidders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procurement_monthly_v_version_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`work\` text,
  	\`budget\` numeric,
  	\`reference_price\` numeric,
  	\`method\` text,
  	\`winner\` text,
  	\`agreed_price\` numeric,
  	\`reason\` text,
  	\`contract_number\` text,
  	\`contract_date\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procurement_monthly_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_rows_order_idx\` ON \`_procurement_monthly_v_version_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_rows_parent_id_idx\` ON \`_procurement_monthly_v_version_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__procurement_monthly_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procurement_monthly_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__procurement_monthly_v_version_loc_v_order_idx\` ON \`__procurement_monthly_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__procurement_monthly_v_version_loc_v_parent_id_idx\` ON \`__procurement_monthly_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procurement_monthly_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_month\` text,
  	\`version_declared_none_is_none\` integer DEFAULT false,
  	\`version_declared_none_explanation\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procurement_monthly\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_parent_idx\` ON \`_procurement_monthly_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_month_idx\` ON \`_procurement_monthly_v\` (\`version_month\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_fiscal_year_idx\` ON \`_procurement_monthly_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_department_idx\` ON \`_procurement_monthly_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_source_document_idx\` ON \`_procurement_monthly_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_updated_at_idx\` ON \`_procurement_monthly_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version_created_at_idx\` ON \`_procurement_monthly_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_version_version__status_idx\` ON \`_procurement_monthly_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_created_at_idx\` ON \`_procurement_monthly_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_updated_at_idx\` ON \`_procurement_monthly_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procurement_monthly_v_latest_idx\` ON \`_procurement_monthly_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`policies_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_loc_order_idx\` ON \`policies_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`policies_loc_parent_id_idx\` ON \`policies_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`ethics_rules\` text,
  	\`fiscal_year\` numeric,
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`declaration_signed_by_id\`) REFERENCES \`executives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_kind_idx\` ON \`policies\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`policies_declaration_declaration_signed_by_idx\` ON \`policies\` (\`declaration_signed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_fiscal_year_idx\` ON \`policies\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`policies_department_idx\` ON \`policies\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_source_document_idx\` ON \`policies\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__policies_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__policies_v_version_loc_v_order_idx\` ON \`__policies_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__policies_v_version_loc_v_parent_id_idx\` ON \`__policies_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	\`version_ethics_rules\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_declaration_signed_by_id\`) REFERENCES \`executives\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_kind_idx\` ON \`_policies_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_declaration_version_declaration_sign_idx\` ON \`_policies_v\` (\`version_declaration_signed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_fiscal_year_idx\` ON \`_policies_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_department_idx\` ON \`_policies_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_source_document_idx\` ON \`_policies_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`activities_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_loc_order_idx\` ON \`activities_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`activities_loc_parent_id_idx\` ON \`activities_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`activities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_kind_idx\` ON \`activities\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`activities_fiscal_year_idx\` ON \`activities\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`activities_department_idx\` ON \`activities\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_source_document_idx\` ON \`activities\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_updated_at_idx\` ON \`activities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`activities_created_at_idx\` ON \`activities\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`activities__status_idx\` ON \`activities\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`activities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`activities_rels_order_idx\` ON \`activities_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_parent_idx\` ON \`activities_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_path_idx\` ON \`activities_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`activities_rels_media_id_idx\` ON \`activities_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__activities_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__activities_v_version_loc_v_order_idx\` ON \`__activities_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__activities_v_version_loc_v_parent_id_idx\` ON \`__activities_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`activities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_parent_idx\` ON \`_activities_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_kind_idx\` ON \`_activities_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_fiscal_year_idx\` ON \`_activities_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_department_idx\` ON \`_activities_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_source_document_idx\` ON \`_activities_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_updated_at_idx\` ON \`_activities_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version_created_at_idx\` ON \`_activities_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_version_version__status_idx\` ON \`_activities_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_created_at_idx\` ON \`_activities_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_updated_at_idx\` ON \`_activities_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_latest_idx\` ON \`_activities_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_activities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_activities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_order_idx\` ON \`_activities_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_parent_idx\` ON \`_activities_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_path_idx\` ON \`_activities_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_activities_v_rels_media_id_idx\` ON \`_activities_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`risk_assessments_risks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`process\` text,
  	\`event\` text,
  	\`level\` text,
  	\`measures\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`risk_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`risk_assessments_risks_order_idx\` ON \`risk_assessments_risks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_risks_parent_id_idx\` ON \`risk_assessments_risks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`risk_assessments_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`risk_assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`risk_assessments_loc_order_idx\` ON \`risk_assessments_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_loc_parent_id_idx\` ON \`risk_assessments_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`risk_assessments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`fiscal_year\` numeric,
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`risk_assessments_fiscal_year_idx\` ON \`risk_assessments\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_department_idx\` ON \`risk_assessments\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_source_document_idx\` ON \`risk_assessments\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_updated_at_idx\` ON \`risk_assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments_created_at_idx\` ON \`risk_assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`risk_assessments__status_idx\` ON \`risk_assessments\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_risk_assessments_v_version_risks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`process\` text,
  	\`event\` text,
  	\`level\` text,
  	\`measures\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_risk_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_risks_order_idx\` ON \`_risk_assessments_v_version_risks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_risks_parent_id_idx\` ON \`_risk_assessments_v_version_risks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__risk_assessments_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_risk_assessments_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__risk_assessments_v_version_loc_v_order_idx\` ON \`__risk_assessments_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__risk_assessments_v_version_loc_v_parent_id_idx\` ON \`__risk_assessments_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_risk_assessments_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`risk_assessments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_parent_idx\` ON \`_risk_assessments_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_fiscal_year_idx\` ON \`_risk_assessments_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_department_idx\` ON \`_risk_assessments_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_source_document_idx\` ON \`_risk_assessments_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_updated_at_idx\` ON \`_risk_assessments_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version_created_at_idx\` ON \`_risk_assessments_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_version_version__status_idx\` ON \`_risk_assessments_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_created_at_idx\` ON \`_risk_assessments_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_updated_at_idx\` ON \`_risk_assessments_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_risk_assessments_v_latest_idx\` ON \`_risk_assessments_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`integrity_measures_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`measure\` text,
  	\`owner\` text,
  	\`steps\` text,
  	\`monitoring\` text,
  	\`timeline\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`integrity_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`integrity_measures_measures_order_idx\` ON \`integrity_measures_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_measures_parent_id_idx\` ON \`integrity_measures_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`integrity_measures_loc\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`integrity_measures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`integrity_measures_loc_order_idx\` ON \`integrity_measures_loc\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_loc_parent_id_idx\` ON \`integrity_measures_loc\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`integrity_measures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`analysed_year\` numeric,
  	\`analysis_weaknesses\` text,
  	\`analysis_improvements\` text,
  	\`fiscal_year\` numeric,
  	\`department_id\` integer,
  	\`source_document_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`integrity_measures_analysed_year_idx\` ON \`integrity_measures\` (\`analysed_year\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_fiscal_year_idx\` ON \`integrity_measures\` (\`fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_department_idx\` ON \`integrity_measures\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_source_document_idx\` ON \`integrity_measures\` (\`source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_updated_at_idx\` ON \`integrity_measures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures_created_at_idx\` ON \`integrity_measures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`integrity_measures__status_idx\` ON \`integrity_measures\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_integrity_measures_v_version_measures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`measure\` text,
  	\`owner\` text,
  	\`steps\` text,
  	\`monitoring\` text,
  	\`timeline\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_integrity_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_measures_order_idx\` ON \`_integrity_measures_v_version_measures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_measures_parent_id_idx\` ON \`_integrity_measures_v_version_measures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__integrity_measures_v_version_loc_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`component\` text,
  	\`pages\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_integrity_measures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`__integrity_measures_v_version_loc_v_order_idx\` ON \`__integrity_measures_v_version_loc_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`__integrity_measures_v_version_loc_v_parent_id_idx\` ON \`__integrity_measures_v_version_loc_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_integrity_measures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_analysed_year\` numeric,
  	\`version_analysis_weaknesses\` text,
  	\`version_analysis_improvements\` text,
  	\`version_fiscal_year\` numeric,
  	\`version_department_id\` integer,
  	\`version_source_document_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`integrity_measures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_source_document_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_parent_idx\` ON \`_integrity_measures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_analysed_year_idx\` ON \`_integrity_measures_v\` (\`version_analysed_year\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_fiscal_year_idx\` ON \`_integrity_measures_v\` (\`version_fiscal_year\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_department_idx\` ON \`_integrity_measures_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_source_document_idx\` ON \`_integrity_measures_v\` (\`version_source_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_updated_at_idx\` ON \`_integrity_measures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version_created_at_idx\` ON \`_integrity_measures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_version_version__status_idx\` ON \`_integrity_measures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_created_at_idx\` ON \`_integrity_measures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_updated_at_idx\` ON \`_integrity_measures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_integrity_measures_v_latest_idx\` ON \`_integrity_measures_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_department_idx\` ON \`users\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`departments_name_th_idx\` ON \`departments\` (\`name_th\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_code_idx\` ON \`departments\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
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
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	\`departments_id\` integer,
  	\`media_id\` integer,
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
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organisations_structure_divisions\`;`)
  await db.run(sql`DROP TABLE \`organisations_qa_channels\`;`)
  await db.run(sql`DROP TABLE \`organisations_social_networks\`;`)
  await db.run(sql`DROP TABLE \`organisations_loc\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_structure_divisions\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_qa_channels\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v_version_social_networks\`;`)
  await db.run(sql`DROP TABLE \`__organisations_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`DROP TABLE \`executives_loc\`;`)
  await db.run(sql`DROP TABLE \`executives\`;`)
  await db.run(sql`DROP TABLE \`__executives_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_executives_v\`;`)
  await db.run(sql`DROP TABLE \`laws\`;`)
  await db.run(sql`DROP TABLE \`_laws_v\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`plans_strategies\`;`)
  await db.run(sql`DROP TABLE \`plans_projects_budget_by_year\`;`)
  await db.run(sql`DROP TABLE \`plans_projects\`;`)
  await db.run(sql`DROP TABLE \`plans_loc\`;`)
  await db.run(sql`DROP TABLE \`plans\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_strategies\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_projects_budget_by_year\`;`)
  await db.run(sql`DROP TABLE \`_plans_v_version_projects\`;`)
  await db.run(sql`DROP TABLE \`__plans_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_plans_v\`;`)
  await db.run(sql`DROP TABLE \`reports_project_results\`;`)
  await db.run(sql`DROP TABLE \`reports_measure_progress\`;`)
  await db.run(sql`DROP TABLE \`reports_loc\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_project_results\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_measure_progress\`;`)
  await db.run(sql`DROP TABLE \`__reports_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`manuals_steps\`;`)
  await db.run(sql`DROP TABLE \`manuals_loc\`;`)
  await db.run(sql`DROP TABLE \`manuals\`;`)
  await db.run(sql`DROP TABLE \`_manuals_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`__manuals_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_manuals_v\`;`)
  await db.run(sql`DROP TABLE \`statistics_service_rows\`;`)
  await db.run(sql`DROP TABLE \`statistics_loc\`;`)
  await db.run(sql`DROP TABLE \`statistics\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v_version_service_rows\`;`)
  await db.run(sql`DROP TABLE \`__statistics_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_statistics_v\`;`)
  await db.run(sql`DROP TABLE \`e_services\`;`)
  await db.run(sql`DROP TABLE \`_e_services_v\`;`)
  await db.run(sql`DROP TABLE \`procurement_announcements\`;`)
  await db.run(sql`DROP TABLE \`_procurement_announcements_v\`;`)
  await db.run(sql`DROP TABLE \`procurement_monthly_rows_bidders\`;`)
  await db.run(sql`DROP TABLE \`procurement_monthly_rows\`;`)
  await db.run(sql`DROP TABLE \`procurement_monthly_loc\`;`)
  await db.run(sql`DROP TABLE \`procurement_monthly\`;`)
  await db.run(sql`DROP TABLE \`_procurement_monthly_v_version_rows_bidders\`;`)
  await db.run(sql`DROP TABLE \`_procurement_monthly_v_version_rows\`;`)
  await db.run(sql`DROP TABLE \`__procurement_monthly_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_procurement_monthly_v\`;`)
  await db.run(sql`DROP TABLE \`policies_loc\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`DROP TABLE \`__policies_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`activities_loc\`;`)
  await db.run(sql`DROP TABLE \`activities\`;`)
  await db.run(sql`DROP TABLE \`activities_rels\`;`)
  await db.run(sql`DROP TABLE \`__activities_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_activities_v\`;`)
  await db.run(sql`DROP TABLE \`_activities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`risk_assessments_risks\`;`)
  await db.run(sql`DROP TABLE \`risk_assessments_loc\`;`)
  await db.run(sql`DROP TABLE \`risk_assessments\`;`)
  await db.run(sql`DROP TABLE \`_risk_assessments_v_version_risks\`;`)
  await db.run(sql`DROP TABLE \`__risk_assessments_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_risk_assessments_v\`;`)
  await db.run(sql`DROP TABLE \`integrity_measures_measures\`;`)
  await db.run(sql`DROP TABLE \`integrity_measures_loc\`;`)
  await db.run(sql`DROP TABLE \`integrity_measures\`;`)
  await db.run(sql`DROP TABLE \`_integrity_measures_v_version_measures\`;`)
  await db.run(sql`DROP TABLE \`__integrity_measures_v_version_loc_v\`;`)
  await db.run(sql`DROP TABLE \`_integrity_measures_v\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
