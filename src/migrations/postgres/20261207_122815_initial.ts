import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_organisations_qa_channels_type" AS ENUM('webboard', 'messenger', 'line-oa', 'chatbot', 'live-chat', 'other');
  CREATE TYPE "public"."enum_organisations_social_networks_platform" AS ENUM('facebook', 'youtube', 'line', 'x', 'instagram', 'tiktok', 'other');
  CREATE TYPE "public"."enum_organisations_loc_component" AS ENUM('structure-chart', 'divisions', 'authority', 'privacy-policy');
  CREATE TYPE "public"."enum_organisations_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_organisations_type" AS ENUM('pao', 'city-municipality', 'town-municipality', 'subdistrict-municipality', 'sao');
  CREATE TYPE "public"."enum_organisations_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_organisations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_version_qa_channels_type" AS ENUM('webboard', 'messenger', 'line-oa', 'chatbot', 'live-chat', 'other');
  CREATE TYPE "public"."enum__organisations_v_version_social_networks_platform" AS ENUM('facebook', 'youtube', 'line', 'x', 'instagram', 'tiktok', 'other');
  CREATE TYPE "public"."enum___organisations_v_version_loc_v_component" AS ENUM('structure-chart', 'divisions', 'authority', 'privacy-policy');
  CREATE TYPE "public"."enum__organisations_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__organisations_v_version_type" AS ENUM('pao', 'city-municipality', 'town-municipality', 'subdistrict-municipality', 'sao');
  CREATE TYPE "public"."enum__organisations_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__organisations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_executives_loc_component" AS ENUM('name', 'position', 'photo', 'contact');
  CREATE TYPE "public"."enum_executives_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_executives_side" AS ENUM('political', 'permanent');
  CREATE TYPE "public"."enum_executives_rank" AS ENUM('top', 'deputy', 'other');
  CREATE TYPE "public"."enum_executives_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_executives_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum___executives_v_version_loc_v_component" AS ENUM('name', 'position', 'photo', 'contact');
  CREATE TYPE "public"."enum__executives_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__executives_v_version_side" AS ENUM('political', 'permanent');
  CREATE TYPE "public"."enum__executives_v_version_rank" AS ENUM('top', 'deputy', 'other');
  CREATE TYPE "public"."enum__executives_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__executives_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_laws_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_laws_kind" AS ENUM('act', 'decree', 'ministerial-regulation', 'regulation', 'ordinance', 'announcement', 'other');
  CREATE TYPE "public"."enum_laws_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_laws_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__laws_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__laws_v_version_kind" AS ENUM('act', 'decree', 'ministerial-regulation', 'regulation', 'ordinance', 'announcement', 'other');
  CREATE TYPE "public"."enum__laws_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__laws_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_news_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_news_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__news_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_plans_loc_component" AS ENUM('strategies', 'goals', 'indicators', 'projects', 'budget', 'period', 'procurement-items', 'hr-policy');
  CREATE TYPE "public"."enum_plans_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_plans_kind" AS ENUM('development', 'action', 'procurement', 'hr', 'anti-corruption');
  CREATE TYPE "public"."enum_plans_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_plans_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum___plans_v_version_loc_v_component" AS ENUM('strategies', 'goals', 'indicators', 'projects', 'budget', 'period', 'procurement-items', 'hr-policy');
  CREATE TYPE "public"."enum__plans_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__plans_v_version_kind" AS ENUM('development', 'action', 'procurement', 'hr', 'anti-corruption');
  CREATE TYPE "public"."enum__plans_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__plans_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_reports_ita_development_actions_status" AS ENUM('planned', 'in-progress', 'done');
  CREATE TYPE "public"."enum_reports_loc_component" AS ENUM('project-progress', 'budget-used', 'procurement-summary', 'hr-results', 'hr-statistics', 'problems', 'recommendations', 'survey-results', 'gift-report', 'ethics-results', 'ethics-in-hr', 'measure-progress', 'risk-results', 'ita-actions');
  CREATE TYPE "public"."enum_reports_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_reports_kind" AS ENUM('progress-6m', 'annual', 'satisfaction', 'no-gift', 'ethics-assessment', 'integrity-progress', 'risk-management', 'ita-development');
  CREATE TYPE "public"."enum_reports_subject" AS ENUM('operations', 'procurement', 'hr', 'anti-corruption');
  CREATE TYPE "public"."enum_reports_round" AS ENUM('1', '2');
  CREATE TYPE "public"."enum_reports_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reports_v_version_ita_development_actions_status" AS ENUM('planned', 'in-progress', 'done');
  CREATE TYPE "public"."enum___reports_v_version_loc_v_component" AS ENUM('project-progress', 'budget-used', 'procurement-summary', 'hr-results', 'hr-statistics', 'problems', 'recommendations', 'survey-results', 'gift-report', 'ethics-results', 'ethics-in-hr', 'measure-progress', 'risk-results', 'ita-actions');
  CREATE TYPE "public"."enum__reports_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__reports_v_version_kind" AS ENUM('progress-6m', 'annual', 'satisfaction', 'no-gift', 'ethics-assessment', 'integrity-progress', 'risk-management', 'ita-development');
  CREATE TYPE "public"."enum__reports_v_version_subject" AS ENUM('operations', 'procurement', 'hr', 'anti-corruption');
  CREATE TYPE "public"."enum__reports_v_version_round" AS ENUM('1', '2');
  CREATE TYPE "public"."enum__reports_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_manuals_loc_component" AS ENUM('mission', 'positions', 'steps');
  CREATE TYPE "public"."enum_manuals_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_manuals_kind" AS ENUM('work', 'service');
  CREATE TYPE "public"."enum_manuals_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_manuals_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum___manuals_v_version_loc_v_component" AS ENUM('mission', 'positions', 'steps');
  CREATE TYPE "public"."enum__manuals_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__manuals_v_version_kind" AS ENUM('work', 'service');
  CREATE TYPE "public"."enum__manuals_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__manuals_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_statistics_loc_component" AS ENUM('service-statistics', 'complaints-total', 'complaints-done', 'complaints-in-progress');
  CREATE TYPE "public"."enum_statistics_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_statistics_kind" AS ENUM('service', 'complaint');
  CREATE TYPE "public"."enum_statistics_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_statistics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum___statistics_v_version_loc_v_component" AS ENUM('service-statistics', 'complaints-total', 'complaints-done', 'complaints-in-progress');
  CREATE TYPE "public"."enum__statistics_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__statistics_v_version_kind" AS ENUM('service', 'complaint');
  CREATE TYPE "public"."enum__statistics_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__statistics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_e_services_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_e_services_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_e_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__e_services_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__e_services_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__e_services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_procurement_announcements_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_procurement_announcements_type" AS ENUM('invitation', 'result', 'reference-price', 'cancellation', 'other');
  CREATE TYPE "public"."enum_procurement_announcements_method" AS ENUM('e-bidding', 'e-market', 'selection', 'specific', 'price-inquiry', 'other');
  CREATE TYPE "public"."enum_procurement_announcements_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_procurement_announcements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procurement_announcements_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__procurement_announcements_v_version_type" AS ENUM('invitation', 'result', 'reference-price', 'cancellation', 'other');
  CREATE TYPE "public"."enum__procurement_announcements_v_version_method" AS ENUM('e-bidding', 'e-market', 'selection', 'specific', 'price-inquiry', 'other');
  CREATE TYPE "public"."enum__procurement_announcements_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__procurement_announcements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_procurement_monthly_rows_method" AS ENUM('e-bidding', 'e-market', 'selection', 'specific', 'price-inquiry', 'other');
  CREATE TYPE "public"."enum_procurement_monthly_loc_component" AS ENUM('procurement-rows');
  CREATE TYPE "public"."enum_procurement_monthly_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_procurement_monthly_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_procurement_monthly_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procurement_monthly_v_version_rows_method" AS ENUM('e-bidding', 'e-market', 'selection', 'specific', 'price-inquiry', 'other');
  CREATE TYPE "public"."enum___procurement_monthly_v_version_loc_v_component" AS ENUM('procurement-rows');
  CREATE TYPE "public"."enum__procurement_monthly_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__procurement_monthly_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__procurement_monthly_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_policies_loc_component" AS ENUM('recruitment', 'appointment', 'development', 'evaluation', 'rewards-discipline', 'how-to-complain', 'handling-steps', 'responsible-unit', 'time-frame', 'declaration', 'ethics-code', 'ethics-rules');
  CREATE TYPE "public"."enum_policies_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_policies_kind" AS ENUM('hr-criteria', 'complaint-guideline', 'no-gift-declaration', 'ethics-code');
  CREATE TYPE "public"."enum_policies_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum___policies_v_version_loc_v_component" AS ENUM('recruitment', 'appointment', 'development', 'evaluation', 'rewards-discipline', 'how-to-complain', 'handling-steps', 'responsible-unit', 'time-frame', 'declaration', 'ethics-code', 'ethics-rules');
  CREATE TYPE "public"."enum__policies_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__policies_v_version_kind" AS ENUM('hr-criteria', 'complaint-guideline', 'no-gift-declaration', 'ethics-code');
  CREATE TYPE "public"."enum__policies_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_activities_loc_component" AS ENUM('activity', 'ethics-team', 'dos-and-donts', 'ethics-training');
  CREATE TYPE "public"."enum_activities_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_activities_kind" AS ENUM('hr-action', 'participation', 'no-gift-culture', 'risk-management', 'ethics-drive');
  CREATE TYPE "public"."enum_activities_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_activities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum___activities_v_version_loc_v_component" AS ENUM('activity', 'ethics-team', 'dos-and-donts', 'ethics-training');
  CREATE TYPE "public"."enum__activities_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__activities_v_version_kind" AS ENUM('hr-action', 'participation', 'no-gift-culture', 'risk-management', 'ethics-drive');
  CREATE TYPE "public"."enum__activities_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__activities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_risk_assessments_risks_level" AS ENUM('low', 'medium', 'high', 'very-high');
  CREATE TYPE "public"."enum_risk_assessments_loc_component" AS ENUM('risk-events', 'risk-measures');
  CREATE TYPE "public"."enum_risk_assessments_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_risk_assessments_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_risk_assessments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__risk_assessments_v_version_risks_level" AS ENUM('low', 'medium', 'high', 'very-high');
  CREATE TYPE "public"."enum___risk_assessments_v_version_loc_v_component" AS ENUM('risk-events', 'risk-measures');
  CREATE TYPE "public"."enum__risk_assessments_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__risk_assessments_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__risk_assessments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_integrity_measures_loc_component" AS ENUM('weaknesses', 'improvements', 'measures', 'owners', 'steps', 'monitoring');
  CREATE TYPE "public"."enum_integrity_measures_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum_integrity_measures_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_integrity_measures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum___integrity_measures_v_version_loc_v_component" AS ENUM('weaknesses', 'improvements', 'measures', 'owners', 'steps', 'monitoring');
  CREATE TYPE "public"."enum__integrity_measures_v_version_readiness" AS ENUM('ready', 'incomplete');
  CREATE TYPE "public"."enum__integrity_measures_v_version_workflow_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum__integrity_measures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'publisher', 'reviewer', 'editor');
  CREATE TYPE "public"."enum_users_language" AS ENUM('th', 'en');
  CREATE TYPE "public"."enum_divisions_oit_items" AS ENUM('2569_O1', '2569_O2', '2569_O3', '2569_O4', '2569_O5', '2569_O6', '2569_O7', '2569_O8', '2569_O9', '2569_O10', '2569_O11', '2569_O12', '2569_O13', '2569_O14', '2569_O15', '2569_O16', '2569_O17', '2569_O18', '2569_O19', '2569_O20', '2569_O21', '2569_O22', '2569_O23', '2569_O24', '2569_O25', '2569_O26', '2566_o1', '2566_o2', '2566_o3', '2566_o4', '2566_o5', '2566_o6', '2566_o7', '2566_o8', '2566_o9', '2566_o10', '2566_o11', '2566_o12', '2566_o13', '2566_o14', '2566_o15', '2566_o16', '2566_o17', '2566_o18', '2566_o19', '2566_o20', '2566_o21', '2566_o22', '2566_o23', '2566_o24', '2566_o25', '2566_o26', '2566_o27', '2566_o28', '2566_o29', '2566_o30', '2566_o31', '2566_o32', '2566_o33', '2566_o34', '2566_o35', '2566_o36', '2566_o37', '2566_o38', '2566_o39', '2566_o40', '2566_o41', '2566_o42', '2566_o43');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'submit', 'approve', 'sendBack', 'publish', 'unpublish', 'trash', 'restore', 'delete');
  CREATE TYPE "public"."enum_audit_log_from_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_audit_log_to_state" AS ENUM('draft', 'submitted', 'approved', 'returned', 'published');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'oitDueReminders', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'oitDueReminders', 'schedulePublish');
  CREATE TABLE "organisations_structure_divisions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"head_position" varchar
  );
  
  CREATE TABLE "organisations_qa_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_organisations_qa_channels_type",
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "organisations_social_networks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_organisations_social_networks_platform",
  	"url" varchar
  );
  
  CREATE TABLE "organisations_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_organisations_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_organisations_readiness",
  	"name_th" varchar,
  	"short_name" varchar,
  	"name_en" varchar,
  	"type" "enum_organisations_type",
  	"province" varchar,
  	"logo_id" integer,
  	"website_thai_digits" boolean DEFAULT false,
  	"structure_political_chart_id" integer,
  	"structure_permanent_chart_id" integer,
  	"authority" jsonb,
  	"contact_address" varchar,
  	"contact_phone" varchar,
  	"contact_fax" varchar,
  	"contact_email" varchar,
  	"contact_map_url" varchar,
  	"contact_latitude" numeric,
  	"contact_longitude" numeric,
  	"corruption_complaint_channel_url" varchar,
  	"corruption_complaint_channel_separate_from_general" boolean,
  	"corruption_complaint_channel_description" varchar,
  	"eit_survey_url" varchar,
  	"eit_survey_qr_code_id" integer,
  	"privacy_policy_body" jsonb,
  	"privacy_policy_document_id" integer,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_organisations_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organisations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_organisations_v_version_structure_divisions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"head_position" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisations_v_version_qa_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum__organisations_v_version_qa_channels_type",
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisations_v_version_social_networks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum__organisations_v_version_social_networks_platform",
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__organisations_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___organisations_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__organisations_v_version_readiness",
  	"version_name_th" varchar,
  	"version_short_name" varchar,
  	"version_name_en" varchar,
  	"version_type" "enum__organisations_v_version_type",
  	"version_province" varchar,
  	"version_logo_id" integer,
  	"version_website_thai_digits" boolean DEFAULT false,
  	"version_structure_political_chart_id" integer,
  	"version_structure_permanent_chart_id" integer,
  	"version_authority" jsonb,
  	"version_contact_address" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_fax" varchar,
  	"version_contact_email" varchar,
  	"version_contact_map_url" varchar,
  	"version_contact_latitude" numeric,
  	"version_contact_longitude" numeric,
  	"version_corruption_complaint_channel_url" varchar,
  	"version_corruption_complaint_channel_separate_from_general" boolean,
  	"version_corruption_complaint_channel_description" varchar,
  	"version_eit_survey_url" varchar,
  	"version_eit_survey_qr_code_id" integer,
  	"version_privacy_policy_body" jsonb,
  	"version_privacy_policy_document_id" integer,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__organisations_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organisations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "executives_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_executives_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "executives" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_executives_readiness",
  	"name" varchar,
  	"position" varchar,
  	"side" "enum_executives_side" DEFAULT 'political',
  	"rank" "enum_executives_rank" DEFAULT 'other',
  	"order" numeric,
  	"photo_id" integer,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_line_id" varchar,
  	"contact_url" varchar,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_executives_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_executives_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "__executives_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___executives_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_executives_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__executives_v_version_readiness",
  	"version_name" varchar,
  	"version_position" varchar,
  	"version_side" "enum__executives_v_version_side" DEFAULT 'political',
  	"version_rank" "enum__executives_v_version_rank" DEFAULT 'other',
  	"version_order" numeric,
  	"version_photo_id" integer,
  	"version_contact_phone" varchar,
  	"version_contact_email" varchar,
  	"version_contact_line_id" varchar,
  	"version_contact_url" varchar,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__executives_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__executives_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "laws" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_laws_readiness",
  	"title" varchar,
  	"kind" "enum_laws_kind",
  	"summary" varchar,
  	"url" varchar,
  	"document_id" integer,
  	"division_id" integer,
  	"workflow_state" "enum_laws_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_laws_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_laws_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__laws_v_version_readiness",
  	"version_title" varchar,
  	"version_kind" "enum__laws_v_version_kind",
  	"version_summary" varchar,
  	"version_url" varchar,
  	"version_document_id" integer,
  	"version_division_id" integer,
  	"version_workflow_state" "enum__laws_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__laws_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_news_readiness",
  	"title" varchar,
  	"date" timestamp(3) with time zone,
  	"cover_image_id" integer,
  	"body" jsonb,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"workflow_state" "enum_news_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__news_v_version_readiness",
  	"version_title" varchar,
  	"version_date" timestamp(3) with time zone,
  	"version_cover_image_id" integer,
  	"version_body" jsonb,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_workflow_state" "enum__news_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "plans_strategies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"goals" varchar,
  	"indicators" varchar
  );
  
  CREATE TABLE "plans_projects_budget_by_year" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"fiscal_year" numeric,
  	"amount" numeric
  );
  
  CREATE TABLE "plans_projects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"dimension" varchar,
  	"name" varchar,
  	"budget" numeric,
  	"no_budget" boolean,
  	"method" varchar,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"period_text" varchar,
  	"responsible_unit" varchar
  );
  
  CREATE TABLE "plans_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_plans_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_plans_readiness",
  	"title" varchar,
  	"kind" "enum_plans_kind",
  	"fiscal_year_end" numeric,
  	"summary" jsonb,
  	"declared_none_is_none" boolean DEFAULT false,
  	"declared_none_explanation" varchar,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_plans_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_plans_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_plans_v_version_strategies" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"goals" varchar,
  	"indicators" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v_version_projects_budget_by_year" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"fiscal_year" numeric,
  	"amount" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v_version_projects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"dimension" varchar,
  	"name" varchar,
  	"budget" numeric,
  	"no_budget" boolean,
  	"method" varchar,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"period_text" varchar,
  	"responsible_unit" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__plans_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___plans_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__plans_v_version_readiness",
  	"version_title" varchar,
  	"version_kind" "enum__plans_v_version_kind",
  	"version_fiscal_year_end" numeric,
  	"version_summary" jsonb,
  	"version_declared_none_is_none" boolean DEFAULT false,
  	"version_declared_none_explanation" varchar,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__plans_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__plans_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "reports_project_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"progress" varchar,
  	"budget_used" numeric
  );
  
  CREATE TABLE "reports_measure_progress" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"measure" varchar,
  	"progress" varchar
  );
  
  CREATE TABLE "reports_risk_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"area" varchar,
  	"measure" varchar,
  	"result" varchar
  );
  
  CREATE TABLE "reports_ita_development_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"status" "enum_reports_ita_development_actions_status"
  );
  
  CREATE TABLE "reports_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_reports_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_reports_readiness",
  	"title" varchar,
  	"kind" "enum_reports_kind",
  	"subject" "enum_reports_subject",
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"summary" jsonb,
  	"budget_spent" numeric,
  	"procurement_summary" varchar,
  	"hr_results" varchar,
  	"hr_statistics" varchar,
  	"problems" varchar,
  	"recommendations" varchar,
  	"satisfaction_respondents" numeric,
  	"satisfaction_score_percent" numeric,
  	"satisfaction_results" varchar,
  	"no_gift_gifts_reported" numeric,
  	"no_gift_results" varchar,
  	"ethics_results" varchar,
  	"ethics_use_in_hr" varchar,
  	"round" "enum_reports_round",
  	"ita_development_assessed_year" numeric,
  	"ita_development_score" numeric,
  	"ita_development_issues" varchar,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_reports_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_reports_v_version_project_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"progress" varchar,
  	"budget_used" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v_version_measure_progress" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"measure" varchar,
  	"progress" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v_version_risk_results" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"area" varchar,
  	"measure" varchar,
  	"result" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v_version_ita_development_actions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar,
  	"status" "enum__reports_v_version_ita_development_actions_status",
  	"_uuid" varchar
  );
  
  CREATE TABLE "__reports_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___reports_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__reports_v_version_readiness",
  	"version_title" varchar,
  	"version_kind" "enum__reports_v_version_kind",
  	"version_subject" "enum__reports_v_version_subject",
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_summary" jsonb,
  	"version_budget_spent" numeric,
  	"version_procurement_summary" varchar,
  	"version_hr_results" varchar,
  	"version_hr_statistics" varchar,
  	"version_problems" varchar,
  	"version_recommendations" varchar,
  	"version_satisfaction_respondents" numeric,
  	"version_satisfaction_score_percent" numeric,
  	"version_satisfaction_results" varchar,
  	"version_no_gift_gifts_reported" numeric,
  	"version_no_gift_results" varchar,
  	"version_ethics_results" varchar,
  	"version_ethics_use_in_hr" varchar,
  	"version_round" "enum__reports_v_version_round",
  	"version_ita_development_assessed_year" numeric,
  	"version_ita_development_score" numeric,
  	"version_ita_development_issues" varchar,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__reports_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "manuals_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"duration" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "manuals_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_manuals_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "manuals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_manuals_readiness",
  	"title" varchar,
  	"kind" "enum_manuals_kind",
  	"mission" varchar,
  	"positions" varchar,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_manuals_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_manuals_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_manuals_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"step" varchar,
  	"duration" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__manuals_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___manuals_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_manuals_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__manuals_v_version_readiness",
  	"version_title" varchar,
  	"version_kind" "enum__manuals_v_version_kind",
  	"version_mission" varchar,
  	"version_positions" varchar,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__manuals_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__manuals_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "statistics_service_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"service" varchar,
  	"period" varchar,
  	"count" numeric
  );
  
  CREATE TABLE "statistics_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_statistics_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "statistics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_statistics_readiness",
  	"title" varchar,
  	"kind" "enum_statistics_kind",
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"complaints_total" numeric,
  	"complaints_done" numeric,
  	"complaints_in_progress" numeric,
  	"declared_none_is_none" boolean DEFAULT false,
  	"declared_none_explanation" varchar,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_statistics_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_statistics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_statistics_v_version_service_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"service" varchar,
  	"period" varchar,
  	"count" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__statistics_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___statistics_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_statistics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__statistics_v_version_readiness",
  	"version_title" varchar,
  	"version_kind" "enum__statistics_v_version_kind",
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_complaints_total" numeric,
  	"version_complaints_done" numeric,
  	"version_complaints_in_progress" numeric,
  	"version_declared_none_is_none" boolean DEFAULT false,
  	"version_declared_none_explanation" varchar,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__statistics_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__statistics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "e_services_usage_statistics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"period" varchar,
  	"requests" numeric,
  	"completed" numeric
  );
  
  CREATE TABLE "e_services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_e_services_readiness",
  	"name" varchar,
  	"url" varchar,
  	"description" varchar,
  	"guide_url" varchar,
  	"guide_id" integer,
  	"division_id" integer,
  	"workflow_state" "enum_e_services_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_e_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_e_services_v_version_usage_statistics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"period" varchar,
  	"requests" numeric,
  	"completed" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_e_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__e_services_v_version_readiness",
  	"version_name" varchar,
  	"version_url" varchar,
  	"version_description" varchar,
  	"version_guide_url" varchar,
  	"version_guide_id" integer,
  	"version_division_id" integer,
  	"version_workflow_state" "enum__e_services_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__e_services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "procurement_announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_procurement_announcements_readiness",
  	"title" varchar,
  	"type" "enum_procurement_announcements_type",
  	"announced_at" timestamp(3) with time zone,
  	"egp_project_number" varchar,
  	"method" "enum_procurement_announcements_method",
  	"budget" numeric,
  	"reference_price" numeric,
  	"attachment_id" integer,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"workflow_state" "enum_procurement_announcements_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_procurement_announcements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_procurement_announcements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__procurement_announcements_v_version_readiness",
  	"version_title" varchar,
  	"version_type" "enum__procurement_announcements_v_version_type",
  	"version_announced_at" timestamp(3) with time zone,
  	"version_egp_project_number" varchar,
  	"version_method" "enum__procurement_announcements_v_version_method",
  	"version_budget" numeric,
  	"version_reference_price" numeric,
  	"version_attachment_id" integer,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_workflow_state" "enum__procurement_announcements_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__procurement_announcements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "procurement_monthly_rows_bidders" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"price" numeric
  );
  
  CREATE TABLE "procurement_monthly_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"work" varchar,
  	"budget" numeric,
  	"reference_price" numeric,
  	"method" "enum_procurement_monthly_rows_method",
  	"winner" varchar,
  	"agreed_price" numeric,
  	"reason" varchar,
  	"contract_number" varchar,
  	"contract_date" timestamp(3) with time zone
  );
  
  CREATE TABLE "procurement_monthly_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_procurement_monthly_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "procurement_monthly" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_procurement_monthly_readiness",
  	"title" varchar,
  	"month" timestamp(3) with time zone,
  	"declared_none_is_none" boolean DEFAULT false,
  	"declared_none_explanation" varchar,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_procurement_monthly_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_procurement_monthly_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_procurement_monthly_v_version_rows_bidders" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"price" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procurement_monthly_v_version_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"work" varchar,
  	"budget" numeric,
  	"reference_price" numeric,
  	"method" "enum__procurement_monthly_v_version_rows_method",
  	"winner" varchar,
  	"agreed_price" numeric,
  	"reason" varchar,
  	"contract_number" varchar,
  	"contract_date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__procurement_monthly_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___procurement_monthly_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procurement_monthly_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__procurement_monthly_v_version_readiness",
  	"version_title" varchar,
  	"version_month" timestamp(3) with time zone,
  	"version_declared_none_is_none" boolean DEFAULT false,
  	"version_declared_none_explanation" varchar,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__procurement_monthly_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__procurement_monthly_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "policies_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_policies_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_policies_readiness",
  	"title" varchar,
  	"kind" "enum_policies_kind",
  	"body" jsonb,
  	"hr_criteria_recruitment" varchar,
  	"hr_criteria_appointment" varchar,
  	"hr_criteria_development" varchar,
  	"hr_criteria_evaluation" varchar,
  	"hr_criteria_rewards_and_discipline" varchar,
  	"complaint_guideline_how_to_complain" varchar,
  	"complaint_guideline_handling_steps" varchar,
  	"complaint_guideline_responsible_unit" varchar,
  	"complaint_guideline_time_frame" varchar,
  	"declaration_signed_by_id" integer,
  	"declaration_signed_at" timestamp(3) with time zone,
  	"gift_rules_summary" varchar,
  	"gift_rules_activity" varchar,
  	"ethics_rules" varchar,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_policies_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "__policies_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___policies_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__policies_v_version_readiness",
  	"version_title" varchar,
  	"version_kind" "enum__policies_v_version_kind",
  	"version_body" jsonb,
  	"version_hr_criteria_recruitment" varchar,
  	"version_hr_criteria_appointment" varchar,
  	"version_hr_criteria_development" varchar,
  	"version_hr_criteria_evaluation" varchar,
  	"version_hr_criteria_rewards_and_discipline" varchar,
  	"version_complaint_guideline_how_to_complain" varchar,
  	"version_complaint_guideline_handling_steps" varchar,
  	"version_complaint_guideline_responsible_unit" varchar,
  	"version_complaint_guideline_time_frame" varchar,
  	"version_declaration_signed_by_id" integer,
  	"version_declaration_signed_at" timestamp(3) with time zone,
  	"version_gift_rules_summary" varchar,
  	"version_gift_rules_activity" varchar,
  	"version_ethics_rules" varchar,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__policies_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "activities_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_activities_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_activities_readiness",
  	"title" varchar,
  	"kind" "enum_activities_kind",
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"description" jsonb,
  	"related_to" varchar,
  	"ethics_drive_team" varchar,
  	"ethics_drive_dos_and_donts" varchar,
  	"ethics_drive_training" varchar,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_activities_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_activities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "__activities_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___activities_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_activities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__activities_v_version_readiness",
  	"version_title" varchar,
  	"version_kind" "enum__activities_v_version_kind",
  	"version_period_start" timestamp(3) with time zone,
  	"version_period_end" timestamp(3) with time zone,
  	"version_description" jsonb,
  	"version_related_to" varchar,
  	"version_ethics_drive_team" varchar,
  	"version_ethics_drive_dos_and_donts" varchar,
  	"version_ethics_drive_training" varchar,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__activities_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__activities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_activities_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "risk_assessments_risks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"process" varchar,
  	"event" varchar,
  	"level" "enum_risk_assessments_risks_level",
  	"measures" varchar
  );
  
  CREATE TABLE "risk_assessments_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_risk_assessments_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "risk_assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_risk_assessments_readiness",
  	"title" varchar,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_risk_assessments_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_risk_assessments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_risk_assessments_v_version_risks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"process" varchar,
  	"event" varchar,
  	"level" "enum__risk_assessments_v_version_risks_level",
  	"measures" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__risk_assessments_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___risk_assessments_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_risk_assessments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__risk_assessments_v_version_readiness",
  	"version_title" varchar,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__risk_assessments_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__risk_assessments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "integrity_measures_measures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"measure" varchar,
  	"owner" varchar,
  	"steps" varchar,
  	"monitoring" varchar,
  	"timeline" varchar
  );
  
  CREATE TABLE "integrity_measures_loc" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"component" "enum_integrity_measures_loc_component",
  	"pages" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "integrity_measures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"readiness" "enum_integrity_measures_readiness",
  	"title" varchar,
  	"analysed_year" numeric,
  	"ita_score" numeric,
  	"analysis_weaknesses" varchar,
  	"analysis_improvements" varchar,
  	"fiscal_year" numeric,
  	"division_id" integer,
  	"source_document_id" integer,
  	"workflow_state" "enum_integrity_measures_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_integrity_measures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_integrity_measures_v_version_measures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"measure" varchar,
  	"owner" varchar,
  	"steps" varchar,
  	"monitoring" varchar,
  	"timeline" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "__integrity_measures_v_version_loc_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"component" "enum___integrity_measures_v_version_loc_v_component",
  	"pages" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_integrity_measures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_readiness" "enum__integrity_measures_v_version_readiness",
  	"version_title" varchar,
  	"version_analysed_year" numeric,
  	"version_ita_score" numeric,
  	"version_analysis_weaknesses" varchar,
  	"version_analysis_improvements" varchar,
  	"version_fiscal_year" numeric,
  	"version_division_id" integer,
  	"version_source_document_id" integer,
  	"version_workflow_state" "enum__integrity_measures_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_changed_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__integrity_measures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"language" "enum_users_language" DEFAULT 'th',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"divisions_id" integer
  );
  
  CREATE TABLE "divisions_oit_items" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_divisions_oit_items",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "divisions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name_th" varchar NOT NULL,
  	"short_name" varchar,
  	"name_en" varchar,
  	"code" varchar NOT NULL,
  	"order" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"public" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"title" varchar,
  	"division_id" integer,
  	"user_id" integer,
  	"user_name" varchar,
  	"reason" varchar,
  	"from_state" "enum_audit_log_from_state",
  	"to_state" "enum_audit_log_to_state",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"executives_id" integer,
  	"laws_id" integer,
  	"news_id" integer,
  	"plans_id" integer,
  	"reports_id" integer,
  	"manuals_id" integer,
  	"statistics_id" integer,
  	"e_services_id" integer,
  	"procurement_announcements_id" integer,
  	"procurement_monthly_id" integer,
  	"policies_id" integer,
  	"activities_id" integer,
  	"risk_assessments_id" integer,
  	"integrity_measures_id" integer,
  	"users_id" integer,
  	"divisions_id" integer,
  	"media_id" integer,
  	"audit_log_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "organisations_structure_divisions" ADD CONSTRAINT "organisations_structure_divisions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_qa_channels" ADD CONSTRAINT "organisations_qa_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_social_networks" ADD CONSTRAINT "organisations_social_networks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_loc" ADD CONSTRAINT "organisations_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_structure_political_chart_id_media_id_fk" FOREIGN KEY ("structure_political_chart_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_structure_permanent_chart_id_media_id_fk" FOREIGN KEY ("structure_permanent_chart_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_eit_survey_qr_code_id_media_id_fk" FOREIGN KEY ("eit_survey_qr_code_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_privacy_policy_document_id_media_id_fk" FOREIGN KEY ("privacy_policy_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_structure_divisions" ADD CONSTRAINT "_organisations_v_version_structure_divisions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_qa_channels" ADD CONSTRAINT "_organisations_v_version_qa_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_social_networks" ADD CONSTRAINT "_organisations_v_version_social_networks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__organisations_v_version_loc_v" ADD CONSTRAINT "__organisations_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_structure_political_chart_id_media_id_fk" FOREIGN KEY ("version_structure_political_chart_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_structure_permanent_chart_id_media_id_fk" FOREIGN KEY ("version_structure_permanent_chart_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_eit_survey_qr_code_id_media_id_fk" FOREIGN KEY ("version_eit_survey_qr_code_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_privacy_policy_document_id_media_id_fk" FOREIGN KEY ("version_privacy_policy_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executives_loc" ADD CONSTRAINT "executives_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."executives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "executives" ADD CONSTRAINT "executives_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executives" ADD CONSTRAINT "executives_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executives" ADD CONSTRAINT "executives_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "__executives_v_version_loc_v" ADD CONSTRAINT "__executives_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_executives_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_executives_v" ADD CONSTRAINT "_executives_v_parent_id_executives_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."executives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_executives_v" ADD CONSTRAINT "_executives_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_executives_v" ADD CONSTRAINT "_executives_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_executives_v" ADD CONSTRAINT "_executives_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "laws" ADD CONSTRAINT "laws_document_id_media_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "laws" ADD CONSTRAINT "laws_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_laws_v" ADD CONSTRAINT "_laws_v_parent_id_laws_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."laws"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_laws_v" ADD CONSTRAINT "_laws_v_version_document_id_media_id_fk" FOREIGN KEY ("version_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_laws_v" ADD CONSTRAINT "_laws_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_strategies" ADD CONSTRAINT "plans_strategies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_projects_budget_by_year" ADD CONSTRAINT "plans_projects_budget_by_year_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_projects" ADD CONSTRAINT "plans_projects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_loc" ADD CONSTRAINT "plans_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v_version_strategies" ADD CONSTRAINT "_plans_v_version_strategies_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_version_projects_budget_by_year" ADD CONSTRAINT "_plans_v_version_projects_budget_by_year_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v_version_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v_version_projects" ADD CONSTRAINT "_plans_v_version_projects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__plans_v_version_loc_v" ADD CONSTRAINT "__plans_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_parent_id_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_project_results" ADD CONSTRAINT "reports_project_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_measure_progress" ADD CONSTRAINT "reports_measure_progress_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_risk_results" ADD CONSTRAINT "reports_risk_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_ita_development_actions" ADD CONSTRAINT "reports_ita_development_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_loc" ADD CONSTRAINT "reports_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_project_results" ADD CONSTRAINT "_reports_v_version_project_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_measure_progress" ADD CONSTRAINT "_reports_v_version_measure_progress_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_risk_results" ADD CONSTRAINT "_reports_v_version_risk_results_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_ita_development_actions" ADD CONSTRAINT "_reports_v_version_ita_development_actions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__reports_v_version_loc_v" ADD CONSTRAINT "__reports_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_parent_id_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manuals_steps" ADD CONSTRAINT "manuals_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manuals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manuals_loc" ADD CONSTRAINT "manuals_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manuals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manuals" ADD CONSTRAINT "manuals_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manuals" ADD CONSTRAINT "manuals_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manuals_v_version_steps" ADD CONSTRAINT "_manuals_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_manuals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__manuals_v_version_loc_v" ADD CONSTRAINT "__manuals_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_manuals_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_manuals_v" ADD CONSTRAINT "_manuals_v_parent_id_manuals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."manuals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manuals_v" ADD CONSTRAINT "_manuals_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manuals_v" ADD CONSTRAINT "_manuals_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statistics_service_rows" ADD CONSTRAINT "statistics_service_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "statistics_loc" ADD CONSTRAINT "statistics_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "statistics" ADD CONSTRAINT "statistics_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statistics" ADD CONSTRAINT "statistics_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistics_v_version_service_rows" ADD CONSTRAINT "_statistics_v_version_service_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__statistics_v_version_loc_v" ADD CONSTRAINT "__statistics_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_statistics_v" ADD CONSTRAINT "_statistics_v_parent_id_statistics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."statistics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistics_v" ADD CONSTRAINT "_statistics_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistics_v" ADD CONSTRAINT "_statistics_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "e_services_usage_statistics" ADD CONSTRAINT "e_services_usage_statistics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."e_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "e_services" ADD CONSTRAINT "e_services_guide_id_media_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "e_services" ADD CONSTRAINT "e_services_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_e_services_v_version_usage_statistics" ADD CONSTRAINT "_e_services_v_version_usage_statistics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_e_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_e_services_v" ADD CONSTRAINT "_e_services_v_parent_id_e_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."e_services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_e_services_v" ADD CONSTRAINT "_e_services_v_version_guide_id_media_id_fk" FOREIGN KEY ("version_guide_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_e_services_v" ADD CONSTRAINT "_e_services_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_announcements" ADD CONSTRAINT "procurement_announcements_attachment_id_media_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_announcements" ADD CONSTRAINT "procurement_announcements_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_announcements_v" ADD CONSTRAINT "_procurement_announcements_v_parent_id_procurement_announcements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procurement_announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_announcements_v" ADD CONSTRAINT "_procurement_announcements_v_version_attachment_id_media_id_fk" FOREIGN KEY ("version_attachment_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_announcements_v" ADD CONSTRAINT "_procurement_announcements_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_monthly_rows_bidders" ADD CONSTRAINT "procurement_monthly_rows_bidders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement_monthly_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_monthly_rows" ADD CONSTRAINT "procurement_monthly_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement_monthly"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_monthly_loc" ADD CONSTRAINT "procurement_monthly_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procurement_monthly"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procurement_monthly" ADD CONSTRAINT "procurement_monthly_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_monthly" ADD CONSTRAINT "procurement_monthly_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_monthly_v_version_rows_bidders" ADD CONSTRAINT "_procurement_monthly_v_version_rows_bidders_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procurement_monthly_v_version_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_monthly_v_version_rows" ADD CONSTRAINT "_procurement_monthly_v_version_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procurement_monthly_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__procurement_monthly_v_version_loc_v" ADD CONSTRAINT "__procurement_monthly_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procurement_monthly_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procurement_monthly_v" ADD CONSTRAINT "_procurement_monthly_v_parent_id_procurement_monthly_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procurement_monthly"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_monthly_v" ADD CONSTRAINT "_procurement_monthly_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_monthly_v" ADD CONSTRAINT "_procurement_monthly_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_loc" ADD CONSTRAINT "policies_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_declaration_signed_by_id_executives_id_fk" FOREIGN KEY ("declaration_signed_by_id") REFERENCES "public"."executives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "__policies_v_version_loc_v" ADD CONSTRAINT "__policies_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_parent_id_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_declaration_signed_by_id_executives_id_fk" FOREIGN KEY ("version_declaration_signed_by_id") REFERENCES "public"."executives"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_loc" ADD CONSTRAINT "activities_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__activities_v_version_loc_v" ADD CONSTRAINT "__activities_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_parent_id_activities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v_rels" ADD CONSTRAINT "_activities_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_activities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_activities_v_rels" ADD CONSTRAINT "_activities_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_assessments_risks" ADD CONSTRAINT "risk_assessments_risks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_assessments_loc" ADD CONSTRAINT "risk_assessments_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v_version_risks" ADD CONSTRAINT "_risk_assessments_v_version_risks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__risk_assessments_v_version_loc_v" ADD CONSTRAINT "__risk_assessments_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_risk_assessments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v" ADD CONSTRAINT "_risk_assessments_v_parent_id_risk_assessments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."risk_assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v" ADD CONSTRAINT "_risk_assessments_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v" ADD CONSTRAINT "_risk_assessments_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integrity_measures_measures" ADD CONSTRAINT "integrity_measures_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."integrity_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "integrity_measures_loc" ADD CONSTRAINT "integrity_measures_loc_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."integrity_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "integrity_measures" ADD CONSTRAINT "integrity_measures_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integrity_measures" ADD CONSTRAINT "integrity_measures_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_integrity_measures_v_version_measures" ADD CONSTRAINT "_integrity_measures_v_version_measures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_integrity_measures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "__integrity_measures_v_version_loc_v" ADD CONSTRAINT "__integrity_measures_v_version_loc_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_integrity_measures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_integrity_measures_v" ADD CONSTRAINT "_integrity_measures_v_parent_id_integrity_measures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."integrity_measures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_integrity_measures_v" ADD CONSTRAINT "_integrity_measures_v_version_division_id_divisions_id_fk" FOREIGN KEY ("version_division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_integrity_measures_v" ADD CONSTRAINT "_integrity_measures_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_divisions_fk" FOREIGN KEY ("divisions_id") REFERENCES "public"."divisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "divisions_oit_items" ADD CONSTRAINT "divisions_oit_items_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."divisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_executives_fk" FOREIGN KEY ("executives_id") REFERENCES "public"."executives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_laws_fk" FOREIGN KEY ("laws_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_manuals_fk" FOREIGN KEY ("manuals_id") REFERENCES "public"."manuals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_statistics_fk" FOREIGN KEY ("statistics_id") REFERENCES "public"."statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_e_services_fk" FOREIGN KEY ("e_services_id") REFERENCES "public"."e_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procurement_announcements_fk" FOREIGN KEY ("procurement_announcements_id") REFERENCES "public"."procurement_announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procurement_monthly_summari_fk" FOREIGN KEY ("procurement_monthly_id") REFERENCES "public"."procurement_monthly"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_risk_assessments_fk" FOREIGN KEY ("risk_assessments_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_integrity_measures_fk" FOREIGN KEY ("integrity_measures_id") REFERENCES "public"."integrity_measures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_divisions_fk" FOREIGN KEY ("divisions_id") REFERENCES "public"."divisions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organisations_structure_divisions_order_idx" ON "organisations_structure_divisions" USING btree ("_order");
  CREATE INDEX "organisations_structure_divisions_parent_id_idx" ON "organisations_structure_divisions" USING btree ("_parent_id");
  CREATE INDEX "organisations_qa_channels_order_idx" ON "organisations_qa_channels" USING btree ("_order");
  CREATE INDEX "organisations_qa_channels_parent_id_idx" ON "organisations_qa_channels" USING btree ("_parent_id");
  CREATE INDEX "organisations_social_networks_order_idx" ON "organisations_social_networks" USING btree ("_order");
  CREATE INDEX "organisations_social_networks_parent_id_idx" ON "organisations_social_networks" USING btree ("_parent_id");
  CREATE INDEX "organisations_loc_order_idx" ON "organisations_loc" USING btree ("_order");
  CREATE INDEX "organisations_loc_parent_id_idx" ON "organisations_loc" USING btree ("_parent_id");
  CREATE INDEX "organisations_readiness_idx" ON "organisations" USING btree ("readiness");
  CREATE UNIQUE INDEX "organisations_name_th_idx" ON "organisations" USING btree ("name_th");
  CREATE INDEX "organisations_logo_idx" ON "organisations" USING btree ("logo_id");
  CREATE INDEX "organisations_structure_structure_political_chart_idx" ON "organisations" USING btree ("structure_political_chart_id");
  CREATE INDEX "organisations_structure_structure_permanent_chart_idx" ON "organisations" USING btree ("structure_permanent_chart_id");
  CREATE INDEX "organisations_eit_survey_eit_survey_qr_code_idx" ON "organisations" USING btree ("eit_survey_qr_code_id");
  CREATE INDEX "organisations_privacy_policy_privacy_policy_document_idx" ON "organisations" USING btree ("privacy_policy_document_id");
  CREATE INDEX "organisations_division_idx" ON "organisations" USING btree ("division_id");
  CREATE INDEX "organisations_source_document_idx" ON "organisations" USING btree ("source_document_id");
  CREATE INDEX "organisations_workflow_state_idx" ON "organisations" USING btree ("workflow_state");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE INDEX "organisations__status_idx" ON "organisations" USING btree ("_status");
  CREATE INDEX "_organisations_v_version_structure_divisions_order_idx" ON "_organisations_v_version_structure_divisions" USING btree ("_order");
  CREATE INDEX "_organisations_v_version_structure_divisions_parent_id_idx" ON "_organisations_v_version_structure_divisions" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_version_qa_channels_order_idx" ON "_organisations_v_version_qa_channels" USING btree ("_order");
  CREATE INDEX "_organisations_v_version_qa_channels_parent_id_idx" ON "_organisations_v_version_qa_channels" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_version_social_networks_order_idx" ON "_organisations_v_version_social_networks" USING btree ("_order");
  CREATE INDEX "_organisations_v_version_social_networks_parent_id_idx" ON "_organisations_v_version_social_networks" USING btree ("_parent_id");
  CREATE INDEX "__organisations_v_version_loc_v_order_idx" ON "__organisations_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__organisations_v_version_loc_v_parent_id_idx" ON "__organisations_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_parent_idx" ON "_organisations_v" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_version_version_readiness_idx" ON "_organisations_v" USING btree ("version_readiness");
  CREATE INDEX "_organisations_v_version_version_name_th_idx" ON "_organisations_v" USING btree ("version_name_th");
  CREATE INDEX "_organisations_v_version_version_logo_idx" ON "_organisations_v" USING btree ("version_logo_id");
  CREATE INDEX "_organisations_v_version_structure_version_structure_pol_idx" ON "_organisations_v" USING btree ("version_structure_political_chart_id");
  CREATE INDEX "_organisations_v_version_structure_version_structure_per_idx" ON "_organisations_v" USING btree ("version_structure_permanent_chart_id");
  CREATE INDEX "_organisations_v_version_eit_survey_version_eit_survey_q_idx" ON "_organisations_v" USING btree ("version_eit_survey_qr_code_id");
  CREATE INDEX "_organisations_v_version_privacy_policy_version_privacy__idx" ON "_organisations_v" USING btree ("version_privacy_policy_document_id");
  CREATE INDEX "_organisations_v_version_version_division_idx" ON "_organisations_v" USING btree ("version_division_id");
  CREATE INDEX "_organisations_v_version_version_source_document_idx" ON "_organisations_v" USING btree ("version_source_document_id");
  CREATE INDEX "_organisations_v_version_version_workflow_state_idx" ON "_organisations_v" USING btree ("version_workflow_state");
  CREATE INDEX "_organisations_v_version_version_updated_at_idx" ON "_organisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisations_v_version_version_created_at_idx" ON "_organisations_v" USING btree ("version_created_at");
  CREATE INDEX "_organisations_v_version_version__status_idx" ON "_organisations_v" USING btree ("version__status");
  CREATE INDEX "_organisations_v_created_at_idx" ON "_organisations_v" USING btree ("created_at");
  CREATE INDEX "_organisations_v_updated_at_idx" ON "_organisations_v" USING btree ("updated_at");
  CREATE INDEX "_organisations_v_latest_idx" ON "_organisations_v" USING btree ("latest");
  CREATE INDEX "executives_loc_order_idx" ON "executives_loc" USING btree ("_order");
  CREATE INDEX "executives_loc_parent_id_idx" ON "executives_loc" USING btree ("_parent_id");
  CREATE INDEX "executives_readiness_idx" ON "executives" USING btree ("readiness");
  CREATE INDEX "executives_photo_idx" ON "executives" USING btree ("photo_id");
  CREATE INDEX "executives_division_idx" ON "executives" USING btree ("division_id");
  CREATE INDEX "executives_source_document_idx" ON "executives" USING btree ("source_document_id");
  CREATE INDEX "executives_workflow_state_idx" ON "executives" USING btree ("workflow_state");
  CREATE INDEX "executives_updated_at_idx" ON "executives" USING btree ("updated_at");
  CREATE INDEX "executives_created_at_idx" ON "executives" USING btree ("created_at");
  CREATE INDEX "executives_deleted_at_idx" ON "executives" USING btree ("deleted_at");
  CREATE INDEX "executives__status_idx" ON "executives" USING btree ("_status");
  CREATE INDEX "__executives_v_version_loc_v_order_idx" ON "__executives_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__executives_v_version_loc_v_parent_id_idx" ON "__executives_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_executives_v_parent_idx" ON "_executives_v" USING btree ("parent_id");
  CREATE INDEX "_executives_v_version_version_readiness_idx" ON "_executives_v" USING btree ("version_readiness");
  CREATE INDEX "_executives_v_version_version_photo_idx" ON "_executives_v" USING btree ("version_photo_id");
  CREATE INDEX "_executives_v_version_version_division_idx" ON "_executives_v" USING btree ("version_division_id");
  CREATE INDEX "_executives_v_version_version_source_document_idx" ON "_executives_v" USING btree ("version_source_document_id");
  CREATE INDEX "_executives_v_version_version_workflow_state_idx" ON "_executives_v" USING btree ("version_workflow_state");
  CREATE INDEX "_executives_v_version_version_updated_at_idx" ON "_executives_v" USING btree ("version_updated_at");
  CREATE INDEX "_executives_v_version_version_created_at_idx" ON "_executives_v" USING btree ("version_created_at");
  CREATE INDEX "_executives_v_version_version_deleted_at_idx" ON "_executives_v" USING btree ("version_deleted_at");
  CREATE INDEX "_executives_v_version_version__status_idx" ON "_executives_v" USING btree ("version__status");
  CREATE INDEX "_executives_v_created_at_idx" ON "_executives_v" USING btree ("created_at");
  CREATE INDEX "_executives_v_updated_at_idx" ON "_executives_v" USING btree ("updated_at");
  CREATE INDEX "_executives_v_latest_idx" ON "_executives_v" USING btree ("latest");
  CREATE INDEX "laws_readiness_idx" ON "laws" USING btree ("readiness");
  CREATE INDEX "laws_document_idx" ON "laws" USING btree ("document_id");
  CREATE INDEX "laws_division_idx" ON "laws" USING btree ("division_id");
  CREATE INDEX "laws_workflow_state_idx" ON "laws" USING btree ("workflow_state");
  CREATE INDEX "laws_updated_at_idx" ON "laws" USING btree ("updated_at");
  CREATE INDEX "laws_created_at_idx" ON "laws" USING btree ("created_at");
  CREATE INDEX "laws_deleted_at_idx" ON "laws" USING btree ("deleted_at");
  CREATE INDEX "laws__status_idx" ON "laws" USING btree ("_status");
  CREATE INDEX "_laws_v_parent_idx" ON "_laws_v" USING btree ("parent_id");
  CREATE INDEX "_laws_v_version_version_readiness_idx" ON "_laws_v" USING btree ("version_readiness");
  CREATE INDEX "_laws_v_version_version_document_idx" ON "_laws_v" USING btree ("version_document_id");
  CREATE INDEX "_laws_v_version_version_division_idx" ON "_laws_v" USING btree ("version_division_id");
  CREATE INDEX "_laws_v_version_version_workflow_state_idx" ON "_laws_v" USING btree ("version_workflow_state");
  CREATE INDEX "_laws_v_version_version_updated_at_idx" ON "_laws_v" USING btree ("version_updated_at");
  CREATE INDEX "_laws_v_version_version_created_at_idx" ON "_laws_v" USING btree ("version_created_at");
  CREATE INDEX "_laws_v_version_version_deleted_at_idx" ON "_laws_v" USING btree ("version_deleted_at");
  CREATE INDEX "_laws_v_version_version__status_idx" ON "_laws_v" USING btree ("version__status");
  CREATE INDEX "_laws_v_created_at_idx" ON "_laws_v" USING btree ("created_at");
  CREATE INDEX "_laws_v_updated_at_idx" ON "_laws_v" USING btree ("updated_at");
  CREATE INDEX "_laws_v_latest_idx" ON "_laws_v" USING btree ("latest");
  CREATE INDEX "news_readiness_idx" ON "news" USING btree ("readiness");
  CREATE INDEX "news_cover_image_idx" ON "news" USING btree ("cover_image_id");
  CREATE INDEX "news_fiscal_year_idx" ON "news" USING btree ("fiscal_year");
  CREATE INDEX "news_division_idx" ON "news" USING btree ("division_id");
  CREATE INDEX "news_workflow_state_idx" ON "news" USING btree ("workflow_state");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news_deleted_at_idx" ON "news" USING btree ("deleted_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_idx" ON "news" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_idx" ON "news" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_readiness_idx" ON "_news_v" USING btree ("version_readiness");
  CREATE INDEX "_news_v_version_version_cover_image_idx" ON "_news_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_news_v_version_version_fiscal_year_idx" ON "_news_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_news_v_version_version_division_idx" ON "_news_v" USING btree ("version_division_id");
  CREATE INDEX "_news_v_version_version_workflow_state_idx" ON "_news_v" USING btree ("version_workflow_state");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version_deleted_at_idx" ON "_news_v" USING btree ("version_deleted_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "compound_index_idx" ON "_news_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_idx" ON "_news_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "plans_strategies_order_idx" ON "plans_strategies" USING btree ("_order");
  CREATE INDEX "plans_strategies_parent_id_idx" ON "plans_strategies" USING btree ("_parent_id");
  CREATE INDEX "plans_projects_budget_by_year_order_idx" ON "plans_projects_budget_by_year" USING btree ("_order");
  CREATE INDEX "plans_projects_budget_by_year_parent_id_idx" ON "plans_projects_budget_by_year" USING btree ("_parent_id");
  CREATE INDEX "plans_projects_budget_by_year_fiscal_year_idx" ON "plans_projects_budget_by_year" USING btree ("fiscal_year");
  CREATE INDEX "plans_projects_order_idx" ON "plans_projects" USING btree ("_order");
  CREATE INDEX "plans_projects_parent_id_idx" ON "plans_projects" USING btree ("_parent_id");
  CREATE INDEX "plans_loc_order_idx" ON "plans_loc" USING btree ("_order");
  CREATE INDEX "plans_loc_parent_id_idx" ON "plans_loc" USING btree ("_parent_id");
  CREATE INDEX "plans_readiness_idx" ON "plans" USING btree ("readiness");
  CREATE INDEX "plans_kind_idx" ON "plans" USING btree ("kind");
  CREATE INDEX "plans_fiscal_year_end_idx" ON "plans" USING btree ("fiscal_year_end");
  CREATE INDEX "plans_fiscal_year_idx" ON "plans" USING btree ("fiscal_year");
  CREATE INDEX "plans_division_idx" ON "plans" USING btree ("division_id");
  CREATE INDEX "plans_source_document_idx" ON "plans" USING btree ("source_document_id");
  CREATE INDEX "plans_workflow_state_idx" ON "plans" USING btree ("workflow_state");
  CREATE INDEX "plans_updated_at_idx" ON "plans" USING btree ("updated_at");
  CREATE INDEX "plans_created_at_idx" ON "plans" USING btree ("created_at");
  CREATE INDEX "plans_deleted_at_idx" ON "plans" USING btree ("deleted_at");
  CREATE INDEX "plans__status_idx" ON "plans" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_1_idx" ON "plans" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_1_idx" ON "plans" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "_plans_v_version_strategies_order_idx" ON "_plans_v_version_strategies" USING btree ("_order");
  CREATE INDEX "_plans_v_version_strategies_parent_id_idx" ON "_plans_v_version_strategies" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_version_projects_budget_by_year_order_idx" ON "_plans_v_version_projects_budget_by_year" USING btree ("_order");
  CREATE INDEX "_plans_v_version_projects_budget_by_year_parent_id_idx" ON "_plans_v_version_projects_budget_by_year" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_version_projects_budget_by_year_fiscal_year_idx" ON "_plans_v_version_projects_budget_by_year" USING btree ("fiscal_year");
  CREATE INDEX "_plans_v_version_projects_order_idx" ON "_plans_v_version_projects" USING btree ("_order");
  CREATE INDEX "_plans_v_version_projects_parent_id_idx" ON "_plans_v_version_projects" USING btree ("_parent_id");
  CREATE INDEX "__plans_v_version_loc_v_order_idx" ON "__plans_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__plans_v_version_loc_v_parent_id_idx" ON "__plans_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_plans_v_parent_idx" ON "_plans_v" USING btree ("parent_id");
  CREATE INDEX "_plans_v_version_version_readiness_idx" ON "_plans_v" USING btree ("version_readiness");
  CREATE INDEX "_plans_v_version_version_kind_idx" ON "_plans_v" USING btree ("version_kind");
  CREATE INDEX "_plans_v_version_version_fiscal_year_end_idx" ON "_plans_v" USING btree ("version_fiscal_year_end");
  CREATE INDEX "_plans_v_version_version_fiscal_year_idx" ON "_plans_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_plans_v_version_version_division_idx" ON "_plans_v" USING btree ("version_division_id");
  CREATE INDEX "_plans_v_version_version_source_document_idx" ON "_plans_v" USING btree ("version_source_document_id");
  CREATE INDEX "_plans_v_version_version_workflow_state_idx" ON "_plans_v" USING btree ("version_workflow_state");
  CREATE INDEX "_plans_v_version_version_updated_at_idx" ON "_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_plans_v_version_version_created_at_idx" ON "_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_plans_v_version_version_deleted_at_idx" ON "_plans_v" USING btree ("version_deleted_at");
  CREATE INDEX "_plans_v_version_version__status_idx" ON "_plans_v" USING btree ("version__status");
  CREATE INDEX "_plans_v_created_at_idx" ON "_plans_v" USING btree ("created_at");
  CREATE INDEX "_plans_v_updated_at_idx" ON "_plans_v" USING btree ("updated_at");
  CREATE INDEX "_plans_v_latest_idx" ON "_plans_v" USING btree ("latest");
  CREATE INDEX "compound_index_1_idx" ON "_plans_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_1_idx" ON "_plans_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "reports_project_results_order_idx" ON "reports_project_results" USING btree ("_order");
  CREATE INDEX "reports_project_results_parent_id_idx" ON "reports_project_results" USING btree ("_parent_id");
  CREATE INDEX "reports_measure_progress_order_idx" ON "reports_measure_progress" USING btree ("_order");
  CREATE INDEX "reports_measure_progress_parent_id_idx" ON "reports_measure_progress" USING btree ("_parent_id");
  CREATE INDEX "reports_risk_results_order_idx" ON "reports_risk_results" USING btree ("_order");
  CREATE INDEX "reports_risk_results_parent_id_idx" ON "reports_risk_results" USING btree ("_parent_id");
  CREATE INDEX "reports_ita_development_actions_order_idx" ON "reports_ita_development_actions" USING btree ("_order");
  CREATE INDEX "reports_ita_development_actions_parent_id_idx" ON "reports_ita_development_actions" USING btree ("_parent_id");
  CREATE INDEX "reports_loc_order_idx" ON "reports_loc" USING btree ("_order");
  CREATE INDEX "reports_loc_parent_id_idx" ON "reports_loc" USING btree ("_parent_id");
  CREATE INDEX "reports_readiness_idx" ON "reports" USING btree ("readiness");
  CREATE INDEX "reports_kind_idx" ON "reports" USING btree ("kind");
  CREATE INDEX "reports_subject_idx" ON "reports" USING btree ("subject");
  CREATE INDEX "reports_fiscal_year_idx" ON "reports" USING btree ("fiscal_year");
  CREATE INDEX "reports_division_idx" ON "reports" USING btree ("division_id");
  CREATE INDEX "reports_source_document_idx" ON "reports" USING btree ("source_document_id");
  CREATE INDEX "reports_workflow_state_idx" ON "reports" USING btree ("workflow_state");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "reports_deleted_at_idx" ON "reports" USING btree ("deleted_at");
  CREATE INDEX "reports__status_idx" ON "reports" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_2_idx" ON "reports" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_2_idx" ON "reports" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "_reports_v_version_project_results_order_idx" ON "_reports_v_version_project_results" USING btree ("_order");
  CREATE INDEX "_reports_v_version_project_results_parent_id_idx" ON "_reports_v_version_project_results" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_measure_progress_order_idx" ON "_reports_v_version_measure_progress" USING btree ("_order");
  CREATE INDEX "_reports_v_version_measure_progress_parent_id_idx" ON "_reports_v_version_measure_progress" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_risk_results_order_idx" ON "_reports_v_version_risk_results" USING btree ("_order");
  CREATE INDEX "_reports_v_version_risk_results_parent_id_idx" ON "_reports_v_version_risk_results" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_ita_development_actions_order_idx" ON "_reports_v_version_ita_development_actions" USING btree ("_order");
  CREATE INDEX "_reports_v_version_ita_development_actions_parent_id_idx" ON "_reports_v_version_ita_development_actions" USING btree ("_parent_id");
  CREATE INDEX "__reports_v_version_loc_v_order_idx" ON "__reports_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__reports_v_version_loc_v_parent_id_idx" ON "__reports_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_parent_idx" ON "_reports_v" USING btree ("parent_id");
  CREATE INDEX "_reports_v_version_version_readiness_idx" ON "_reports_v" USING btree ("version_readiness");
  CREATE INDEX "_reports_v_version_version_kind_idx" ON "_reports_v" USING btree ("version_kind");
  CREATE INDEX "_reports_v_version_version_subject_idx" ON "_reports_v" USING btree ("version_subject");
  CREATE INDEX "_reports_v_version_version_fiscal_year_idx" ON "_reports_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_reports_v_version_version_division_idx" ON "_reports_v" USING btree ("version_division_id");
  CREATE INDEX "_reports_v_version_version_source_document_idx" ON "_reports_v" USING btree ("version_source_document_id");
  CREATE INDEX "_reports_v_version_version_workflow_state_idx" ON "_reports_v" USING btree ("version_workflow_state");
  CREATE INDEX "_reports_v_version_version_updated_at_idx" ON "_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_reports_v_version_version_created_at_idx" ON "_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_reports_v_version_version_deleted_at_idx" ON "_reports_v" USING btree ("version_deleted_at");
  CREATE INDEX "_reports_v_version_version__status_idx" ON "_reports_v" USING btree ("version__status");
  CREATE INDEX "_reports_v_created_at_idx" ON "_reports_v" USING btree ("created_at");
  CREATE INDEX "_reports_v_updated_at_idx" ON "_reports_v" USING btree ("updated_at");
  CREATE INDEX "_reports_v_latest_idx" ON "_reports_v" USING btree ("latest");
  CREATE INDEX "compound_index_2_idx" ON "_reports_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_2_idx" ON "_reports_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "manuals_steps_order_idx" ON "manuals_steps" USING btree ("_order");
  CREATE INDEX "manuals_steps_parent_id_idx" ON "manuals_steps" USING btree ("_parent_id");
  CREATE INDEX "manuals_loc_order_idx" ON "manuals_loc" USING btree ("_order");
  CREATE INDEX "manuals_loc_parent_id_idx" ON "manuals_loc" USING btree ("_parent_id");
  CREATE INDEX "manuals_readiness_idx" ON "manuals" USING btree ("readiness");
  CREATE INDEX "manuals_kind_idx" ON "manuals" USING btree ("kind");
  CREATE INDEX "manuals_division_idx" ON "manuals" USING btree ("division_id");
  CREATE INDEX "manuals_source_document_idx" ON "manuals" USING btree ("source_document_id");
  CREATE INDEX "manuals_workflow_state_idx" ON "manuals" USING btree ("workflow_state");
  CREATE INDEX "manuals_updated_at_idx" ON "manuals" USING btree ("updated_at");
  CREATE INDEX "manuals_created_at_idx" ON "manuals" USING btree ("created_at");
  CREATE INDEX "manuals_deleted_at_idx" ON "manuals" USING btree ("deleted_at");
  CREATE INDEX "manuals__status_idx" ON "manuals" USING btree ("_status");
  CREATE INDEX "_manuals_v_version_steps_order_idx" ON "_manuals_v_version_steps" USING btree ("_order");
  CREATE INDEX "_manuals_v_version_steps_parent_id_idx" ON "_manuals_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "__manuals_v_version_loc_v_order_idx" ON "__manuals_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__manuals_v_version_loc_v_parent_id_idx" ON "__manuals_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_manuals_v_parent_idx" ON "_manuals_v" USING btree ("parent_id");
  CREATE INDEX "_manuals_v_version_version_readiness_idx" ON "_manuals_v" USING btree ("version_readiness");
  CREATE INDEX "_manuals_v_version_version_kind_idx" ON "_manuals_v" USING btree ("version_kind");
  CREATE INDEX "_manuals_v_version_version_division_idx" ON "_manuals_v" USING btree ("version_division_id");
  CREATE INDEX "_manuals_v_version_version_source_document_idx" ON "_manuals_v" USING btree ("version_source_document_id");
  CREATE INDEX "_manuals_v_version_version_workflow_state_idx" ON "_manuals_v" USING btree ("version_workflow_state");
  CREATE INDEX "_manuals_v_version_version_updated_at_idx" ON "_manuals_v" USING btree ("version_updated_at");
  CREATE INDEX "_manuals_v_version_version_created_at_idx" ON "_manuals_v" USING btree ("version_created_at");
  CREATE INDEX "_manuals_v_version_version_deleted_at_idx" ON "_manuals_v" USING btree ("version_deleted_at");
  CREATE INDEX "_manuals_v_version_version__status_idx" ON "_manuals_v" USING btree ("version__status");
  CREATE INDEX "_manuals_v_created_at_idx" ON "_manuals_v" USING btree ("created_at");
  CREATE INDEX "_manuals_v_updated_at_idx" ON "_manuals_v" USING btree ("updated_at");
  CREATE INDEX "_manuals_v_latest_idx" ON "_manuals_v" USING btree ("latest");
  CREATE INDEX "statistics_service_rows_order_idx" ON "statistics_service_rows" USING btree ("_order");
  CREATE INDEX "statistics_service_rows_parent_id_idx" ON "statistics_service_rows" USING btree ("_parent_id");
  CREATE INDEX "statistics_loc_order_idx" ON "statistics_loc" USING btree ("_order");
  CREATE INDEX "statistics_loc_parent_id_idx" ON "statistics_loc" USING btree ("_parent_id");
  CREATE INDEX "statistics_readiness_idx" ON "statistics" USING btree ("readiness");
  CREATE INDEX "statistics_kind_idx" ON "statistics" USING btree ("kind");
  CREATE INDEX "statistics_fiscal_year_idx" ON "statistics" USING btree ("fiscal_year");
  CREATE INDEX "statistics_division_idx" ON "statistics" USING btree ("division_id");
  CREATE INDEX "statistics_source_document_idx" ON "statistics" USING btree ("source_document_id");
  CREATE INDEX "statistics_workflow_state_idx" ON "statistics" USING btree ("workflow_state");
  CREATE INDEX "statistics_updated_at_idx" ON "statistics" USING btree ("updated_at");
  CREATE INDEX "statistics_created_at_idx" ON "statistics" USING btree ("created_at");
  CREATE INDEX "statistics_deleted_at_idx" ON "statistics" USING btree ("deleted_at");
  CREATE INDEX "statistics__status_idx" ON "statistics" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_3_idx" ON "statistics" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_3_idx" ON "statistics" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "_statistics_v_version_service_rows_order_idx" ON "_statistics_v_version_service_rows" USING btree ("_order");
  CREATE INDEX "_statistics_v_version_service_rows_parent_id_idx" ON "_statistics_v_version_service_rows" USING btree ("_parent_id");
  CREATE INDEX "__statistics_v_version_loc_v_order_idx" ON "__statistics_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__statistics_v_version_loc_v_parent_id_idx" ON "__statistics_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_statistics_v_parent_idx" ON "_statistics_v" USING btree ("parent_id");
  CREATE INDEX "_statistics_v_version_version_readiness_idx" ON "_statistics_v" USING btree ("version_readiness");
  CREATE INDEX "_statistics_v_version_version_kind_idx" ON "_statistics_v" USING btree ("version_kind");
  CREATE INDEX "_statistics_v_version_version_fiscal_year_idx" ON "_statistics_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_statistics_v_version_version_division_idx" ON "_statistics_v" USING btree ("version_division_id");
  CREATE INDEX "_statistics_v_version_version_source_document_idx" ON "_statistics_v" USING btree ("version_source_document_id");
  CREATE INDEX "_statistics_v_version_version_workflow_state_idx" ON "_statistics_v" USING btree ("version_workflow_state");
  CREATE INDEX "_statistics_v_version_version_updated_at_idx" ON "_statistics_v" USING btree ("version_updated_at");
  CREATE INDEX "_statistics_v_version_version_created_at_idx" ON "_statistics_v" USING btree ("version_created_at");
  CREATE INDEX "_statistics_v_version_version_deleted_at_idx" ON "_statistics_v" USING btree ("version_deleted_at");
  CREATE INDEX "_statistics_v_version_version__status_idx" ON "_statistics_v" USING btree ("version__status");
  CREATE INDEX "_statistics_v_created_at_idx" ON "_statistics_v" USING btree ("created_at");
  CREATE INDEX "_statistics_v_updated_at_idx" ON "_statistics_v" USING btree ("updated_at");
  CREATE INDEX "_statistics_v_latest_idx" ON "_statistics_v" USING btree ("latest");
  CREATE INDEX "compound_index_3_idx" ON "_statistics_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_3_idx" ON "_statistics_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "e_services_usage_statistics_order_idx" ON "e_services_usage_statistics" USING btree ("_order");
  CREATE INDEX "e_services_usage_statistics_parent_id_idx" ON "e_services_usage_statistics" USING btree ("_parent_id");
  CREATE INDEX "e_services_readiness_idx" ON "e_services" USING btree ("readiness");
  CREATE INDEX "e_services_guide_idx" ON "e_services" USING btree ("guide_id");
  CREATE INDEX "e_services_division_idx" ON "e_services" USING btree ("division_id");
  CREATE INDEX "e_services_workflow_state_idx" ON "e_services" USING btree ("workflow_state");
  CREATE INDEX "e_services_updated_at_idx" ON "e_services" USING btree ("updated_at");
  CREATE INDEX "e_services_created_at_idx" ON "e_services" USING btree ("created_at");
  CREATE INDEX "e_services_deleted_at_idx" ON "e_services" USING btree ("deleted_at");
  CREATE INDEX "e_services__status_idx" ON "e_services" USING btree ("_status");
  CREATE INDEX "_e_services_v_version_usage_statistics_order_idx" ON "_e_services_v_version_usage_statistics" USING btree ("_order");
  CREATE INDEX "_e_services_v_version_usage_statistics_parent_id_idx" ON "_e_services_v_version_usage_statistics" USING btree ("_parent_id");
  CREATE INDEX "_e_services_v_parent_idx" ON "_e_services_v" USING btree ("parent_id");
  CREATE INDEX "_e_services_v_version_version_readiness_idx" ON "_e_services_v" USING btree ("version_readiness");
  CREATE INDEX "_e_services_v_version_version_guide_idx" ON "_e_services_v" USING btree ("version_guide_id");
  CREATE INDEX "_e_services_v_version_version_division_idx" ON "_e_services_v" USING btree ("version_division_id");
  CREATE INDEX "_e_services_v_version_version_workflow_state_idx" ON "_e_services_v" USING btree ("version_workflow_state");
  CREATE INDEX "_e_services_v_version_version_updated_at_idx" ON "_e_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_e_services_v_version_version_created_at_idx" ON "_e_services_v" USING btree ("version_created_at");
  CREATE INDEX "_e_services_v_version_version_deleted_at_idx" ON "_e_services_v" USING btree ("version_deleted_at");
  CREATE INDEX "_e_services_v_version_version__status_idx" ON "_e_services_v" USING btree ("version__status");
  CREATE INDEX "_e_services_v_created_at_idx" ON "_e_services_v" USING btree ("created_at");
  CREATE INDEX "_e_services_v_updated_at_idx" ON "_e_services_v" USING btree ("updated_at");
  CREATE INDEX "_e_services_v_latest_idx" ON "_e_services_v" USING btree ("latest");
  CREATE INDEX "procurement_announcements_readiness_idx" ON "procurement_announcements" USING btree ("readiness");
  CREATE INDEX "procurement_announcements_egp_project_number_idx" ON "procurement_announcements" USING btree ("egp_project_number");
  CREATE INDEX "procurement_announcements_attachment_idx" ON "procurement_announcements" USING btree ("attachment_id");
  CREATE INDEX "procurement_announcements_fiscal_year_idx" ON "procurement_announcements" USING btree ("fiscal_year");
  CREATE INDEX "procurement_announcements_division_idx" ON "procurement_announcements" USING btree ("division_id");
  CREATE INDEX "procurement_announcements_workflow_state_idx" ON "procurement_announcements" USING btree ("workflow_state");
  CREATE INDEX "procurement_announcements_updated_at_idx" ON "procurement_announcements" USING btree ("updated_at");
  CREATE INDEX "procurement_announcements_created_at_idx" ON "procurement_announcements" USING btree ("created_at");
  CREATE INDEX "procurement_announcements_deleted_at_idx" ON "procurement_announcements" USING btree ("deleted_at");
  CREATE INDEX "procurement_announcements__status_idx" ON "procurement_announcements" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_4_idx" ON "procurement_announcements" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_4_idx" ON "procurement_announcements" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "_procurement_announcements_v_parent_idx" ON "_procurement_announcements_v" USING btree ("parent_id");
  CREATE INDEX "_procurement_announcements_v_version_version_readiness_idx" ON "_procurement_announcements_v" USING btree ("version_readiness");
  CREATE INDEX "_procurement_announcements_v_version_version_egp_project_idx" ON "_procurement_announcements_v" USING btree ("version_egp_project_number");
  CREATE INDEX "_procurement_announcements_v_version_version_attachment_idx" ON "_procurement_announcements_v" USING btree ("version_attachment_id");
  CREATE INDEX "_procurement_announcements_v_version_version_fiscal_year_idx" ON "_procurement_announcements_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_procurement_announcements_v_version_version_division_idx" ON "_procurement_announcements_v" USING btree ("version_division_id");
  CREATE INDEX "_procurement_announcements_v_version_version_workflow_st_idx" ON "_procurement_announcements_v" USING btree ("version_workflow_state");
  CREATE INDEX "_procurement_announcements_v_version_version_updated_at_idx" ON "_procurement_announcements_v" USING btree ("version_updated_at");
  CREATE INDEX "_procurement_announcements_v_version_version_created_at_idx" ON "_procurement_announcements_v" USING btree ("version_created_at");
  CREATE INDEX "_procurement_announcements_v_version_version_deleted_at_idx" ON "_procurement_announcements_v" USING btree ("version_deleted_at");
  CREATE INDEX "_procurement_announcements_v_version_version__status_idx" ON "_procurement_announcements_v" USING btree ("version__status");
  CREATE INDEX "_procurement_announcements_v_created_at_idx" ON "_procurement_announcements_v" USING btree ("created_at");
  CREATE INDEX "_procurement_announcements_v_updated_at_idx" ON "_procurement_announcements_v" USING btree ("updated_at");
  CREATE INDEX "_procurement_announcements_v_latest_idx" ON "_procurement_announcements_v" USING btree ("latest");
  CREATE INDEX "compound_index_4_idx" ON "_procurement_announcements_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_4_idx" ON "_procurement_announcements_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "procurement_monthly_rows_bidders_order_idx" ON "procurement_monthly_rows_bidders" USING btree ("_order");
  CREATE INDEX "procurement_monthly_rows_bidders_parent_id_idx" ON "procurement_monthly_rows_bidders" USING btree ("_parent_id");
  CREATE INDEX "procurement_monthly_rows_order_idx" ON "procurement_monthly_rows" USING btree ("_order");
  CREATE INDEX "procurement_monthly_rows_parent_id_idx" ON "procurement_monthly_rows" USING btree ("_parent_id");
  CREATE INDEX "procurement_monthly_loc_order_idx" ON "procurement_monthly_loc" USING btree ("_order");
  CREATE INDEX "procurement_monthly_loc_parent_id_idx" ON "procurement_monthly_loc" USING btree ("_parent_id");
  CREATE INDEX "procurement_monthly_readiness_idx" ON "procurement_monthly" USING btree ("readiness");
  CREATE INDEX "procurement_monthly_month_idx" ON "procurement_monthly" USING btree ("month");
  CREATE INDEX "procurement_monthly_fiscal_year_idx" ON "procurement_monthly" USING btree ("fiscal_year");
  CREATE INDEX "procurement_monthly_division_idx" ON "procurement_monthly" USING btree ("division_id");
  CREATE INDEX "procurement_monthly_source_document_idx" ON "procurement_monthly" USING btree ("source_document_id");
  CREATE INDEX "procurement_monthly_workflow_state_idx" ON "procurement_monthly" USING btree ("workflow_state");
  CREATE INDEX "procurement_monthly_updated_at_idx" ON "procurement_monthly" USING btree ("updated_at");
  CREATE INDEX "procurement_monthly_created_at_idx" ON "procurement_monthly" USING btree ("created_at");
  CREATE INDEX "procurement_monthly_deleted_at_idx" ON "procurement_monthly" USING btree ("deleted_at");
  CREATE INDEX "procurement_monthly__status_idx" ON "procurement_monthly" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_5_idx" ON "procurement_monthly" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_5_idx" ON "procurement_monthly" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "_procurement_monthly_v_version_rows_bidders_order_idx" ON "_procurement_monthly_v_version_rows_bidders" USING btree ("_order");
  CREATE INDEX "_procurement_monthly_v_version_rows_bidders_parent_id_idx" ON "_procurement_monthly_v_version_rows_bidders" USING btree ("_parent_id");
  CREATE INDEX "_procurement_monthly_v_version_rows_order_idx" ON "_procurement_monthly_v_version_rows" USING btree ("_order");
  CREATE INDEX "_procurement_monthly_v_version_rows_parent_id_idx" ON "_procurement_monthly_v_version_rows" USING btree ("_parent_id");
  CREATE INDEX "__procurement_monthly_v_version_loc_v_order_idx" ON "__procurement_monthly_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__procurement_monthly_v_version_loc_v_parent_id_idx" ON "__procurement_monthly_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_procurement_monthly_v_parent_idx" ON "_procurement_monthly_v" USING btree ("parent_id");
  CREATE INDEX "_procurement_monthly_v_version_version_readiness_idx" ON "_procurement_monthly_v" USING btree ("version_readiness");
  CREATE INDEX "_procurement_monthly_v_version_version_month_idx" ON "_procurement_monthly_v" USING btree ("version_month");
  CREATE INDEX "_procurement_monthly_v_version_version_fiscal_year_idx" ON "_procurement_monthly_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_procurement_monthly_v_version_version_division_idx" ON "_procurement_monthly_v" USING btree ("version_division_id");
  CREATE INDEX "_procurement_monthly_v_version_version_source_document_idx" ON "_procurement_monthly_v" USING btree ("version_source_document_id");
  CREATE INDEX "_procurement_monthly_v_version_version_workflow_state_idx" ON "_procurement_monthly_v" USING btree ("version_workflow_state");
  CREATE INDEX "_procurement_monthly_v_version_version_updated_at_idx" ON "_procurement_monthly_v" USING btree ("version_updated_at");
  CREATE INDEX "_procurement_monthly_v_version_version_created_at_idx" ON "_procurement_monthly_v" USING btree ("version_created_at");
  CREATE INDEX "_procurement_monthly_v_version_version_deleted_at_idx" ON "_procurement_monthly_v" USING btree ("version_deleted_at");
  CREATE INDEX "_procurement_monthly_v_version_version__status_idx" ON "_procurement_monthly_v" USING btree ("version__status");
  CREATE INDEX "_procurement_monthly_v_created_at_idx" ON "_procurement_monthly_v" USING btree ("created_at");
  CREATE INDEX "_procurement_monthly_v_updated_at_idx" ON "_procurement_monthly_v" USING btree ("updated_at");
  CREATE INDEX "_procurement_monthly_v_latest_idx" ON "_procurement_monthly_v" USING btree ("latest");
  CREATE INDEX "compound_index_5_idx" ON "_procurement_monthly_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_5_idx" ON "_procurement_monthly_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "policies_loc_order_idx" ON "policies_loc" USING btree ("_order");
  CREATE INDEX "policies_loc_parent_id_idx" ON "policies_loc" USING btree ("_parent_id");
  CREATE INDEX "policies_readiness_idx" ON "policies" USING btree ("readiness");
  CREATE INDEX "policies_kind_idx" ON "policies" USING btree ("kind");
  CREATE INDEX "policies_declaration_declaration_signed_by_idx" ON "policies" USING btree ("declaration_signed_by_id");
  CREATE INDEX "policies_fiscal_year_idx" ON "policies" USING btree ("fiscal_year");
  CREATE INDEX "policies_division_idx" ON "policies" USING btree ("division_id");
  CREATE INDEX "policies_source_document_idx" ON "policies" USING btree ("source_document_id");
  CREATE INDEX "policies_workflow_state_idx" ON "policies" USING btree ("workflow_state");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "policies_deleted_at_idx" ON "policies" USING btree ("deleted_at");
  CREATE INDEX "policies__status_idx" ON "policies" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_6_idx" ON "policies" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_6_idx" ON "policies" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "__policies_v_version_loc_v_order_idx" ON "__policies_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__policies_v_version_loc_v_parent_id_idx" ON "__policies_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_policies_v_parent_idx" ON "_policies_v" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_version_readiness_idx" ON "_policies_v" USING btree ("version_readiness");
  CREATE INDEX "_policies_v_version_version_kind_idx" ON "_policies_v" USING btree ("version_kind");
  CREATE INDEX "_policies_v_version_declaration_version_declaration_sign_idx" ON "_policies_v" USING btree ("version_declaration_signed_by_id");
  CREATE INDEX "_policies_v_version_version_fiscal_year_idx" ON "_policies_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_policies_v_version_version_division_idx" ON "_policies_v" USING btree ("version_division_id");
  CREATE INDEX "_policies_v_version_version_source_document_idx" ON "_policies_v" USING btree ("version_source_document_id");
  CREATE INDEX "_policies_v_version_version_workflow_state_idx" ON "_policies_v" USING btree ("version_workflow_state");
  CREATE INDEX "_policies_v_version_version_updated_at_idx" ON "_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_policies_v_version_version_created_at_idx" ON "_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_policies_v_version_version_deleted_at_idx" ON "_policies_v" USING btree ("version_deleted_at");
  CREATE INDEX "_policies_v_version_version__status_idx" ON "_policies_v" USING btree ("version__status");
  CREATE INDEX "_policies_v_created_at_idx" ON "_policies_v" USING btree ("created_at");
  CREATE INDEX "_policies_v_updated_at_idx" ON "_policies_v" USING btree ("updated_at");
  CREATE INDEX "_policies_v_latest_idx" ON "_policies_v" USING btree ("latest");
  CREATE INDEX "compound_index_6_idx" ON "_policies_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_6_idx" ON "_policies_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "activities_loc_order_idx" ON "activities_loc" USING btree ("_order");
  CREATE INDEX "activities_loc_parent_id_idx" ON "activities_loc" USING btree ("_parent_id");
  CREATE INDEX "activities_readiness_idx" ON "activities" USING btree ("readiness");
  CREATE INDEX "activities_kind_idx" ON "activities" USING btree ("kind");
  CREATE INDEX "activities_fiscal_year_idx" ON "activities" USING btree ("fiscal_year");
  CREATE INDEX "activities_division_idx" ON "activities" USING btree ("division_id");
  CREATE INDEX "activities_source_document_idx" ON "activities" USING btree ("source_document_id");
  CREATE INDEX "activities_workflow_state_idx" ON "activities" USING btree ("workflow_state");
  CREATE INDEX "activities_updated_at_idx" ON "activities" USING btree ("updated_at");
  CREATE INDEX "activities_created_at_idx" ON "activities" USING btree ("created_at");
  CREATE INDEX "activities_deleted_at_idx" ON "activities" USING btree ("deleted_at");
  CREATE INDEX "activities__status_idx" ON "activities" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_7_idx" ON "activities" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_7_idx" ON "activities" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "activities_rels_order_idx" ON "activities_rels" USING btree ("order");
  CREATE INDEX "activities_rels_parent_idx" ON "activities_rels" USING btree ("parent_id");
  CREATE INDEX "activities_rels_path_idx" ON "activities_rels" USING btree ("path");
  CREATE INDEX "activities_rels_media_id_idx" ON "activities_rels" USING btree ("media_id");
  CREATE INDEX "__activities_v_version_loc_v_order_idx" ON "__activities_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__activities_v_version_loc_v_parent_id_idx" ON "__activities_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_activities_v_parent_idx" ON "_activities_v" USING btree ("parent_id");
  CREATE INDEX "_activities_v_version_version_readiness_idx" ON "_activities_v" USING btree ("version_readiness");
  CREATE INDEX "_activities_v_version_version_kind_idx" ON "_activities_v" USING btree ("version_kind");
  CREATE INDEX "_activities_v_version_version_fiscal_year_idx" ON "_activities_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_activities_v_version_version_division_idx" ON "_activities_v" USING btree ("version_division_id");
  CREATE INDEX "_activities_v_version_version_source_document_idx" ON "_activities_v" USING btree ("version_source_document_id");
  CREATE INDEX "_activities_v_version_version_workflow_state_idx" ON "_activities_v" USING btree ("version_workflow_state");
  CREATE INDEX "_activities_v_version_version_updated_at_idx" ON "_activities_v" USING btree ("version_updated_at");
  CREATE INDEX "_activities_v_version_version_created_at_idx" ON "_activities_v" USING btree ("version_created_at");
  CREATE INDEX "_activities_v_version_version_deleted_at_idx" ON "_activities_v" USING btree ("version_deleted_at");
  CREATE INDEX "_activities_v_version_version__status_idx" ON "_activities_v" USING btree ("version__status");
  CREATE INDEX "_activities_v_created_at_idx" ON "_activities_v" USING btree ("created_at");
  CREATE INDEX "_activities_v_updated_at_idx" ON "_activities_v" USING btree ("updated_at");
  CREATE INDEX "_activities_v_latest_idx" ON "_activities_v" USING btree ("latest");
  CREATE INDEX "compound_index_7_idx" ON "_activities_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_7_idx" ON "_activities_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "_activities_v_rels_order_idx" ON "_activities_v_rels" USING btree ("order");
  CREATE INDEX "_activities_v_rels_parent_idx" ON "_activities_v_rels" USING btree ("parent_id");
  CREATE INDEX "_activities_v_rels_path_idx" ON "_activities_v_rels" USING btree ("path");
  CREATE INDEX "_activities_v_rels_media_id_idx" ON "_activities_v_rels" USING btree ("media_id");
  CREATE INDEX "risk_assessments_risks_order_idx" ON "risk_assessments_risks" USING btree ("_order");
  CREATE INDEX "risk_assessments_risks_parent_id_idx" ON "risk_assessments_risks" USING btree ("_parent_id");
  CREATE INDEX "risk_assessments_loc_order_idx" ON "risk_assessments_loc" USING btree ("_order");
  CREATE INDEX "risk_assessments_loc_parent_id_idx" ON "risk_assessments_loc" USING btree ("_parent_id");
  CREATE INDEX "risk_assessments_readiness_idx" ON "risk_assessments" USING btree ("readiness");
  CREATE INDEX "risk_assessments_fiscal_year_idx" ON "risk_assessments" USING btree ("fiscal_year");
  CREATE INDEX "risk_assessments_division_idx" ON "risk_assessments" USING btree ("division_id");
  CREATE INDEX "risk_assessments_source_document_idx" ON "risk_assessments" USING btree ("source_document_id");
  CREATE INDEX "risk_assessments_workflow_state_idx" ON "risk_assessments" USING btree ("workflow_state");
  CREATE INDEX "risk_assessments_updated_at_idx" ON "risk_assessments" USING btree ("updated_at");
  CREATE INDEX "risk_assessments_created_at_idx" ON "risk_assessments" USING btree ("created_at");
  CREATE INDEX "risk_assessments_deleted_at_idx" ON "risk_assessments" USING btree ("deleted_at");
  CREATE INDEX "risk_assessments__status_idx" ON "risk_assessments" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_8_idx" ON "risk_assessments" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_8_idx" ON "risk_assessments" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "_risk_assessments_v_version_risks_order_idx" ON "_risk_assessments_v_version_risks" USING btree ("_order");
  CREATE INDEX "_risk_assessments_v_version_risks_parent_id_idx" ON "_risk_assessments_v_version_risks" USING btree ("_parent_id");
  CREATE INDEX "__risk_assessments_v_version_loc_v_order_idx" ON "__risk_assessments_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__risk_assessments_v_version_loc_v_parent_id_idx" ON "__risk_assessments_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_risk_assessments_v_parent_idx" ON "_risk_assessments_v" USING btree ("parent_id");
  CREATE INDEX "_risk_assessments_v_version_version_readiness_idx" ON "_risk_assessments_v" USING btree ("version_readiness");
  CREATE INDEX "_risk_assessments_v_version_version_fiscal_year_idx" ON "_risk_assessments_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_risk_assessments_v_version_version_division_idx" ON "_risk_assessments_v" USING btree ("version_division_id");
  CREATE INDEX "_risk_assessments_v_version_version_source_document_idx" ON "_risk_assessments_v" USING btree ("version_source_document_id");
  CREATE INDEX "_risk_assessments_v_version_version_workflow_state_idx" ON "_risk_assessments_v" USING btree ("version_workflow_state");
  CREATE INDEX "_risk_assessments_v_version_version_updated_at_idx" ON "_risk_assessments_v" USING btree ("version_updated_at");
  CREATE INDEX "_risk_assessments_v_version_version_created_at_idx" ON "_risk_assessments_v" USING btree ("version_created_at");
  CREATE INDEX "_risk_assessments_v_version_version_deleted_at_idx" ON "_risk_assessments_v" USING btree ("version_deleted_at");
  CREATE INDEX "_risk_assessments_v_version_version__status_idx" ON "_risk_assessments_v" USING btree ("version__status");
  CREATE INDEX "_risk_assessments_v_created_at_idx" ON "_risk_assessments_v" USING btree ("created_at");
  CREATE INDEX "_risk_assessments_v_updated_at_idx" ON "_risk_assessments_v" USING btree ("updated_at");
  CREATE INDEX "_risk_assessments_v_latest_idx" ON "_risk_assessments_v" USING btree ("latest");
  CREATE INDEX "compound_index_8_idx" ON "_risk_assessments_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_8_idx" ON "_risk_assessments_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "integrity_measures_measures_order_idx" ON "integrity_measures_measures" USING btree ("_order");
  CREATE INDEX "integrity_measures_measures_parent_id_idx" ON "integrity_measures_measures" USING btree ("_parent_id");
  CREATE INDEX "integrity_measures_loc_order_idx" ON "integrity_measures_loc" USING btree ("_order");
  CREATE INDEX "integrity_measures_loc_parent_id_idx" ON "integrity_measures_loc" USING btree ("_parent_id");
  CREATE INDEX "integrity_measures_readiness_idx" ON "integrity_measures" USING btree ("readiness");
  CREATE INDEX "integrity_measures_analysed_year_idx" ON "integrity_measures" USING btree ("analysed_year");
  CREATE INDEX "integrity_measures_fiscal_year_idx" ON "integrity_measures" USING btree ("fiscal_year");
  CREATE INDEX "integrity_measures_division_idx" ON "integrity_measures" USING btree ("division_id");
  CREATE INDEX "integrity_measures_source_document_idx" ON "integrity_measures" USING btree ("source_document_id");
  CREATE INDEX "integrity_measures_workflow_state_idx" ON "integrity_measures" USING btree ("workflow_state");
  CREATE INDEX "integrity_measures_updated_at_idx" ON "integrity_measures" USING btree ("updated_at");
  CREATE INDEX "integrity_measures_created_at_idx" ON "integrity_measures" USING btree ("created_at");
  CREATE INDEX "integrity_measures_deleted_at_idx" ON "integrity_measures" USING btree ("deleted_at");
  CREATE INDEX "integrity_measures__status_idx" ON "integrity_measures" USING btree ("_status");
  CREATE INDEX "fiscalYear__status_updatedAt_createdAt_9_idx" ON "integrity_measures" USING btree ("fiscal_year","_status","updated_at","created_at");
  CREATE INDEX "fiscalYear__status_readiness_9_idx" ON "integrity_measures" USING btree ("fiscal_year","_status","readiness");
  CREATE INDEX "_integrity_measures_v_version_measures_order_idx" ON "_integrity_measures_v_version_measures" USING btree ("_order");
  CREATE INDEX "_integrity_measures_v_version_measures_parent_id_idx" ON "_integrity_measures_v_version_measures" USING btree ("_parent_id");
  CREATE INDEX "__integrity_measures_v_version_loc_v_order_idx" ON "__integrity_measures_v_version_loc_v" USING btree ("_order");
  CREATE INDEX "__integrity_measures_v_version_loc_v_parent_id_idx" ON "__integrity_measures_v_version_loc_v" USING btree ("_parent_id");
  CREATE INDEX "_integrity_measures_v_parent_idx" ON "_integrity_measures_v" USING btree ("parent_id");
  CREATE INDEX "_integrity_measures_v_version_version_readiness_idx" ON "_integrity_measures_v" USING btree ("version_readiness");
  CREATE INDEX "_integrity_measures_v_version_version_analysed_year_idx" ON "_integrity_measures_v" USING btree ("version_analysed_year");
  CREATE INDEX "_integrity_measures_v_version_version_fiscal_year_idx" ON "_integrity_measures_v" USING btree ("version_fiscal_year");
  CREATE INDEX "_integrity_measures_v_version_version_division_idx" ON "_integrity_measures_v" USING btree ("version_division_id");
  CREATE INDEX "_integrity_measures_v_version_version_source_document_idx" ON "_integrity_measures_v" USING btree ("version_source_document_id");
  CREATE INDEX "_integrity_measures_v_version_version_workflow_state_idx" ON "_integrity_measures_v" USING btree ("version_workflow_state");
  CREATE INDEX "_integrity_measures_v_version_version_updated_at_idx" ON "_integrity_measures_v" USING btree ("version_updated_at");
  CREATE INDEX "_integrity_measures_v_version_version_created_at_idx" ON "_integrity_measures_v" USING btree ("version_created_at");
  CREATE INDEX "_integrity_measures_v_version_version_deleted_at_idx" ON "_integrity_measures_v" USING btree ("version_deleted_at");
  CREATE INDEX "_integrity_measures_v_version_version__status_idx" ON "_integrity_measures_v" USING btree ("version__status");
  CREATE INDEX "_integrity_measures_v_created_at_idx" ON "_integrity_measures_v" USING btree ("created_at");
  CREATE INDEX "_integrity_measures_v_updated_at_idx" ON "_integrity_measures_v" USING btree ("updated_at");
  CREATE INDEX "_integrity_measures_v_latest_idx" ON "_integrity_measures_v" USING btree ("latest");
  CREATE INDEX "compound_index_9_idx" ON "_integrity_measures_v" USING btree ("version_fiscal_year","version__status","version_updated_at","version_created_at");
  CREATE INDEX "version_fiscalYear_version__status_version_readiness_9_idx" ON "_integrity_measures_v" USING btree ("version_fiscal_year","version__status","version_readiness");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_divisions_id_idx" ON "users_rels" USING btree ("divisions_id");
  CREATE INDEX "divisions_oit_items_order_idx" ON "divisions_oit_items" USING btree ("order");
  CREATE INDEX "divisions_oit_items_parent_idx" ON "divisions_oit_items" USING btree ("parent_id");
  CREATE UNIQUE INDEX "divisions_name_th_idx" ON "divisions" USING btree ("name_th");
  CREATE UNIQUE INDEX "divisions_code_idx" ON "divisions" USING btree ("code");
  CREATE INDEX "divisions_updated_at_idx" ON "divisions" USING btree ("updated_at");
  CREATE INDEX "divisions_created_at_idx" ON "divisions" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_division_idx" ON "audit_log" USING btree ("division_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "collection_documentId_createdAt_idx" ON "audit_log" USING btree ("collection","document_id","created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_executives_id_idx" ON "payload_locked_documents_rels" USING btree ("executives_id");
  CREATE INDEX "payload_locked_documents_rels_laws_id_idx" ON "payload_locked_documents_rels" USING btree ("laws_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("plans_id");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_manuals_id_idx" ON "payload_locked_documents_rels" USING btree ("manuals_id");
  CREATE INDEX "payload_locked_documents_rels_statistics_id_idx" ON "payload_locked_documents_rels" USING btree ("statistics_id");
  CREATE INDEX "payload_locked_documents_rels_e_services_id_idx" ON "payload_locked_documents_rels" USING btree ("e_services_id");
  CREATE INDEX "payload_locked_documents_rels_procurement_announcements__idx" ON "payload_locked_documents_rels" USING btree ("procurement_announcements_id");
  CREATE INDEX "payload_locked_documents_rels_procurement_monthly_id_idx" ON "payload_locked_documents_rels" USING btree ("procurement_monthly_id");
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("activities_id");
  CREATE INDEX "payload_locked_documents_rels_risk_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("risk_assessments_id");
  CREATE INDEX "payload_locked_documents_rels_integrity_measures_id_idx" ON "payload_locked_documents_rels" USING btree ("integrity_measures_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_divisions_id_idx" ON "payload_locked_documents_rels" USING btree ("divisions_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "organisations_structure_divisions" CASCADE;
  DROP TABLE "organisations_qa_channels" CASCADE;
  DROP TABLE "organisations_social_networks" CASCADE;
  DROP TABLE "organisations_loc" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "_organisations_v_version_structure_divisions" CASCADE;
  DROP TABLE "_organisations_v_version_qa_channels" CASCADE;
  DROP TABLE "_organisations_v_version_social_networks" CASCADE;
  DROP TABLE "__organisations_v_version_loc_v" CASCADE;
  DROP TABLE "_organisations_v" CASCADE;
  DROP TABLE "executives_loc" CASCADE;
  DROP TABLE "executives" CASCADE;
  DROP TABLE "__executives_v_version_loc_v" CASCADE;
  DROP TABLE "_executives_v" CASCADE;
  DROP TABLE "laws" CASCADE;
  DROP TABLE "_laws_v" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "plans_strategies" CASCADE;
  DROP TABLE "plans_projects_budget_by_year" CASCADE;
  DROP TABLE "plans_projects" CASCADE;
  DROP TABLE "plans_loc" CASCADE;
  DROP TABLE "plans" CASCADE;
  DROP TABLE "_plans_v_version_strategies" CASCADE;
  DROP TABLE "_plans_v_version_projects_budget_by_year" CASCADE;
  DROP TABLE "_plans_v_version_projects" CASCADE;
  DROP TABLE "__plans_v_version_loc_v" CASCADE;
  DROP TABLE "_plans_v" CASCADE;
  DROP TABLE "reports_project_results" CASCADE;
  DROP TABLE "reports_measure_progress" CASCADE;
  DROP TABLE "reports_risk_results" CASCADE;
  DROP TABLE "reports_ita_development_actions" CASCADE;
  DROP TABLE "reports_loc" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "_reports_v_version_project_results" CASCADE;
  DROP TABLE "_reports_v_version_measure_progress" CASCADE;
  DROP TABLE "_reports_v_version_risk_results" CASCADE;
  DROP TABLE "_reports_v_version_ita_development_actions" CASCADE;
  DROP TABLE "__reports_v_version_loc_v" CASCADE;
  DROP TABLE "_reports_v" CASCADE;
  DROP TABLE "manuals_steps" CASCADE;
  DROP TABLE "manuals_loc" CASCADE;
  DROP TABLE "manuals" CASCADE;
  DROP TABLE "_manuals_v_version_steps" CASCADE;
  DROP TABLE "__manuals_v_version_loc_v" CASCADE;
  DROP TABLE "_manuals_v" CASCADE;
  DROP TABLE "statistics_service_rows" CASCADE;
  DROP TABLE "statistics_loc" CASCADE;
  DROP TABLE "statistics" CASCADE;
  DROP TABLE "_statistics_v_version_service_rows" CASCADE;
  DROP TABLE "__statistics_v_version_loc_v" CASCADE;
  DROP TABLE "_statistics_v" CASCADE;
  DROP TABLE "e_services_usage_statistics" CASCADE;
  DROP TABLE "e_services" CASCADE;
  DROP TABLE "_e_services_v_version_usage_statistics" CASCADE;
  DROP TABLE "_e_services_v" CASCADE;
  DROP TABLE "procurement_announcements" CASCADE;
  DROP TABLE "_procurement_announcements_v" CASCADE;
  DROP TABLE "procurement_monthly_rows_bidders" CASCADE;
  DROP TABLE "procurement_monthly_rows" CASCADE;
  DROP TABLE "procurement_monthly_loc" CASCADE;
  DROP TABLE "procurement_monthly" CASCADE;
  DROP TABLE "_procurement_monthly_v_version_rows_bidders" CASCADE;
  DROP TABLE "_procurement_monthly_v_version_rows" CASCADE;
  DROP TABLE "__procurement_monthly_v_version_loc_v" CASCADE;
  DROP TABLE "_procurement_monthly_v" CASCADE;
  DROP TABLE "policies_loc" CASCADE;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "__policies_v_version_loc_v" CASCADE;
  DROP TABLE "_policies_v" CASCADE;
  DROP TABLE "activities_loc" CASCADE;
  DROP TABLE "activities" CASCADE;
  DROP TABLE "activities_rels" CASCADE;
  DROP TABLE "__activities_v_version_loc_v" CASCADE;
  DROP TABLE "_activities_v" CASCADE;
  DROP TABLE "_activities_v_rels" CASCADE;
  DROP TABLE "risk_assessments_risks" CASCADE;
  DROP TABLE "risk_assessments_loc" CASCADE;
  DROP TABLE "risk_assessments" CASCADE;
  DROP TABLE "_risk_assessments_v_version_risks" CASCADE;
  DROP TABLE "__risk_assessments_v_version_loc_v" CASCADE;
  DROP TABLE "_risk_assessments_v" CASCADE;
  DROP TABLE "integrity_measures_measures" CASCADE;
  DROP TABLE "integrity_measures_loc" CASCADE;
  DROP TABLE "integrity_measures" CASCADE;
  DROP TABLE "_integrity_measures_v_version_measures" CASCADE;
  DROP TABLE "__integrity_measures_v_version_loc_v" CASCADE;
  DROP TABLE "_integrity_measures_v" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "divisions_oit_items" CASCADE;
  DROP TABLE "divisions" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_organisations_qa_channels_type";
  DROP TYPE "public"."enum_organisations_social_networks_platform";
  DROP TYPE "public"."enum_organisations_loc_component";
  DROP TYPE "public"."enum_organisations_readiness";
  DROP TYPE "public"."enum_organisations_type";
  DROP TYPE "public"."enum_organisations_workflow_state";
  DROP TYPE "public"."enum_organisations_status";
  DROP TYPE "public"."enum__organisations_v_version_qa_channels_type";
  DROP TYPE "public"."enum__organisations_v_version_social_networks_platform";
  DROP TYPE "public"."enum___organisations_v_version_loc_v_component";
  DROP TYPE "public"."enum__organisations_v_version_readiness";
  DROP TYPE "public"."enum__organisations_v_version_type";
  DROP TYPE "public"."enum__organisations_v_version_workflow_state";
  DROP TYPE "public"."enum__organisations_v_version_status";
  DROP TYPE "public"."enum_executives_loc_component";
  DROP TYPE "public"."enum_executives_readiness";
  DROP TYPE "public"."enum_executives_side";
  DROP TYPE "public"."enum_executives_rank";
  DROP TYPE "public"."enum_executives_workflow_state";
  DROP TYPE "public"."enum_executives_status";
  DROP TYPE "public"."enum___executives_v_version_loc_v_component";
  DROP TYPE "public"."enum__executives_v_version_readiness";
  DROP TYPE "public"."enum__executives_v_version_side";
  DROP TYPE "public"."enum__executives_v_version_rank";
  DROP TYPE "public"."enum__executives_v_version_workflow_state";
  DROP TYPE "public"."enum__executives_v_version_status";
  DROP TYPE "public"."enum_laws_readiness";
  DROP TYPE "public"."enum_laws_kind";
  DROP TYPE "public"."enum_laws_workflow_state";
  DROP TYPE "public"."enum_laws_status";
  DROP TYPE "public"."enum__laws_v_version_readiness";
  DROP TYPE "public"."enum__laws_v_version_kind";
  DROP TYPE "public"."enum__laws_v_version_workflow_state";
  DROP TYPE "public"."enum__laws_v_version_status";
  DROP TYPE "public"."enum_news_readiness";
  DROP TYPE "public"."enum_news_workflow_state";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_readiness";
  DROP TYPE "public"."enum__news_v_version_workflow_state";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_plans_loc_component";
  DROP TYPE "public"."enum_plans_readiness";
  DROP TYPE "public"."enum_plans_kind";
  DROP TYPE "public"."enum_plans_workflow_state";
  DROP TYPE "public"."enum_plans_status";
  DROP TYPE "public"."enum___plans_v_version_loc_v_component";
  DROP TYPE "public"."enum__plans_v_version_readiness";
  DROP TYPE "public"."enum__plans_v_version_kind";
  DROP TYPE "public"."enum__plans_v_version_workflow_state";
  DROP TYPE "public"."enum__plans_v_version_status";
  DROP TYPE "public"."enum_reports_ita_development_actions_status";
  DROP TYPE "public"."enum_reports_loc_component";
  DROP TYPE "public"."enum_reports_readiness";
  DROP TYPE "public"."enum_reports_kind";
  DROP TYPE "public"."enum_reports_subject";
  DROP TYPE "public"."enum_reports_round";
  DROP TYPE "public"."enum_reports_workflow_state";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum__reports_v_version_ita_development_actions_status";
  DROP TYPE "public"."enum___reports_v_version_loc_v_component";
  DROP TYPE "public"."enum__reports_v_version_readiness";
  DROP TYPE "public"."enum__reports_v_version_kind";
  DROP TYPE "public"."enum__reports_v_version_subject";
  DROP TYPE "public"."enum__reports_v_version_round";
  DROP TYPE "public"."enum__reports_v_version_workflow_state";
  DROP TYPE "public"."enum__reports_v_version_status";
  DROP TYPE "public"."enum_manuals_loc_component";
  DROP TYPE "public"."enum_manuals_readiness";
  DROP TYPE "public"."enum_manuals_kind";
  DROP TYPE "public"."enum_manuals_workflow_state";
  DROP TYPE "public"."enum_manuals_status";
  DROP TYPE "public"."enum___manuals_v_version_loc_v_component";
  DROP TYPE "public"."enum__manuals_v_version_readiness";
  DROP TYPE "public"."enum__manuals_v_version_kind";
  DROP TYPE "public"."enum__manuals_v_version_workflow_state";
  DROP TYPE "public"."enum__manuals_v_version_status";
  DROP TYPE "public"."enum_statistics_loc_component";
  DROP TYPE "public"."enum_statistics_readiness";
  DROP TYPE "public"."enum_statistics_kind";
  DROP TYPE "public"."enum_statistics_workflow_state";
  DROP TYPE "public"."enum_statistics_status";
  DROP TYPE "public"."enum___statistics_v_version_loc_v_component";
  DROP TYPE "public"."enum__statistics_v_version_readiness";
  DROP TYPE "public"."enum__statistics_v_version_kind";
  DROP TYPE "public"."enum__statistics_v_version_workflow_state";
  DROP TYPE "public"."enum__statistics_v_version_status";
  DROP TYPE "public"."enum_e_services_readiness";
  DROP TYPE "public"."enum_e_services_workflow_state";
  DROP TYPE "public"."enum_e_services_status";
  DROP TYPE "public"."enum__e_services_v_version_readiness";
  DROP TYPE "public"."enum__e_services_v_version_workflow_state";
  DROP TYPE "public"."enum__e_services_v_version_status";
  DROP TYPE "public"."enum_procurement_announcements_readiness";
  DROP TYPE "public"."enum_procurement_announcements_type";
  DROP TYPE "public"."enum_procurement_announcements_method";
  DROP TYPE "public"."enum_procurement_announcements_workflow_state";
  DROP TYPE "public"."enum_procurement_announcements_status";
  DROP TYPE "public"."enum__procurement_announcements_v_version_readiness";
  DROP TYPE "public"."enum__procurement_announcements_v_version_type";
  DROP TYPE "public"."enum__procurement_announcements_v_version_method";
  DROP TYPE "public"."enum__procurement_announcements_v_version_workflow_state";
  DROP TYPE "public"."enum__procurement_announcements_v_version_status";
  DROP TYPE "public"."enum_procurement_monthly_rows_method";
  DROP TYPE "public"."enum_procurement_monthly_loc_component";
  DROP TYPE "public"."enum_procurement_monthly_readiness";
  DROP TYPE "public"."enum_procurement_monthly_workflow_state";
  DROP TYPE "public"."enum_procurement_monthly_status";
  DROP TYPE "public"."enum__procurement_monthly_v_version_rows_method";
  DROP TYPE "public"."enum___procurement_monthly_v_version_loc_v_component";
  DROP TYPE "public"."enum__procurement_monthly_v_version_readiness";
  DROP TYPE "public"."enum__procurement_monthly_v_version_workflow_state";
  DROP TYPE "public"."enum__procurement_monthly_v_version_status";
  DROP TYPE "public"."enum_policies_loc_component";
  DROP TYPE "public"."enum_policies_readiness";
  DROP TYPE "public"."enum_policies_kind";
  DROP TYPE "public"."enum_policies_workflow_state";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum___policies_v_version_loc_v_component";
  DROP TYPE "public"."enum__policies_v_version_readiness";
  DROP TYPE "public"."enum__policies_v_version_kind";
  DROP TYPE "public"."enum__policies_v_version_workflow_state";
  DROP TYPE "public"."enum__policies_v_version_status";
  DROP TYPE "public"."enum_activities_loc_component";
  DROP TYPE "public"."enum_activities_readiness";
  DROP TYPE "public"."enum_activities_kind";
  DROP TYPE "public"."enum_activities_workflow_state";
  DROP TYPE "public"."enum_activities_status";
  DROP TYPE "public"."enum___activities_v_version_loc_v_component";
  DROP TYPE "public"."enum__activities_v_version_readiness";
  DROP TYPE "public"."enum__activities_v_version_kind";
  DROP TYPE "public"."enum__activities_v_version_workflow_state";
  DROP TYPE "public"."enum__activities_v_version_status";
  DROP TYPE "public"."enum_risk_assessments_risks_level";
  DROP TYPE "public"."enum_risk_assessments_loc_component";
  DROP TYPE "public"."enum_risk_assessments_readiness";
  DROP TYPE "public"."enum_risk_assessments_workflow_state";
  DROP TYPE "public"."enum_risk_assessments_status";
  DROP TYPE "public"."enum__risk_assessments_v_version_risks_level";
  DROP TYPE "public"."enum___risk_assessments_v_version_loc_v_component";
  DROP TYPE "public"."enum__risk_assessments_v_version_readiness";
  DROP TYPE "public"."enum__risk_assessments_v_version_workflow_state";
  DROP TYPE "public"."enum__risk_assessments_v_version_status";
  DROP TYPE "public"."enum_integrity_measures_loc_component";
  DROP TYPE "public"."enum_integrity_measures_readiness";
  DROP TYPE "public"."enum_integrity_measures_workflow_state";
  DROP TYPE "public"."enum_integrity_measures_status";
  DROP TYPE "public"."enum___integrity_measures_v_version_loc_v_component";
  DROP TYPE "public"."enum__integrity_measures_v_version_readiness";
  DROP TYPE "public"."enum__integrity_measures_v_version_workflow_state";
  DROP TYPE "public"."enum__integrity_measures_v_version_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_language";
  DROP TYPE "public"."enum_divisions_oit_items";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_audit_log_from_state";
  DROP TYPE "public"."enum_audit_log_to_state";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
